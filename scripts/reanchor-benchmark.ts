/**
 * Times re-anchoring 10,000 quotes after an edit (issue 14 target: under 2 s), on the pure
 * algorithm (lib/anchoring/reanchor.ts), without the database: `npx tsx scripts/reanchor-benchmark.ts`.
 * The text is 2,000 sentences (~150,000 characters, a long article or many short ones at once);
 * the edit inserts a paragraph in the middle and rewords 1 quote in 100 (across the text, so the
 * position map of the edit covers only the quotes before the first and after the last change).
 */
import { performance } from "node:perf_hooks";
import { positionMap, reanchorQuote, summarize } from "../lib/anchoring/reanchor";
import { selectorsAt } from "../lib/anchoring/selectors";

const WORDS = "the army said fighters were killed in desert near Baaj on Monday officials estimated about".split(" ");
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const sentence = (i: number) =>
  `Sentence ${i}: ${Array.from({ length: 10 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ")}.`;

const sentences = Array.from({ length: 2000 }, (_, i) => sentence(i));
const body = sentences.join(" ");
const quotes = Array.from({ length: 10_000 }, (_, i) => {
  const s = sentences[i % sentences.length];
  const start = body.indexOf(s) + 12 + (i % 7);
  return selectorsAt(body, start, start + 30 + (i % 20));
});

const middle = body.indexOf(sentences[1000]);
let edited = `${body.slice(0, middle)}A correction was added here. ${body.slice(middle)}`;
for (let i = 0; i < 100; i++) {
  const q = quotes[i * 100];
  const at = edited.indexOf(q.exact);
  if (at >= 0) edited = edited.slice(0, at + 5) + "X" + edited.slice(at + 6);
}

const started = performance.now();
const map = positionMap(body, edited);
let shift = 0;
const outcomes = quotes
  .map((q, i) => ({ q, i }))
  .sort((a, b) => a.q.start - b.q.start)
  .map(({ q }) => {
    const outcome = reanchorQuote(edited, q, [map(q.start, q.end), q.start + shift]);
    if (outcome.kind === "same" || outcome.kind === "moved") shift = outcome.anchor.start - q.start;
    return outcome;
  });
const ms = performance.now() - started;
console.log(
  `Re-anchored ${quotes.length.toLocaleString("en")} quotes on a ${edited.length.toLocaleString("en")}-character text in ${Math.round(ms)} ms:`,
  summarize(outcomes),
);
if (ms > 2000) process.exitCode = 1;
