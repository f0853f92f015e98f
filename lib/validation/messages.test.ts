import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldOfPath } from "./field-errors";
import "./messages";

const messageOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return result.error.issues[0].message;
};

describe("the error map", () => {
  it("says limits in words, with thousands separators", () => {
    expect(messageOf(z.string().max(2000), "x".repeat(2001))).toBe("At most 2,000 characters.");
    expect(messageOf(z.string().min(1), "")).toBe("Fill this in.");
    expect(messageOf(z.string().min(8), "short")).toBe("At least 8 characters.");
  });

  it("never shows zod's own wording", () => {
    const cases: [z.ZodType, unknown][] = [
      [z.string(), undefined],
      [z.number(), "x"],
      [z.enum(["A", "B"]), "C"],
      [z.url(), "nope"],
      [z.email(), "nope"],
      [z.iso.date(), "yesterday"],
      [z.number().max(5), 9],
    ];
    for (const [schema, input] of cases) {
      expect(messageOf(schema, input)).not.toMatch(/expected|Invalid|Too big|Too small/);
    }
  });

  it("tells a date that does not exist from one in the wrong form", () => {
    expect(messageOf(z.iso.date(), "2021-02-30")).toBe("That date does not exist.");
    expect(messageOf(z.iso.date(), "30/02/2021")).toBe("Use YYYY-MM-DD.");
  });

  it("lets a schema's own message win", () => {
    expect(messageOf(z.string().max(3, "Keep it short."), "abcd")).toBe("Keep it short.");
  });
});

describe("fieldOfPath", () => {
  const form = new Set(["newSpeakerName", "asOf", "stated", "value"]);
  it("names the form's own field for a nested data-layer path", () => {
    expect(fieldOfPath(["newSpeaker", "name"], form)).toBe("newSpeakerName");
    expect(fieldOfPath(["quantity", "asOf", "text"], form)).toBe("asOf");
    expect(fieldOfPath(["stated", "text"], form)).toBe("stated");
    expect(fieldOfPath(["quantity", "value"], form)).toBe("value");
  });
  it("falls back to the last name, or the form itself", () => {
    expect(fieldOfPath(["quantity", "unit"], form)).toBe("unit");
    expect(fieldOfPath([0, ""], form)).toBe("");
    expect(fieldOfPath([], form)).toBe("form");
  });
});
