/**
 * The one rule for characters PostgreSQL cannot store: a NUL (U+0000) is refused, with a field
 * message, before any schema or query sees it (lib/http/action.ts for every server action; a URL
 * with one is refused by lib/http/request-guard.ts: 404 in the path, 400 in the query). Refused rather than stripped, so what
 * is saved is always exactly what was sent.
 */
export const NUL_MESSAGE = "Remove the invisible NUL character: it cannot be stored.";

export function hasNul(value: string): boolean {
  return value.includes("\u0000");
}

/** C0 controls and DEL: never part of an email address, an id or a URL path. */
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(value);
}

/** Field errors for every form field that carries a NUL, or null when there is none. */
export function nulFieldErrors(fields: Record<string, string | string[]>): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(fields)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some(hasNul) || hasNul(key)) errors[key.replace(/\u0000/g, "")] = [NUL_MESSAGE];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
