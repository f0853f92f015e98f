import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CREATE_USER_FIELD_LABELS, CreateUserFields } from "@/components/admin/create-user-form";
import { EVIDENCE_FIELD_LABELS, EvidenceFields } from "@/components/desk/claim-sections/evidence-form";
import { LINK_FIELD_LABELS, LinkFormFields } from "@/components/desk/claim-sections/link-form";
import { METADATA_FIELD_LABELS, MetadataFields } from "@/components/desk/import/metadata-fields";
import { expectErrorBesideEveryField } from "@/components/form-test-kit";
import { formStateOf } from "@/components/use-action-form";
import { articleMetadataSchema } from "@/lib/articles/schemas";
import { evidenceInputSchema, linkFormSchema } from "@/lib/claims/schemas";
import { newUserSchema } from "@/lib/users/schemas";

/**
 * Every form's fields, rendered with an error on each field of its schema: each error must sit in
 * that field's slot, or the test names the field that has none. Hidden ids (claimId, importId)
 * are set by the page, not typed, and are left out.
 */
// What a refused submit answers with (conform's submission result), as the forms read it.
const state = (fieldErrors: Record<string, string[]>) =>
  formStateOf({ status: "error", error: { "": ["Check the fields."], ...fieldErrors } });
const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);

describe("every form shows each of its schema's errors beside the field", () => {
  it("link", () => {
    const fields = keysOf(linkFormSchema).filter((k) => k !== "claimId");
    expect(Object.keys(LINK_FIELD_LABELS).sort()).toEqual([...fields].sort());
    const render = (errors: Record<string, string[]>) =>
      renderToStaticMarkup(createElement(LinkFormFields, { state: state(errors), other: null }));
    expectErrorBesideEveryField(render, fields, "link-");
  });

  it("evidence, for each kind", () => {
    for (const option of evidenceInputSchema.options) {
      const kind = option.shape.kind.value;
      const fields = keysOf(option).filter((k) => k !== "kind");
      const render = (errors: Record<string, string[]>) =>
        renderToStaticMarkup(createElement(EvidenceFields, { state: state(errors), kind, quoteId: "" }));
      expectErrorBesideEveryField(render, fields, "evidence-");
      for (const field of fields) expect(EVIDENCE_FIELD_LABELS).toHaveProperty(field);
    }
  });

  it("article details (import and metadata)", () => {
    const fields = keysOf(articleMetadataSchema.in as z.ZodObject);
    expect(Object.keys(METADATA_FIELD_LABELS).sort()).toEqual([...fields].sort());
    const defaults = {
      headline: "",
      authors: "",
      authorsInferred: false,
      outlet: "",
      outletInferred: false,
      published: "",
      publishedInferred: false,
      publishedNote: "",
      url: "",
      language: "en",
      direction: "LTR" as const,
      languageInferred: false,
    };
    const render = (errors: Record<string, string[]>) =>
      renderToStaticMarkup(createElement(MetadataFields, { state: state(errors), defaults }));
    expectErrorBesideEveryField(render, fields);
  });

  it("new user", () => {
    const fields = keysOf(newUserSchema);
    expect(Object.keys(CREATE_USER_FIELD_LABELS).sort()).toEqual([...fields].sort());
    const render = (errors: Record<string, string[]>) =>
      renderToStaticMarkup(createElement(CreateUserFields, { state: state(errors) }));
    expectErrorBesideEveryField(render, fields);
  });
});
