"use client";

import { useState } from "react";
import styles from "./field.module.css";

type CounterProps = { maxLength: number; counterId: string };

/**
 * A live character count under a control with a limit. The count is polite and only announced
 * when the reader pauses (aria-live on the counter), and it says the limit, not just the number.
 */
function useCount(defaultValue: unknown, describedBy: string | undefined, counterId: string) {
  const [length, setLength] = useState(String(defaultValue ?? "").length);
  return {
    length,
    describedBy: [describedBy, counterId].filter(Boolean).join(" "),
    onInput: (e: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => setLength(e.currentTarget.value.length),
  };
}

function Count({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <span id={id} className={styles.counter} aria-live="polite">
      {length.toLocaleString("en-US")} of {max.toLocaleString("en-US")} characters
    </span>
  );
}

export function CountedTextarea({
  maxLength,
  defaultValue,
  counterId,
  ...props
}: React.TextareaHTMLAttributes<HTMLTextAreaElement> & CounterProps) {
  const count = useCount(defaultValue, props["aria-describedby"], counterId);
  return (
    <>
      <textarea
        {...props}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={count.describedBy}
        className={styles.control}
        onInput={count.onInput}
      />
      <Count id={counterId} length={count.length} max={maxLength} />
    </>
  );
}

export function CountedInput({
  maxLength,
  defaultValue,
  counterId,
  ...props
}: React.InputHTMLAttributes<HTMLInputElement> & CounterProps) {
  const count = useCount(defaultValue, props["aria-describedby"], counterId);
  return (
    <>
      <input
        {...props}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={count.describedBy}
        className={styles.control}
        onInput={count.onInput}
      />
      <Count id={counterId} length={count.length} max={maxLength} />
    </>
  );
}
