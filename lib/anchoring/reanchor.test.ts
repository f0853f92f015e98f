import { describe, expect, it } from "vitest";
import { MIN_SIMILARITY, reanchorQuote, summarize } from "./reanchor";
import { selectorsAt } from "./selectors";

// Our own versions of the plain-text cases of Hypothesis' anchoring tests
// (hypothesis/client src/annotator/anchoring/test/match-quote-test.js), on our outcomes.
const squeeze = (s: string) => s.replace(/\s+/g, " ");
const solitude = squeeze(`Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to
  remember that distant afternoon when his father took him to discover ice`);
const twoCities = squeeze(`It was the best of times, it was the worst of times, it was the age of wisdom,
  it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was
  the season of Light, it was the season of Darkness, it was the spring of hope, it was the winter of
  despair, we had everything before us, we had nothing before us, we were all going direct to Heaven,
  we were all going direct the other way.`);

const at = (body: string, exact: string, from = 0) => {
  const start = body.indexOf(exact, from);
  return selectorsAt(body, start, start + exact.length);
};
const quote = (exact: string, rest: Partial<{ prefix: string; suffix: string; start: number }> = {}) => ({
  exact,
  prefix: rest.prefix ?? "",
  suffix: rest.suffix ?? "",
  start: rest.start ?? 0,
  end: (rest.start ?? 0) + exact.length,
});

describe("reanchorQuote: the four outcomes", () => {
  it("keeps an unchanged quote where it was", () => {
    const stored = at(solitude, "discover ice");
    expect(reanchorQuote(solitude, stored)).toEqual({ kind: "same", anchor: stored });
  });

  it("moves a quote whose words and context shifted, and refreshes its context", () => {
    const stored = at(solitude, "firing squad");
    const edited = "Then " + solitude;
    const outcome = reanchorQuote(edited, stored);
    expect(outcome.kind).toBe("moved");
    if (outcome.kind !== "moved") return;
    expect(outcome.anchor.start).toBe(stored.start + 5);
    expect(edited.slice(outcome.anchor.start, outcome.anchor.end)).toBe("firing squad");
  });

  it("offers the best approximate match when the words changed a little, for confirmation", () => {
    const stored = at(solitude, "Colonel Aureliano Buendía");
    const edited = solitude.replace("Buendía", "Buendia");
    const outcome = reanchorQuote(edited, stored);
    expect(outcome.kind).toBe("fuzzy");
    if (outcome.kind !== "fuzzy") return;
    expect(outcome.anchor.exact).toBe("Colonel Aureliano Buendia");
    expect(outcome.similarity).toBeGreaterThan(MIN_SIMILARITY);
    expect(outcome.similarity).toBeLessThan(1);
  });

  it("finds 'Many years later' for 'some years later' (Hypothesis: best approximate match)", () => {
    const outcome = reanchorQuote(solitude, quote("some years later", { suffix: ", as he faced" }));
    expect(outcome.kind).toBe("fuzzy");
    if (outcome.kind === "fuzzy") expect(outcome.anchor.exact).toBe("Many years later");
  });

  it("ranks approximate matches by how alike the words are (Hypothesis: quote similarity)", () => {
    const quotes = ["Many years later", "Many yers later", "Mony yers later"];
    const scores = quotes.map((q) => {
      const o = reanchorQuote(solitude, quote(q));
      return o.kind === "fuzzy" ? o.similarity : o.kind === "orphaned" ? 0 : 1;
    });
    expect(scores[0]).toBe(1);
    expect(scores[1]).toBeLessThan(scores[0]);
    expect(scores[2]).toBeLessThan(scores[1]);
  });

  it("orphans a quote with no acceptable match (Hypothesis: null for an unrelated quote)", () => {
    expect(reanchorQuote(twoCities, quote(solitude)).kind).toBe("orphaned");
  });

  it("orphans a quote against an empty text (Hypothesis: empty text)", () => {
    expect(reanchorQuote("", quote("foobar")).kind).toBe("orphaned");
  });

  it("never moves the same words to a different sentence silently", () => {
    const body = "The army said 40 were killed. Later, officials said 40 were killed in the strike.";
    const stored = at(body, "40 were killed");
    const edited = "The army gave no figure. Later, officials said 40 were killed in the strike.";
    expect(reanchorQuote(edited, stored).kind).toBe("fuzzy");
  });
});

describe("reanchorQuote: a quote that occurs more than once anchors where its context says", () => {
  // Hypothesis: "finds match with best context match", exact and approximate prefixes and suffixes.
  const cases = [
    { exact: "before us", prefix: "we had everything ", expected: "before us, we had nothing" },
    { exact: "before us", prefix: "we had nothing ", expected: "before us, we were all going" },
    { exact: "before us", prefix: "we had every-thing ", expected: "before us, we had nothing" },
    { exact: "before us", prefix: "we had nout ", expected: "before us, we were all going" },
    { exact: "we had", suffix: " everything", expected: "we had everything" },
    { exact: "we had", suffix: " nothing", expected: "we had nothing" },
    { exact: "we had", suffix: " ever ting", expected: "we had everything" },
    { exact: "we had", suffix: " nutting", expected: "we had nothing" },
  ];
  it.each(cases)("$exact after '$prefix' before '$suffix'", ({ exact, prefix, suffix, expected }) => {
    // Stored at a position where neither occurrence is, so only the context can decide.
    const outcome = reanchorQuote(twoCities, quote(exact, { prefix, suffix, start: 0 }));
    expect(outcome.kind).toBe("moved");
    if (outcome.kind === "moved") expect(outcome.anchor.start).toBe(twoCities.indexOf(expected));
  });

  it("uses the old position to choose between equally fitting occurrences (Hypothesis: hint)", () => {
    const posA = twoCities.indexOf("everything before us") + "everything ".length;
    const posB = twoCities.indexOf("nothing before us") + "nothing ".length;
    for (const hint of [posA, posB]) {
      const outcome = reanchorQuote(twoCities, quote("befor us", { start: hint }));
      expect(outcome.kind).toBe("fuzzy");
      if (outcome.kind === "fuzzy") expect(outcome.anchor.start).toBe(hint);
    }
  });

  it("matches when the prefix is longer than the text before the match (Hypothesis)", () => {
    const outcome = reanchorQuote(solitude, quote("years later", { prefix: "It used to be many ", start: 40 }));
    expect(outcome.kind).toBe("moved");
    if (outcome.kind === "moved") expect(outcome.anchor.exact).toBe("years later");
  });

  it("matches at the end of the text with a suffix that is gone (Hypothesis)", () => {
    const text = "Some document text";
    const outcome = reanchorQuote(text, quote("text", { prefix: "document ", suffix: "missing", start: 2 }));
    expect(outcome.kind).toBe("moved");
    if (outcome.kind === "moved") expect(outcome.anchor.start).toBe(14);
  });
});

describe("summarize", () => {
  it("counts each outcome", () => {
    const body = "alpha beta gamma";
    expect(
      summarize([reanchorQuote(body, at(body, "beta")), reanchorQuote(body, quote("zzzzzzzz")), { kind: "orphaned" }]),
    ).toEqual({ same: 1, moved: 0, fuzzy: 0, orphaned: 2 });
  });
});
