"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "./button";

/** Where the choice is kept; app/layout.tsx's inline script reads the same key before paint. */
export const THEME_KEY = "claimtrail-theme";
type Scheme = "light" | "dark";

const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

function currentScheme(): Scheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return darkQuery().matches ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const query = darkQuery();
  query.addEventListener("change", onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    query.removeEventListener("change", onChange);
    observer.disconnect();
  };
}

/** Switches between the light and dark scheme and remembers the choice in this browser. */
export function ThemeToggle() {
  const scheme = useSyncExternalStore<Scheme | null>(subscribe, currentScheme, () => null);
  function toggle() {
    const next: Scheme = currentScheme() === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
  }
  return (
    <button
      type="button"
      className={buttonClass("quiet")}
      aria-pressed={scheme === null ? undefined : scheme === "dark"}
      onClick={toggle}
    >
      Dark scheme
    </button>
  );
}
