import styles from "./badge.module.css";

export type BadgeTone = "corroborated" | "conflicting" | "unverified" | "withdrawn" | "neutral";

/** A small label. Status tones always come with a symbol (see StatusBadge): never colour alone. */
export function Badge({
  tone = "neutral",
  large = false,
  symbol,
  title,
  children,
}: {
  tone?: BadgeTone;
  large?: boolean;
  symbol?: string;
  title?: string;
  children: React.ReactNode;
}) {
  return (
    <span className={[styles.badge, styles[tone], large && styles.large].filter(Boolean).join(" ")} title={title}>
      {symbol && <span aria-hidden="true">{symbol}</span>} {children}
    </span>
  );
}
