import { describe, it, expect } from "vitest";

import {
  claimFormSchema,
  FIGURE_UNTICKED,
  claimInputSchema,
  NEW_SPEAKER_AND_PICKED,
  NEW_SUBJECT_AND_PICKED,
  type ClaimInput,
} from "./schemas";

const VALID: ClaimInput = {
  statement: "ISIS had about 1,000 fighters in the desert around Baaj, Rawah and Tharthar",
  subjectId: "subject-isis-strength",
};

/** The messages a form would show next to the field at `path` (dot-separated). */
function messagesAt(input: unknown, path: string): string[] {
  const result = claimInputSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path.join(".") === path).map((issue) => issue.message);
}

function parse(input: unknown) {
  const result = claimInputSchema.safeParse(input);
  if (!result.success) throw new Error(`Expected valid input, got: ${result.error.message}`);
  return result.data;
}

describe("claimInputSchema: statement", () => {
  it("accepts a statement and a subject, and has no visibility field (publishing is a reviewed proposal)", () => {
    const claim = parse(VALID);

    expect(claim.statement).toBe(VALID.statement);
    expect(claim.subjectId).toBe("subject-isis-strength");
    expect("visibility" in claim).toBe(false);
  });

  it("trims the statement", () => {
    expect(parse({ ...VALID, statement: "  ISIS had 1,000 fighters \n" }).statement).toBe("ISIS had 1,000 fighters");
  });

  it("requires a statement", () => {
    expect(messagesAt({ ...VALID, statement: "" }, "statement")).toEqual(["Write the claim."]);
    expect(messagesAt({ ...VALID, statement: "   " }, "statement")).toEqual(["Write the claim."]);
    expect(messagesAt({ subjectId: VALID.subjectId }, "statement")).toHaveLength(1);
  });

  it("accepts a statement of exactly 280 characters", () => {
    expect(parse({ ...VALID, statement: "x".repeat(280) }).statement).toHaveLength(280);
  });

  it("refuses a statement over 280 characters", () => {
    expect(messagesAt({ ...VALID, statement: "x".repeat(281) }, "statement")).toEqual(["At most 280 characters."]);
  });

  it("counts the length after trimming", () => {
    expect(parse({ ...VALID, statement: `  ${"x".repeat(280)}  ` }).statement).toHaveLength(280);
  });

  it("requires a subject, picked or newly named", () => {
    expect(messagesAt({ ...VALID, subjectId: "" }, "subjectId")).toEqual(["Pick a subject or name a new one."]);
    expect(parse({ ...VALID, subjectId: "", newSubjectName: "ISIS strength" }).newSubjectName).toBe("ISIS strength");
  });

  it("turns blank internal notes into null", () => {
    expect(parse({ ...VALID, internalNotes: "   " }).internalNotes).toBeNull();
    expect(parse({ ...VALID, internalNotes: " Check with AFP " }).internalNotes).toBe("Check with AFP");
  });

  it("ignores a visibility sent with the form: an editor cannot publish by editing", () => {
    expect("visibility" in parse({ ...VALID, visibility: "PUBLIC" } as typeof VALID)).toBe(false);
  });
});

describe("claimInputSchema: quantity", () => {
  const withQuantity = (quantity: Record<string, unknown>) => ({
    ...VALID,
    quantity: { unit: "fighters", ...quantity },
  });

  it("accepts a single value", () => {
    const claim = parse(withQuantity({ value: 1000, approximate: true }));

    expect(claim.quantity).toMatchObject({ value: 1000, unit: "fighters", approximate: true });
  });

  it("accepts a low–high range", () => {
    expect(parse(withQuantity({ low: 3500, high: 4000 })).quantity).toMatchObject({ low: 3500, high: 4000 });
  });

  it("accepts a range whose ends are equal", () => {
    expect(parse(withQuantity({ low: 4000, high: 4000 })).quantity).toMatchObject({ low: 4000, high: 4000 });
  });

  it("accepts null for the unused fields", () => {
    expect(parse(withQuantity({ value: 1000, low: null, high: null })).quantity).toMatchObject({ value: 1000 });
    expect(parse(withQuantity({ value: null, low: 1, high: 2 })).quantity).toMatchObject({ low: 1, high: 2 });
  });

  it("refuses both a value and a range", () => {
    expect(messagesAt(withQuantity({ value: 1000, low: 3500, high: 4000 }), "quantity.value")).toEqual([
      "Give either a single value or a low–high range.",
    ]);
  });

  it("refuses neither a value nor a range", () => {
    expect(messagesAt(withQuantity({}), "quantity.value")).toEqual(["Give either a single value or a low–high range."]);
  });

  it("refuses a range with only one end", () => {
    expect(messagesAt(withQuantity({ low: 3500 }), "quantity.high")).toEqual(["A range needs both low and high."]);
    expect(messagesAt(withQuantity({ high: 4000 }), "quantity.high")).toEqual(["A range needs both low and high."]);
  });

  it("refuses a range whose high is below its low", () => {
    expect(messagesAt(withQuantity({ low: 4000, high: 3500 }), "quantity.high")).toEqual([
      "High must not be below low.",
    ]);
  });

  it("requires a unit", () => {
    expect(messagesAt(withQuantity({ value: 1000, unit: "  " }), "quantity.unit")).toEqual([
      "Give a unit, e.g. “fighters”.",
    ]);
  });

  it("refuses a value that is not a finite number", () => {
    expect(messagesAt(withQuantity({ value: Number.POSITIVE_INFINITY }), "quantity.value").length).toBeGreaterThan(0);
    expect(messagesAt(withQuantity({ value: "1000" }), "quantity.value").length).toBeGreaterThan(0);
  });

  it("reads the as-of date at its precision", () => {
    const claim = parse(withQuantity({ value: 1000, asOf: { text: "2020-03" } }));

    expect(claim.quantity?.asOf).toEqual({ on: new Date("2020-03-01T00:00:00Z"), precision: "MONTH", inferred: false });
  });
});

