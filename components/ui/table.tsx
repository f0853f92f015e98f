import styles from "./table.module.css";

/**
 * A table in its own scrolling box. The box is focusable and named so keyboard users can scroll
 * it (axe: scrollable-region-focusable).
 */
export function Table({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className={styles.scroll} role="group" aria-label={label} tabIndex={0}>
      <table className={styles.table}>{children}</table>
    </div>
  );
}
