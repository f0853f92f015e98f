"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/http/action";
import { useFocusFallback } from "@/components/use-focus-fallback";

/** A server action as a form calls it; T is what it answers with on success. */
export type FormAction<T = unknown> = (previous: ActionState<T>, form: FormData) => Promise<ActionState<T>>;

/**
 * One way every form talks to its server action (with JavaScript; without it the form posts as
 * usual and the page shows the answer):
 * - the submit is a transition, not a form action, so React does not reset the form: what was
 *   typed stays typed, with no remount by key;
 * - an error beside a field clears as soon as that field is edited (its cause may be fixed; the
 *   server checks again on the next submit);
 * - after a refusal, focus moves to the error summary (summaryRef) and the page scrolls there;
 * - `resetOnSuccess` empties the form after a success, for forms that add one item after another;
 * - submit buttons take `aria-disabled={pending}`, not `disabled`: a disabled button loses focus;
 * - a form that goes away after its success (proposing) hands focus to its section's heading.
 */
export function useActionForm<T>(action: FormAction<T>, { resetOnSuccess = false } = {}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, { ok: false });
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFallback = useFocusFallback();
  const [shownFor, setShownFor] = useState(state);
  if (shownFor !== state) {
    // A new answer: every error in it is current again.
    setShownFor(state);
    setEdited(new Set());
  }

  useEffect(() => {
    if (state.ok) {
      if (resetOnSuccess) formRef.current?.reset();
      return;
    }
    if (state.message || state.fieldErrors) {
      summaryRef.current?.focus();
      summaryRef.current?.scrollIntoView({ block: "start" });
    }
  }, [state, resetOnSuccess]);

  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors ?? {}).filter(([name]) => !edited.has(name)),
  ) as ActionState<T>["fieldErrors"];
  /** The state with the errors of fields edited since; what the fields and the summary show. */
  const shown: ActionState<T> = { ...state, fieldErrors };

  const formProps = {
    ref: formRef,
    action: formAction,
    noValidate: true,
    onSubmit(event: React.FormEvent<HTMLFormElement>) {
      event.preventDefault();
      // The button stays enabled while a submit runs (disabling it would drop focus to <body>).
      if (pending) return;
      focusFallback.remember(event.currentTarget);
      const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
      startTransition(() => formAction(data));
    },
    onInput(event: React.FormEvent<HTMLFormElement>) {
      const name = (event.target as HTMLInputElement).name;
      if (name && state.fieldErrors?.[name] && !edited.has(name)) setEdited(new Set(edited).add(name));
    },
    onChange(event: React.FormEvent<HTMLFormElement>) {
      const name = (event.target as HTMLInputElement).name;
      if (name && state.fieldErrors?.[name] && !edited.has(name)) setEdited(new Set(edited).add(name));
    },
  };
  return { state: shown, pending, formProps, summaryRef };
}
