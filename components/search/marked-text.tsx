import type { Segment } from "@/lib/search/highlight";

/** Text with its matching words in <mark>: segments are text, never HTML. */
export function MarkedText({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
