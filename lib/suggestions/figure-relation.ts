import type { ClaimLinkType } from "../enums";

/**
 * How two figures of one measure may relate, from their ranges and dates: overlapping ranges may
 * corroborate each other; ranges that do not overlap are possibly conflicting when measured at
 * close dates, and possibly an update (the newer of the older) when the dates are far apart.
 * Only a suggestion: an editor decides whether to link them.
 */
export type FigureAt = {
  value: number | null;
  low: number | null;
  high: number | null;
  approximate: boolean;
  /** When the figure held (as-of date, else when it was stated); null when unknown. */
  on: Date | null;
};

export type FigureRelation = {
  type: Exclude<ClaimLinkType, "RELATED">;
  /** For UPDATES: whether the first figure is the newer one (it updates the second). */
  firstIsNewer: boolean;
  reason: string;
};

/** Dates within this many days are "close": a figure a quarter older is not yet an update. */
export const CLOSE_DAYS = 92;
/** "About 1,000" is read as 900–1,100 when comparing. */
const APPROXIMATE_MARGIN = 0.1;

function rangeOf(f: FigureAt): [number, number] | null {
  const low = f.value ?? f.low;
  const high = f.value ?? f.high;
  if (low === null || high === null) return null;
  const margin = f.approximate ? APPROXIMATE_MARGIN : 0;
  return [low * (1 - margin), high * (1 + margin)];
}

const DAY = 24 * 60 * 60 * 1000;

export function relateFigures(a: FigureAt, b: FigureAt): FigureRelation | null {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  if (!ra || !rb) return null;
  const overlap = ra[0] <= rb[1] && rb[0] <= ra[1];
  const days = a.on && b.on ? Math.abs(a.on.getTime() - b.on.getTime()) / DAY : null;
  const firstIsNewer = Boolean(a.on && b.on && a.on.getTime() > b.on.getTime());
  if (overlap) return { type: "CORROBORATES", firstIsNewer, reason: "The figures overlap." };
  if (days === null) {
    return { type: "CONTRADICTS", firstIsNewer, reason: "The figures do not overlap, and a date is unknown." };
  }
  if (days <= CLOSE_DAYS) {
    return { type: "CONTRADICTS", firstIsNewer, reason: `The figures do not overlap ${Math.round(days)} days apart.` };
  }
  const months = Math.round(days / 30.44);
  return {
    type: "UPDATES",
    firstIsNewer,
    reason: `The figures do not overlap and are ${months} months apart: possibly an update.`,
  };
}