describe("claimInputSchema: dates", () => {
  it.each([
    ["2019", "YEAR", "2019-01-01"],
    ["2019-07", "MONTH", "2019-07-01"],
    ["2019-07-07", "DAY", "2019-07-07"],
  ] as const)("reads %s as a %s-precision date", (text, precision, day) => {
    expect(parse({ ...VALID, stated: { text } }).stated).toEqual({
      on: new Date(`${day}T00:00:00Z`),
      precision,
      inferred: false,
    });
  });

  it("trims the date text and keeps the inferred flag", () => {
    expect(parse({ ...VALID, stated: { text: " 2019-07 ", inferred: true } }).stated).toEqual({
      on: new Date("2019-07-01T00:00:00Z"),
      precision: "MONTH",
      inferred: true,
    });
  });

  it("accepts no date", () => {
    expect(parse({ ...VALID, stated: null }).stated).toBeNull();
    expect(parse(VALID).stated).toBeUndefined();
  });

  it.each(["7 July 2019", "07/07/2019", "2019-7", ""])(
    "refuses %j with a message giving the accepted formats",
    (text) => {
      expect(messagesAt({ ...VALID, stated: { text } }, "stated")).toEqual(["Use YYYY, YYYY-MM or YYYY-MM-DD."]);
    },
  );

  it.each(["2019-02-30", "2019-13", "2021-04-31"])("says %j does not exist", (text) => {
    expect(messagesAt({ ...VALID, stated: { text } }, "stated")).toEqual(["That date does not exist."]);
  });

  it("refuses a bad as-of date under the quantity", () => {
    expect(
      messagesAt({ ...VALID, quantity: { value: 1, unit: "fighters", asOf: { text: "March 2020" } } }, "quantity.asOf"),
    ).toEqual(["Use YYYY, YYYY-MM or YYYY-MM-DD."]);
  });
});

describe("claimFormSchema: the claim editor's fields as the browser sends them", () => {
  const form = (fields: Record<string, string>) =>
    claimFormSchema.parse({ statement: "ISIS had 1,000 fighters", subjectId: "s1", ...fields });

  it("asks about a figure typed with the box unticked, and reads numbers with thousands separators", () => {
    const unticked = claimFormSchema.safeParse({ statement: "x", subjectId: "s1", value: "1,000", unit: "fighters" });
    expect(unticked.error?.issues[0]).toMatchObject({ path: ["hasQuantity"], message: FIGURE_UNTICKED });
    expect(form({}).quantity).toBeNull();
    expect(form({ hasQuantity: "on", value: "1,000", unit: "fighters", approximate: "on" }).quantity).toMatchObject({
      value: 1000,
      low: null,
      high: null,
      approximate: true,
    });
  });

  it("says which field holds something that is not a number", () => {
    const result = claimFormSchema.safeParse({ statement: "x", subjectId: "s1", hasQuantity: "on", low: "many" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["low"], message: "Enter a number." });
  });

  it("creates a new speaker only when none is picked, and keeps the date text for the data layer to check", () => {
    const input = form({
      newSpeakerName: "Hisham al-Hashemi",
      newSpeakerDescription: "security analyst",
      stated: "2019-07",
      statedInferred: "on",
    });
    expect(input.newSpeaker).toEqual({ name: "Hisham al-Hashemi", kind: "PERSON", description: "security analyst" });
    expect(input.stated).toEqual({ text: "2019-07", inferred: true });
  });

  it("asks, beside the typed box, when a subject or speaker is both picked and typed, never dropping one", () => {
    const both = claimFormSchema.safeParse({
      statement: "x",
      subjectId: "s1",
      newSubjectName: "Border crossings",
      speakerId: "p1",
      newSpeakerName: "Yahya Rasool",
    });
    expect(both.error?.issues).toEqual([
      expect.objectContaining({ path: ["newSubjectName"], message: NEW_SUBJECT_AND_PICKED }),
      expect.objectContaining({ path: ["newSpeakerName"], message: NEW_SPEAKER_AND_PICKED }),
    ]);
    expect(form({ subjectId: "", newSubjectName: "Border crossings" })).toMatchObject({
      subjectId: null,
      newSubjectName: "Border crossings",
    });
  });
});

describe("the claim editor's measure field", () => {
  const form = {
    statement: "ISIS had about 1,000 fighters",
    subjectId: "subject-1",
    hasQuantity: "on",
    value: "1,000",
    unit: "fighters",
  };
  it("names the figure's measure, or leaves it to the data layer when empty", () => {
    expect(claimFormSchema.parse({ ...form, measure: " ISIS fighters in Iraq " }).quantity).toMatchObject({
      newMeasureName: "ISIS fighters in Iraq",
    });
    expect(claimFormSchema.parse({ ...form, measure: "" }).quantity).toMatchObject({ newMeasureName: null });
  });
  it("refuses a name over 120 characters beside the measure field", () => {
    const result = claimFormSchema.safeParse({ ...form, measure: "x".repeat(121) });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["measure"], message: "At most 120 characters." });
  });
});
