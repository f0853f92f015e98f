import { beforeAll, describe, expect, it } from "vitest";
import { eventsOf, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { updateClaim } from "./mutations";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
});

const measureOf = async (claimId: string) =>
  (
    await db().claimQuantity.findUnique({
      where: { claimId },
      select: { measure: { select: { name: true, unit: true, subjectId: true } } },
    })
  )?.measure ?? null;

describe("a figure's measure", () => {
  it("is named by the editor, and a second figure of that name joins the same measure", async () => {
    const first = await makeClaim(editor, {
      quantity: { value: 1000, unit: "fighters", approximate: true, newMeasureName: "ISIS fighters in Iraq" },
    });
    const second = await makeClaim(editor, {
      subjectId: first.subjectId,
      quantity: {
        low: 3500,
        high: 4000,
        unit: "fighters",
        approximate: false,
        newMeasureName: "ISIS fighters in Iraq",
      },
    });
    const [a, b] = await Promise.all([measureOf(first.id), measureOf(second.id)]);
    expect(a).toMatchObject({ name: "ISIS fighters in Iraq", unit: "fighters", subjectId: first.subjectId });
    expect(b).toEqual(a);
    expect(await db().measure.count({ where: { subjectId: first.subjectId } })).toBe(1);
  });

  it("defaults to one per unit, so unlike figures of one subject are never compared", async () => {
    const operations = await makeClaim(editor, { quantity: { value: 8, unit: "operations", approximate: false } });
    const hideouts = await makeClaim(editor, {
      subjectId: operations.subjectId,
      quantity: { value: 50, unit: "hiding places destroyed", approximate: false },
    });
    expect((await measureOf(operations.id))?.name).toBe("operations");
    expect((await measureOf(hideouts.id))?.name).toBe("hiding places destroyed");
  });

  it("refuses a measure of another subject, beside the measure field", async () => {
    const elsewhere = await makeClaim(editor, { quantity: { value: 5, unit: "fighters killed", approximate: false } });
    const measure = await db().claimQuantity.findUniqueOrThrow({ where: { claimId: elsewhere.id } });
    const claim = await makeClaim(editor);
    const error = await updateClaim(editor, claim.id, {
      statement: "Seven members of one family were killed",
      subjectId: claim.subjectId,
      quantity: { value: 7, unit: "family members killed", approximate: false, measureId: measure.measureId },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ measureId: ["Pick a measure of this claim's subject."] });
    expect(await measureOf(claim.id)).toBeNull();
  });

  it("stays when other fields change, and a change of measure on a published claim is a reviewed revision", async () => {
    const claim = await makeClaim(editor, {
      quantity: { value: 1000, unit: "fighters", approximate: true, newMeasureName: "ISIS fighters in Iraq" },
    });
    await publishClaim(claim.id, editor, reviewer);
    const base = { subjectId: claim.subjectId, statement: claim.statement };
    await updateClaim(editor, claim.id, {
      ...base,
      quantity: { value: 1000, unit: "fighters", approximate: true },
      internalNotes: "Only a note.",
    });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).draft).toBeNull();

    await updateClaim(editor, claim.id, {
      ...base,
      quantity: { value: 1000, unit: "fighters", approximate: true, newMeasureName: "ISIS fighters in Anbar" },
    });
    expect((await measureOf(claim.id))?.name).toBe("ISIS fighters in Iraq");
    const edited = (await eventsOf(claim.id)).at(-1)!;
    expect(edited.payload).toMatchObject({
      draft: true,
      fields: [{ field: "Measure", before: "ISIS fighters in Iraq", after: "ISIS fighters in Anbar" }],
    });
  });
});
