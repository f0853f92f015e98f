/**
 * Canonical JSON for hashing: object keys sorted, no whitespace, dates as ISO strings,
 * undefined members dropped (as JSON.stringify and JSONB both do). Two equal values always give
 * the same string, whatever order PostgreSQL's JSONB returns their keys in.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// A string needs JSON.stringify's escaping only if it holds a quote, a backslash, a control
// character or a surrogate (lone ones are escaped); anything else is written as it is, which
// spares a native call per string (history:verify writes every event's content through here).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

export function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return jsonString(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("Cannot hash a non-finite number.");
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value instanceof Date) return jsonString(value.toISOString());
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
      const keys = Object.keys(record);
      // Insertion sort (objects here have a handful of keys); `<` compares UTF-16 code units, as
      // the default sort does.
      for (let i = 1; i < keys.length; i++) {
        const key = keys[i];
        let j = i - 1;
        while (j >= 0 && keys[j] > key) {
          keys[j + 1] = keys[j];
          j--;
        }
        keys[j + 1] = key;
      }
      let out = "{";
      for (let i = 0; i < keys.length; i++) {
        const v = record[keys[i]];
        if (v === undefined) continue;
        if (out.length > 1) out += ",";
        out += jsonString(keys[i]) + ":" + canonicalJson(v);
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`Cannot hash a ${typeof value}.`);
  }
}
