import type { CorrectionState } from "./schemas";

/**
 * What staff may do with a correction request, by its state: an open request is answered or
 * closed; an answered one can still be closed (the reader wrote back, or it is settled); a closed
 * one is final. The one table the data layer and the queue's buttons consult.
 */
export type CorrectionStep = "answer" | "close";

export const CORRECTION_STEPS: Record<CorrectionState, readonly CorrectionStep[]> = {
  OPEN: ["answer", "close"],
  ANSWERED: ["close"],
  CLOSED: [],
};

export const STEP_RESULT: Record<CorrectionStep, CorrectionState> = { answer: "ANSWERED", close: "CLOSED" };

export function canTake(state: CorrectionState, step: CorrectionStep): boolean {
  return CORRECTION_STEPS[state].includes(step);
}

/** The states a step may start from, for an atomic "update where state in …". */
export function statesAllowing(step: CorrectionStep): CorrectionState[] {
  return (Object.keys(CORRECTION_STEPS) as CorrectionState[]).filter((state) => canTake(state, step));
}
