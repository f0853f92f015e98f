import type { PreciseDate } from "../dates/precision";

/** How figures and statuses read on every page (pure, shared by pages, API and exports). */
export type QuantityLike = {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  approximate: boolean;
};

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatQuantity(q: QuantityLike): string {
  const amount =
    q.value != null
      ? number.format(q.value)
      : q.low != null && q.high != null
        ? `${number.format(q.low)}–${number.format(q.high)}`
        : "?";
  return `${q.approximate ? "about " : ""}${amount} ${q.unit}`;
}

export const STATUS_LABEL = {
  UNVERIFIED: "Unverified",
  CORROBORATED: "Corroborated",
  CONFLICTING: "Conflicting",
} as const;

export const STATUS_EXPLANATION = {
  UNVERIFIED: "Not yet confirmed by an independent source.",
  CORROBORATED: "Confirmed by independent sources or evidence, and approved by a reviewer.",
  CONFLICTING: "Sources disagree; see the linked claims and evidence.",
} as const;

export const LINK_LABEL = {
  CORROBORATES: { outgoing: "Corroborates", incoming: "Corroborated by" },
  CONTRADICTS: { outgoing: "Contradicts", incoming: "Contradicted by" },
  UPDATES: { outgoing: "Updates", incoming: "Updated by" },
  RELATED: { outgoing: "Related to", incoming: "Related to" },
} as const;

type AsOf = { asOf: Date | null; asOfPrecision: PreciseDate["precision"] | null; asOfInferred: boolean };

/** The date a figure was true for, at the precision (and with the doubt) the source gives. */
export function quantityAsOf(q: AsOf): PreciseDate | null {
  return q.asOf && q.asOfPrecision ? { on: q.asOf, precision: q.asOfPrecision, inferred: q.asOfInferred } : null;
}
