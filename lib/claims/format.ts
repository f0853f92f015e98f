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

/** Labels live in lib/labels.ts; re-exported for the pages that read them with the formatters. */
export { LINK_LABEL, STATUS_EXPLANATION, STATUS_LABEL } from "../labels";

type AsOf = { asOf: Date | null; asOfPrecision: PreciseDate["precision"] | null; asOfInferred: boolean };

/** The date a figure was true for, at the precision (and with the doubt) the source gives. */
export function quantityAsOf(q: AsOf): PreciseDate | null {
  return q.asOf && q.asOfPrecision ? { on: q.asOf, precision: q.asOfPrecision, inferred: q.asOfInferred } : null;
}
