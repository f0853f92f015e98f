import { isoAtPrecision } from "../dates/precision";
import type { ClaimFields } from "./fields";

/** A claim's working fields as the claim editor's field values (the inverse of claimFormSchema). */
export function toClaimFormValues(
  claim: ClaimFields & { internalNotes: string | null },
  measureName = "",
): Record<string, string> {
  const q = claim.quantity;
  const on = (flag: boolean) => (flag ? "on" : "");
  const num = (n: number | null | undefined) => (n == null ? "" : String(n));
  return {
    statement: claim.statement,
    subjectId: claim.subjectId,
    speakerId: claim.speakerId ?? "",
    stated:
      claim.statedOn && claim.statedPrecision
        ? isoAtPrecision({ on: claim.statedOn, precision: claim.statedPrecision })
        : "",
    statedInferred: on(claim.statedInferred),
    hasQuantity: on(Boolean(q)),
    value: num(q?.value),
    low: num(q?.low),
    high: num(q?.high),
    unit: q?.unit ?? "",
    measure: q ? measureName : "",
    approximate: on(Boolean(q?.approximate)),
    asOf: q?.asOf && q.asOfPrecision ? isoAtPrecision({ on: q.asOf, precision: q.asOfPrecision }) : "",
    asOfInferred: on(Boolean(q?.asOfInferred)),
    scopePlace: q?.scopePlace ?? "",
    scopePopulation: q?.scopePopulation ?? "",
    scopeMethod: q?.scopeMethod ?? "",
    internalNotes: claim.internalNotes ?? "",
  };
}
