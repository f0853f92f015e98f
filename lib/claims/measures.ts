import "server-only";
import type { Tx } from "../db/client";
import { AppError } from "../errors";
import { slugify } from "../text/slugify";

/**
 * Measures: what a figure counts, within one subject ("ISIS fighters in Iraq", in fighters). Only
 * figures of one measure are compared with each other: charted together, or suggested as an update
 * or a conflict of each other. "8 operations" and "50 hiding places destroyed" share a subject but
 * not a measure.
 */

type MeasureChoice = { measureId?: string | null; newMeasureName?: string | null; unit: string };

/**
 * The measure a figure counts, found or created in the claim's transaction:
 * - a picked measure, which must belong to the claim's subject;
 * - a new one by name, in the figure's unit (or the existing one of that name);
 * - otherwise the figure's current measure while the subject stays the same;
 * - otherwise, for a new figure, the subject's measure named after the unit.
 * A figure recorded before measures existed keeps having none until an editor picks one.
 */
export async function resolveMeasure(
  tx: Tx,
  subjectId: string,
  choice: MeasureChoice,
  current: { subjectId: string; hasFigure: boolean; measureId?: string } | null,
): Promise<string | undefined> {
  if (choice.measureId) {
    const measure = await tx.measure.findUnique({ where: { id: choice.measureId }, select: { subjectId: true } });
    if (!measure || measure.subjectId !== subjectId) {
      throw new AppError("VALIDATION", "That measure belongs to another subject: pick one of this subject's.", {
        measureId: ["Pick a measure of this claim's subject."],
      });
    }
    return choice.measureId;
  }
  if (!choice.newMeasureName && current?.subjectId === subjectId && current.hasFigure) return current.measureId;
  const name = choice.newMeasureName || choice.unit;
  const slug = slugify(name);
  const measure = await tx.measure.upsert({
    where: { subjectId_slug: { subjectId, slug } },
    create: { subjectId, slug, name, unit: choice.unit },
    update: {},
    select: { id: true },
  });
  return measure.id;
}

/** The measures of a subject, for the claim editor's picker. */
export async function measuresOf(tx: Tx, subjectId: string) {
  return tx.measure.findMany({
    where: { subjectId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, unit: true },
  });
}
