/**
 * Splits a text into runs so that overlapping highlights stay readable: each run knows every
 * range covering it, and the renderer marks a run once, however many quotes share it.
 */
export type Range = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; text: string; covering: string[]; opens: string[] };

export function segmentText(text: string, ranges: Range[]): Segment[] {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end);
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    const covering = valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    const opens = valid.filter((r) => r.start === start).map((r) => r.id);
    segments.push({ start, end, text: text.slice(start, end), covering, opens });
  }
  return segments;
}

/** The narrowest range covering a run: where the run links, so a quote nested in a longer one stays reachable. */
export function narrowestCovering<R extends Range>(segment: Segment, byId: Map<string, R>): R {
  return segment.covering
    .map((id) => byId.get(id)!)
    .reduce((best, r) => (r.end - r.start < best.end - best.start ? r : best));
}
