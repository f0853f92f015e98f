"use client";

import { useState } from "react";
import styles from "./field.module.css";

/**
 * A textarea with a live character count. The count is polite and only announced when the
 * reader pauses (aria-live on the counter), and it says the limit, not just the number.
 */
export function CountedTextarea({
  maxLength,
  defaultValue,
  counterId,
  ...props
}: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { maxLength: number; counterId: string }) {
  const [length, setLength] = useState(String(defaultValue ?? "").length);
  const describedBy = [props["aria-describedby"], counterId].filter(Boolean).join(" ");
  return (
    <>
      <textarea
        {...props}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={describedBy}
        className={styles.control}
        onChange={(e) => setLength(e.currentTarget.value.length)}
      />
      <span id={counterId} className={styles.counter} aria-live="polite">
        {length} of {maxLength} characters
      </span>
    </>
  );
}
