import type { z } from "zod";

/**
 * The form field an issue belongs to. A data-layer schema nests what the form sends flat: the
 * field is the longest run of the path, joined in camelCase, that the submitted form has
 * (`newSpeaker.name` is `newSpeakerName`, `quantity.asOf.text` is `asOf`); else its last segment.
 */
export function fieldOfPath(path: readonly PropertyKey[], formFields: ReadonlySet<string>): string {
  const names = path.filter((p): p is string => typeof p === "string");
  if (names.length === 0) return "form";
  const camel = (run: string[]) => run.map((n, i) => (i === 0 ? n : n.charAt(0).toUpperCase() + n.slice(1))).join("");
  for (let length = names.length; length > 0; length--) {
    for (let start = 0; start + length <= names.length; start++) {
      const candidate = camel(names.slice(start, start + length));
      if (formFields.has(candidate)) return candidate;
    }
  }
  return names[names.length - 1];
}

/** Field errors keyed by form field name (see fieldOfPath). */
export function fieldErrorsOf(
  error: z.ZodError,
  formFields: ReadonlySet<string> = new Set(),
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    (errors[fieldOfPath(issue.path, formFields)] ??= []).push(issue.message);
  }
  return errors;
}
