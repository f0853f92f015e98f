"use client";

import { useEffect, useRef } from "react";

/**
 * Where focus goes when a submitted form disappears: an inline action ("Remove quote", "Unlink",
 * "Withdraw this proposal", proposing) succeeds, the server renders the section again without the
 * item, and the focused button goes with it, dropping focus to <body>. On submit, `remember`
 * notes the heading of the form's section; if the form is then removed while focus is lost, the
 * heading takes focus (tabindex -1, so it is not added to the tab order), which also tells a
 * screen reader where it is.
 */
export function useFocusFallback() {
  const target = useRef<HTMLElement | null>(null);
  useEffect(
    () => () => {
      const heading = target.current;
      if (!heading) return;
      // After the removal is committed: the browser has moved focus to <body> by then.
      setTimeout(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (!lost || !heading.isConnected) return;
        if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
        heading.focus();
      }, 0);
    },
    [],
  );
  return {
    remember(form: HTMLElement | null) {
      target.current = form?.closest("section")?.querySelector<HTMLElement>("h2, h3") ?? null;
    },
  };
}
