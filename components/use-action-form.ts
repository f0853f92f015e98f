"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useForm } from "@conform-to/react";
import type { FormResult } from "@/lib/http/action";
import { useFocusFallback } from "@/components/use-focus-fallback";

/** A server action as a form calls it; T is what it answers with on success. */
export type FormAction<T = unknown> = (previous: FormResult<T> | undefined, form: FormData) => Promise<FormResult<T>>;

/**
 * What a form shows of its last answer: whether it succeeded, the refusal, each field's errors
 * (those of fields edited since left out), the typed input to show again, and the typed data.
 */
export type FormState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  data?: T;
};

/** Typed input as the server echoed it (conform's initialValue): one string per field name. */
function valuesOf(result: FormResult<unknown> | undefined): Record<string, string> | undefined {
  if (!result?.initialValue || result.status === "success") return undefined;
  // conform leaves out fields sent empty; an emptied field must come back empty, not as it was.
  const values: Record<string, string> = Object.fromEntries((result.fields ?? []).map((name) => [name, ""]));
  for (const [name, value] of Object.entries(result.initialValue)) {
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (typeof last === "string") values[name] = last;
  }
  return values;
}

/**
 * One way every form talks to its server action, on conform: the action answers with conform's
 * submission result (lib/http/action.ts: the refusal under "", each field's errors under its
 * name, the typed input as initialValue), which `useForm` takes as its last result. With JavaScript;
 * without it the form posts as usual and the page shows the answer. What conform leaves to us,
 * kept here (docs/decisions/0022):
 * - the submit is a transition, not a form action, so React does not reset the form: what was
 *   typed stays typed, with no remount by key;
 * - an error beside a field clears as soon as that field is edited (its cause may be fixed; the
 *   server checks again on the next submit) without a round trip per keystroke;
 * - after a refusal, focus moves to the error summary (summaryRef) and the page scrolls there;
 * - `resetOnSuccess` empties the form after a success, for forms that add one item after another;
 * - submit buttons take `aria-disabled={pending}`, not `disabled`: a disabled button loses focus;
 * - a form that goes away after its success (proposing) hands focus to its section's heading.
 */
export function useActionForm<T>(action: FormAction<T>, { resetOnSuccess = false } = {}) {
  const [result, formAction, pending] = useActionState<FormResult<T> | undefined, FormData>(action, undefined);
  // No onValidate: the schema runs on the server only (data-layer rules, decision 0022).
  const [form] = useForm({ lastResult: result, shouldValidate: "onSubmit", shouldRevalidate: "onSubmit" });
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFallback = useFocusFallback();
  const [shownFor, setShownFor] = useState(result);
  if (shownFor !== result) {
    // A new answer: every error in it is current again.
    setShownFor(result);
    setEdited(new Set());
  }

  useEffect(() => {
    if (!result) return;
    if (result.status === "success") {
      if (resetOnSuccess) formRef.current?.reset();
      return;
    }
    summaryRef.current?.focus();
    summaryRef.current?.scrollIntoView({ block: "start" });
  }, [result, resetOnSuccess]);

  // Read from the answer itself: conform's form.allErrors keeps only fields the form rendered,
  // and the summary also lists an error of a field the form does not show.
  const answer = formStateOf(result);
  const fieldErrors = Object.fromEntries(
    Object.entries(answer.fieldErrors ?? {}).filter(([name]) => !edited.has(name)),
  );
  /** The answer with the errors of fields edited since; what the fields and the summary show. */
  const state: FormState<T> = { ...answer, fieldErrors };

  const markEdited = (event: React.FormEvent<HTMLFormElement>) => {
    const name = (event.target as HTMLInputElement).name;
    if (name && fieldErrors[name] && !edited.has(name)) setEdited(new Set(edited).add(name));
  };
  const formProps = {
    id: form.id,
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
    onInput: markEdited,
    onChange: markEdited,
  };
  return { state, pending, formProps, summaryRef, form };
}

/** The same view of an answer, for code that calls an action itself (a search as one types). */
export function formStateOf<T>(result: FormResult<T> | undefined): FormState<T> {
  const ok = result?.status === "success";
  const fieldErrors: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(result?.error ?? {}))
    if (name && messages?.length) fieldErrors[name] = messages;
  return {
    ok,
    message: ok ? undefined : (result?.error?.[""]?.[0] ?? undefined),
    fieldErrors,
    values: valuesOf(result),
    data: ok ? result?.data : undefined,
  };
}
