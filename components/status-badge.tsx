import { STATUS_EXPLANATION, STATUS_LABEL } from "@/lib/claims/format";

type Status = keyof typeof STATUS_LABEL;

/** Status as text plus a shape, never colour alone. */
const ICON: Record<Status, string> = { CORROBORATED: "✓", CONFLICTING: "≠", UNVERIFIED: "?" };

export function StatusBadge({ status, large = false }: { status: Status; large?: boolean }) {
  return (
    <span
      className={`badge badge-${status.toLowerCase()}${large ? " badge-large" : ""}`}
      title={STATUS_EXPLANATION[status]}
    >
      <span aria-hidden="true">{ICON[status]}</span> {STATUS_LABEL[status]}
    </span>
  );
}
