/** Each reliability test prints its figure, so a run's log says what was measured, not only "passed". */
export function report(test: string, figure: string, since: number): void {
  console.log(`[reliability] ${test}: ${figure} (${((Date.now() - since) / 1000).toFixed(1)} s)`);
}

/** A claim's event sequence numbers run 1, 2, 3… with no gap or repeat. */
export function gapless(seqs: number[]): boolean {
  return seqs.every((seq, i) => seq === i + 1);
}
