/**
 * Dates as sources give them: an ISO day plus how much of it is known. A month-precision date is
 * stored as the first of that month and must never be shown as that exact day.
 */
import type { DatePrecision } from "../enums";

export type { DatePrecision };
export type PreciseDate = { on: Date; precision: DatePrecision; inferred?: boolean };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function formatPreciseDate(date: PreciseDate): string {
  const d = date.on;
  const year = d.getUTCFullYear();
  let text: string;
  if (date.precision === "YEAR") text = String(year);
  else if (date.precision === "MONTH") text = `${MONTHS[d.getUTCMonth()]} ${year}`;
  else text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year}`;
  return date.inferred ? `about ${text}` : text;
}

/** Machine-readable form for <time dateTime> and JSON-LD, at the precision known. */
export function isoAtPrecision(date: PreciseDate): string {
  const iso = date.on.toISOString().slice(0, 10);
  return date.precision === "YEAR" ? iso.slice(0, 4) : date.precision === "MONTH" ? iso.slice(0, 7) : iso;
}

/** Parses "2019", "2019-07" or "2019-07-07" into a date with the matching precision. */
export function parsePreciseDate(text: string, inferred = false): PreciseDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  // Date.UTC reads years 0-99 as 1900-1999; no source we track is that old.
  if (!m || Number(m[1]) < 1000) return null;
  const [, y, mo, d] = m;
  const on = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  if (mo && on.getUTCMonth() !== Number(mo) - 1) return null;
  if (d && on.getUTCDate() !== Number(d)) return null;
  return { on, precision: d ? "DAY" : mo ? "MONTH" : "YEAR", inferred };
}

/** Why a date the editor typed was refused: a day or month that does not exist, or the wrong form. */
export function preciseDateProblem(text: string): string {
  const wellFormed = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text.trim()) && Number(text.trim().slice(0, 4)) >= 1000;
  return wellFormed ? "That date does not exist." : "Use YYYY, YYYY-MM or YYYY-MM-DD.";
}
