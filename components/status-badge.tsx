import { Badge } from "@/components/ui/badge";
import { STATUS_EXPLANATION, STATUS_LABEL } from "@/lib/claims/format";

type Status = keyof typeof STATUS_LABEL;
type Shown = Status | "WITHDRAWN";

/** Status as text plus a shape, never colour alone; the same symbols mark article highlights. */
export const STATUS_SYMBOL: Record<Shown, string> = {
  CORROBORATED: "✓",
  CONFLICTING: "≠",
  UNVERIFIED: "?",
  WITHDRAWN: "⊘",
};
const LABEL: Record<Shown, string> = { ...STATUS_LABEL, WITHDRAWN: "Withdrawn" };
const EXPLANATION: Record<Shown, string> = {
  ...STATUS_EXPLANATION,
  WITHDRAWN: "Withdrawn after review; the reason and history stay public.",
};

export function StatusBadge({ status, large = false }: { status: Shown; large?: boolean }) {
  return (
    <Badge
      tone={status.toLowerCase() as Lowercase<Shown>}
      large={large}
      symbol={STATUS_SYMBOL[status]}
      title={EXPLANATION[status]}
    >
      {LABEL[status]}
    </Badge>
  );
}
