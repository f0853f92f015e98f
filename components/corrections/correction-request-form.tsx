"use client";

import { useEffect, useRef, useState } from "react";
import { Field, TextareaField } from "@/components/field";
import { FormMessage } from "@/components/form-bits";
import { buttonClass } from "@/components/ui/button";
import { fieldStyles } from "@/components/ui/field-parts";
import { noticeClass } from "@/components/ui/notice";
import { CORRECTION_LIMITS, HONEYPOT_FIELD, STAMP_FIELD } from "@/lib/corrections/schemas";
import { useActionForm, type FormAction } from "@/components/use-action-form";
import styles from "./corrections.module.css";

type Sent = { reference: string };
type Props = {
  claimId: string;
  action: FormAction<Sent>;
};

/**
 * "Request a correction": no account, on the cached claim page. The time check's stamp is fetched
 * when the form hydrates (the cached HTML cannot carry it); without JavaScript the first press is
 * answered with a stamp and "press Send again". Refusals sit beside their fields, and whatever
 * the reader typed comes back with them.
 */
export function CorrectionRequestForm({ claimId, action }: Props) {
  const { state, pending, formProps } = useActionForm(action);
  const [fetchedStamp, setFetchedStamp] = useState("");
  const confirmation = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/corrections/stamp", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ stamp?: string }>) : {}))
      .then((body) => {
        if (!cancelled && "stamp" in body && typeof body.stamp === "string") setFetchedStamp(body.stamp);
      })
      // Without a stamp the first press is answered with one: the form still works.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (state.ok) confirmation.current?.focus();
  }, [state.ok]);

  if (state.ok) {
    return (
      <p ref={confirmation} tabIndex={-1} role="status" className={`${noticeClass("ok")} correction-sent`}>
        Thank you: your request reached our editors, who read every one. If you gave an e-mail address, they will reply
        there. Reference: <code>{state.data?.reference}</code>.
      </p>
    );
  }

  const stamp = state.values?.[STAMP_FIELD] || fetchedStamp;
  return (
    <form {...formProps} className={`${fieldStyles.form} correction-form`}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name={STAMP_FIELD} value={stamp} />
      <TextareaField
        name="message"
        label="What is wrong?"
        hint={`What the page gets wrong, and what is right. Up to ${CORRECTION_LIMITS.message.toLocaleString("en")} characters.`}
        state={state}
        rows={5}
        maxLength={CORRECTION_LIMITS.message}
        dir="auto"
        required
      />
      <Field
        name="sourceUrl"
        label="A source that shows it (optional)"
        hint="The web address of a document, article or data set."
        type="url"
        inputMode="url"
        autoComplete="url"
        maxLength={CORRECTION_LIMITS.sourceUrl}
        state={state}
      />
      <Field
        name="email"
        label="Your e-mail, if you would like a reply (optional)"
        hint="Only our staff see it; it is never published."
        type="email"
        autoComplete="email"
        maxLength={CORRECTION_LIMITS.email}
        state={state}
      />
      {/* The spam trap: hidden from people and screen readers, filled in by form-filling robots. */}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor={`${HONEYPOT_FIELD}-trap`}>Leave this empty</label>
        <input
          id={`${HONEYPOT_FIELD}-trap`}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue={state.values?.[HONEYPOT_FIELD] ?? ""}
        />
      </div>
      <p>
        <button type="submit" className={buttonClass()} disabled={pending}>
          {pending ? "Sending…" : "Send request"}
        </button>
      </p>
    </form>
  );
}
