import type { DatePrecision } from "../../enums";

/**
 * Dates as newspapers print them: "Sunday, 22 March, 2020", "Feb. 13, 2018", "2020-03-22",
 * "March 2020", and, without a year, "July 7". Each mention keeps its text and what it fixes.
 */
export type DateMention = {
  text: string;
  index: number;
  /** ISO at the precision given: "2020-03-22", "2020-03", or null when the year is missing. */
  iso: string | null;
  precision: DatePrecision | null;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string | undefined, string, string | undefined] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parts: (m) => [m[1], String(Number(m[2])), m[3]] },
  { re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, "g"), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "g"), parts: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "g"), parts: (m) => [m[2], m[1], undefined] },
  {
    re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})(?!\\d)`, "g"),
    parts: (m) => [undefined, m[1], m[2]],
  },
];

const pad = (n: number) => String(n).padStart(2, "0");

function monthNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return (
    MONTHS[
      text
        .toLowerCase()
        .replace(".", "")
        .slice(0, text.toLowerCase().startsWith("sept") ? 4 : 3)
    ] ?? null
  );
}

export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const { re, parts } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const [year, monthText, day] = parts(m as RegExpExecArray);
      const month = monthNumber(monthText);
      if (!month || month > 12) continue;
      let iso: string | null = null;
      let precision: DateMention["precision"] = null;
      if (year) {
        if (day) {
          const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
          if (date.getUTCMonth() !== month - 1) continue;
          iso = `${year}-${pad(month)}-${pad(Number(day))}`;
          precision = "DAY";
        } else {
          iso = `${year}-${pad(month)}`;
          precision = "MONTH";
        }
      }
      taken.push([start, end]);
      found.push({ text: m[0], index: start, iso, precision });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
