import { selectorsAt } from "../lib/anchoring/selectors";

/**
 * The re-anchoring case of the integration test (lib/articles/reanchor-many.integration.test.ts)
 * and the benchmark (scripts/bench/writes.ts): an article of 100 paragraphs of 20 sentences, quoted
 * 10,000 times (5 quotes a sentence, each a sentence's label and first words, unique in the text),
 * and two edits of it.
 */
const WORDS = "the army said fighters were killed in desert near Baaj on Monday officials estimated about".split(" ");

export type ReanchorCase = {
  body: string;
  /** [start, end) of each quote in `body`. */
  quotes: { start: number; end: number }[];
  edits: {
    /** A correction added in the middle and one sentence reworded: most quotes keep their place. */
    correction: string;
    /** The last paragraph moved to the top (a live blog's update): its words are found elsewhere. */
    moved: string;
  };
};

export function reanchorCase(quoteCount = 10_000, seed = 7): ReanchorCase {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const paragraph = (p: number) =>
    Array.from(
      { length: 20 },
      (_, s) => `Sentence ${p}.${s}: ${Array.from({ length: 8 }, () => WORDS[Math.floor(random() * 14)]).join(" ")}.`,
    ).join(" ");
  const paragraphs = Array.from({ length: 100 }, (_, p) => paragraph(p));
  const body = paragraphs.join("\n\n");
  const sentences = [...body.matchAll(/Sentence \d+\.\d+: \S+ \S+/g)];
  const quotes = Array.from({ length: quoteCount }, (_, i) => {
    const match = sentences[i % sentences.length];
    const start = match.index;
    return { start, end: start + match[0].length - (Math.floor(i / sentences.length) % 3) };
  });
  const reworded = (text: string) => text.replace(/Sentence 50\.0: \S+ \S+/, "Sentence fifty, reworded");
  return {
    body,
    quotes,
    edits: {
      correction: reworded(
        [...paragraphs.slice(0, 60), "A correction was added here.", ...paragraphs.slice(60)].join("\n\n"),
      ),
      moved: reworded([paragraphs[99], "A correction was added here.", ...paragraphs.slice(0, 99)].join("\n\n")),
    },
  };
}

/** The case's quotes as Quote rows of one version, spread over the given claims. */
export function quoteRows(
  c: ReanchorCase,
  at: { versionId: string; body: string; createdById: string; claimIds: string[] },
) {
  return c.quotes.map((q, i) => ({
    claimId: at.claimIds[i % at.claimIds.length],
    articleVersionId: at.versionId,
    createdById: at.createdById,
    ...selectorsAt(at.body, q.start, q.end),
  }));
}
