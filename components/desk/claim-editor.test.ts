import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldOfPath } from "@/lib/validation/field-errors";
import { claimFormSchema, claimInputSchema, CLAIM_LIMITS } from "@/lib/claims/schemas";
import { CLAIM_FIELD_LABELS, ClaimEditorFields } from "./claim-editor";
import { expectErrorBesideEveryField, leafPaths } from "@/components/form-test-kit";
import { formStateOf } from "@/components/use-action-form";

const formFields = Object.keys(claimFormSchema.in.shape);
const errorsOf = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[]>;

const render = (fieldErrors: Record<string, string[]>) =>
  renderToStaticMarkup(
    createElement(ClaimEditorFields, {
      state: formStateOf({ status: "error", error: { "": ["Check the highlighted fields."], ...fieldErrors } }),
      initial: {},
      subjects: [{ id: "s1", name: "ISIS in Iraq" }],
      speakers: [],
    }),
  );

describe("the claim editor", () => {
  it("shows an error beside every field of its schema", () => {
    expectErrorBesideEveryField(render, formFields);
  });

  it("has a summary label for every field", () => {
    expect(Object.keys(CLAIM_FIELD_LABELS).sort()).toEqual([...formFields].sort());
  });

  it("points every data-layer error at a field the form shows", () => {
    const shown = new Set(formFields);
    for (const path of leafPaths(claimInputSchema)) {
      // The data layer's figure measure is the form's "measure" (refused first by the form).
      if (path.join(".") === "quantity.newMeasureName" || path.join(".") === "quantity.measureId") continue;
      expect(shown, path.join(".")).toContain(fieldOfPath(path, shown));
    }
  });

  it("caps each input at the schema's one limit", () => {
    const html = render({});
    for (const [name, max] of Object.entries(CLAIM_LIMITS)) {
      expect(html, name).toMatch(
        new RegExp(`name="${name}"[^>]*maxLength="${max}"|maxLength="${max}"[^>]*name="${name}"`, "i"),
      );
    }
  });

  it("asks about a figure that is filled in but not ticked, and never drops it", () => {
    const base = { statement: "ISIS has 1,000 fighters.", newSubjectName: "ISIS" };
    const result = claimFormSchema.safeParse({ ...base, value: "1000", unit: "fighters", asOf: "2019" });
    expect(result.success).toBe(false);
    expect(errorsOf(result.error!)).toHaveProperty("hasQuantity");
    const ticked = claimFormSchema.parse({ ...base, hasQuantity: "on", value: "1000", unit: "fighters" });
    expect(ticked.quantity?.value).toBe(1000);
    expect(claimFormSchema.parse(base).quantity).toBeNull();
  });

  it("refuses an over-long field under the form's own field name", () => {
    const long = "x".repeat(CLAIM_LIMITS.newSpeakerName + 1);
    const result = claimFormSchema.safeParse({ statement: "s", newSubjectName: "n", newSpeakerName: long });
    expect(errorsOf(result.error!).newSpeakerName).toEqual(["At most 120 characters."]);
  });

  it("says a date that does not exist does not exist", () => {
    const input = claimFormSchema.parse({ statement: "s", newSubjectName: "n", stated: "2021-02-30" });
    const result = claimInputSchema.safeParse(input);
    expect(result.error?.issues.map((i) => i.message)).toContain("That date does not exist.");
  });
});
