import { expect } from "vitest";
import { z } from "zod";

/**
 * For the form render tests: give every field of a form an error of its own, render the form,
 * and check each message sits in that field's error slot, tied to its control by
 * aria-describedby. A field with no slot fails the test.
 */
export function expectErrorBesideEveryField(
  render: (fieldErrors: Record<string, string[]>) => string,
  names: string[],
  prefix = "",
) {
  const html = render(Object.fromEntries(names.map((name) => [name, [`error of ${name}`]])));
  for (const name of names) {
    const slot = new RegExp(`<p id="${prefix}${name}-error"[^>]*>error of ${name}</p>`);
    expect(html, `${name} has an error slot`).toMatch(slot);
    // Each visible control of the field (not a hidden input a picker fills) names its error.
    for (const tag of html.match(new RegExp(`<(input|select|textarea)\\b[^>]*name="${name}"[^>]*>`, "g")) ?? []) {
      if (/type="hidden"/.test(tag)) continue;
      expect(tag, `${name}'s control is described by its error`).toMatch(
        new RegExp(`aria-describedby="[^"]*${prefix}${name}-error`),
      );
    }
  }
}

/** Every leaf path of an object schema (through optional, nullable, defaults and pipes). */
export function leafPaths(schema: z.ZodType, path: string[] = []): string[][] {
  const def = (schema as z.ZodType & { def: Record<string, unknown> }).def;
  if (def.type === "object") {
    return Object.entries((schema as z.ZodObject).shape).flatMap(([key, inner]) =>
      leafPaths(inner as z.ZodType, [...path, key]),
    );
  }
  if (def.type === "pipe") return leafPaths(def.in as z.ZodType, path);
  if (["optional", "nullable", "default", "prefault"].includes(def.type as string)) {
    return leafPaths(def.innerType as z.ZodType, path);
  }
  return [path];
}
