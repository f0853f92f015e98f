/**
 * Canonical JSON for hashing: object keys sorted, no whitespace, dates as ISO strings,
 * undefined members dropped (as JSON.stringify and JSONB both do). Two equal values always give
 * the same string, whatever order PostgreSQL's JSONB returns their keys in.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("Cannot hash a non-finite number.");
      return JSON.stringify(value);
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "object": {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
    }
    default:
      throw new TypeError(`Cannot hash a ${typeof value}.`);
  }
}
