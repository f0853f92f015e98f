import txt from "@/components/ui/text.module.css";
import { formatPreciseDate, isoAtPrecision, type PreciseDate } from "@/lib/dates/precision";

export function PreciseDateText({ date, fallback = "date unknown" }: { date: PreciseDate | null; fallback?: string }) {
  if (!date) return <span className={txt.muted}>{fallback}</span>;
  return (
    <time
      dateTime={isoAtPrecision(date)}
      title={date.inferred ? "Inferred from the text, not printed in it" : undefined}
    >
      {formatPreciseDate(date)}
    </time>
  );
}

export function Timestamp({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{at.toISOString().slice(0, 16).replace("T", " ")} UTC</time>;
}
