/**
 * Canonical JSON for hashing: object keys sorted, no whitespace, dates as ISO strings,
 * undefined members dropped (as JSON.stringify and JSONB both do). Two equal values always give
 * the same string, whatever order PostgreSQL's JSONB returns their keys in.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("Cannot hash a non-finite number.");
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      // Written with plain loops: history:verify hashes every event's content through here.
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ",";
          out += value[i] === undefined ? "null" : canonicalJson(value[i]);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      // The default sort compares UTF-16 code units, as `a < b` does.
      const keys = Object.keys(record).sort();
      let out = "{";
      for (const key of keys) {
        const v = record[key];
        if (v === undefined) continue;
        if (out.length > 1) out += ",";
        out += `${JSON.stringify(key)}:${canonicalJson(v)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`Cannot hash a ${typeof value}.`);
  }
}
