import styles from "./field.module.css";

/** Class names of the field family, for forms that compose their own controls. */
export const fieldStyles = styles;

/** Label, hint, control and error stacked; the control carries the ids (see components/field.tsx). */
export function FieldFrame({
  htmlFor,
  label,
  hint,
  hintId,
  after,
  children,
}: {
  htmlFor: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  hintId?: string;
  after?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor={htmlFor} className={styles.label}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      {children}
      {after}
    </div>
  );
}
