import { describe, expect, it } from "vitest";
import { claimFormSchema, claimInputSchema } from "../claims/schemas";
import { acceptHref, claimPrefillFromParams } from "./prefill";
import { suggestClaims } from "./suggest";

const body =
  "Intro.\n\nISIS, according to al-Hashemi, has an active human force of 3,500 to 4,000 combatants deployed in about 11 operational sectors.";

const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("accepting a suggestion", () => {
  const [range] = suggestClaims(body);
  const href = acceptHref(range!, { versionId: "v1", articleDate: "2020-03-22", speakerId: null });

  it("anchors the new claim to the sentence, as the annotator does", () => {
    const p = paramsOf(href);
    expect(href.startsWith("/desk/claims/new?")).toBe(true);
    expect({ version: p.version, start: Number(p.start), end: Number(p.end) }).toEqual({
      version: "v1",
      start: body.indexOf("ISIS"),
      end: body.length,
    });
  });

  it("pre-fills the claim editor with the statement, speaker and figure, and the form reads it back", () => {
    const initial = claimPrefillFromParams(paramsOf(href));
    expect(initial).toMatchObject({
      statement: body.slice(body.indexOf("ISIS")),
      newSpeakerName: "al-Hashemi",
      hasQuantity: "on",
      low: "3500",
      high: "4000",
      unit: "combatants",
      stated: "2020-03-22",
      statedInferred: "on",
      asOf: "2020-03-22",
      asOfInferred: "on",
    });
    expect(initial.value).toBeUndefined();
    expect(initial.approximate).toBeUndefined();
    const input = claimInputSchema.parse(claimFormSchema.parse({ ...initial, subjectId: "s1" }));
    expect(input.quantity).toMatchObject({
      low: 3500,
      high: 4000,
      value: null,
      unit: "combatants",
      approximate: false,
    });
  });

  it("marks an approximate figure, and notes a bound for the editor", () => {
    const [, about] = suggestClaims(body);
    expect(
      claimPrefillFromParams(paramsOf(acceptHref(about!, { versionId: "v1", articleDate: null, speakerId: "p1" }))),
    ).toMatchObject({ value: "11", approximate: "on", unit: "sectors", speakerId: "p1" });
    const [bound] = suggestClaims("At least five IS terrorists have been killed, Rasool said.");
    const initial = claimPrefillFromParams(
      paramsOf(acceptHref(bound!, { versionId: "v", articleDate: null, speakerId: null })),
    );
    expect(initial).toMatchObject({ value: "5", unit: "terrorists", newSpeakerName: "Rasool" });
    expect(initial.internalNotes).toBe("Suggested from “At least five”: a lower bound (at least this many).");
  });

  it("ignores parameters that are not claim fields", () => {
    expect(claimPrefillFromParams({ version: "v1", start: "1", statement: ["a", "b"], evil: "x" })).toEqual({
      statement: "a",
    });
  });
});

describe("figure inputs accept Arabic-Indic digits", () => {
  it("reads ٣٬٥٠٠ as 3,500", () => {
    const input = claimFormSchema.parse({
      statement: "s",
      subjectId: "s1",
      hasQuantity: "on",
      value: "٣٬٥٠٠",
      unit: "u",
    });
    expect(input.quantity?.value).toBe(3500);
  });
});
