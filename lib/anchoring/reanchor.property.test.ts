import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactOccurrences } from "./match";
import { positionMap, reanchorQuote } from "./reanchor";
import { CONTEXT_LENGTH, selectorsAt } from "./selectors";

// Texts of real-looking words, so repeated words (and repeated quotes) are common.
const word = fc.constantFrom("the", "army", "said", "40", "fighters", "were", "killed", "in", "Baaj", "on", "Monday");
const text = fc.array(word, { minLength: 8, maxLength: 60 }).map((ws) => ws.join(" "));

/** A text, a quote in it (as [start, end)), and an edit (replace [from, to) by `insert`). */
const scenario = fc
  .record({
    body: text,
    q1: fc.nat(),
    q2: fc.nat(),
    e1: fc.nat(),
    e2: fc.nat(),
    insert: fc.array(word, { maxLength: 4 }).map((ws) => (ws.length ? ` ${ws.join(" ")} ` : "")),
  })
  .map(({ body, q1, q2, e1, e2, insert }) => {
    const a = q1 % body.length;
    const b = q2 % body.length;
    const start = Math.min(a, b);
    const end = Math.max(a, b) + 1;
    const x = e1 % (body.length + 1);
    const y = e2 % (body.length + 1);
    return { body, start, end, from: Math.min(x, y), to: Math.max(x, y), insert };
  });

const apply = (body: string, from: number, to: number, insert: string) => body.slice(0, from) + insert + body.slice(to);

describe("re-anchoring properties", () => {
  it("the position map of an edit puts untouched positions where they went", () => {
    fc.assert(
      fc.property(scenario, ({ body, start, end, from, to, insert }) => {
        const edited = apply(body, from, to, insert);
        const mapped = positionMap(body, edited)(start, end);
        if (mapped !== null) expect(edited.slice(mapped, mapped + end - start)).toBe(body.slice(start, end));
        if (end <= from) expect(mapped).toBe(start);
      }),
      { numRuns: 500 },
    );
  });

  it("an edit outside a quote, where the quote's words occur once, re-anchors it exactly", () => {
    fc.assert(
      fc.property(scenario, ({ body, start, end, from, to, insert }) => {
        const outside = to <= start || from >= end;
        fc.pre(outside && (to < start || from > end || insert === ""));
        const stored = selectorsAt(body, start, end);
        const edited = apply(body, from, to, insert);
        fc.pre(exactOccurrences(edited, stored.exact).length === 1);
        const expected = to <= start ? start + insert.length - (to - from) : start;
        const outcome = reanchorQuote(edited, stored);
        expect(["same", "moved", "fuzzy"]).toContain(outcome.kind);
        if (outcome.kind === "orphaned") return;
        expect(outcome.anchor.start).toBe(expected);
        expect(outcome.anchor.exact).toBe(stored.exact);
        // Silent only when the context agrees; a context rewritten by the edit asks a person.
        if (from >= end + CONTEXT_LENGTH || to <= start - CONTEXT_LENGTH) expect(outcome.kind).not.toBe("fuzzy");
      }),
      { numRuns: 500 },
    );
  });

  it("an edit far from a repeated quote keeps it on the occurrence its context names", () => {
    fc.assert(
      fc.property(scenario, ({ body, start, end, from, to, insert }) => {
        fc.pre(to <= start - CONTEXT_LENGTH || from >= end + CONTEXT_LENGTH);
        const stored = selectorsAt(body, start, end);
        const edited = apply(body, from, to, insert);
        const expected = to <= start ? start + insert.length - (to - from) : start;
        // Another occurrence with exactly the same context would be a true tie: not this property.
        const twins = exactOccurrences(edited, stored.exact).filter(
          (s) =>
            s !== expected &&
            edited.slice(0, s).endsWith(stored.prefix) &&
            edited.slice(s + stored.exact.length).startsWith(stored.suffix),
        );
        fc.pre(twins.length === 0);
        const outcome = reanchorQuote(edited, stored);
        expect(outcome.kind === "same" || outcome.kind === "moved").toBe(true);
        if (outcome.kind === "same" || outcome.kind === "moved") expect(outcome.anchor.start).toBe(expected);
        // The shortcut through the edit's position map gives the same answer as the search.
        const hinted = reanchorQuote(edited, stored, [positionMap(body, edited)(start, end)]);
        expect(hinted).toEqual(outcome);
      }),
      { numRuns: 500 },
    );
  });

  it("an edit inside a quote never leaves it silently at a position: fuzzy or orphaned", () => {
    fc.assert(
      fc.property(scenario, ({ body, start, end, from, to, insert }) => {
        fc.pre(from >= start && to <= end && (from < to || insert !== ""));
        const stored = selectorsAt(body, start, end);
        const edited = apply(body, from, to, insert);
        const changed = edited.slice(start, end - (to - from) + insert.length);
        fc.pre(changed !== stored.exact && !edited.includes(stored.exact));
        const outcome = reanchorQuote(edited, stored);
        expect(["fuzzy", "orphaned"]).toContain(outcome.kind);
      }),
      { numRuns: 500 },
    );
  });

  it("every quote gets an outcome, and a silent one always points at its exact words", () => {
    fc.assert(
      fc.property(scenario, ({ body, start, end, from, to, insert }) => {
        const stored = selectorsAt(body, start, end);
        const edited = apply(body, from, to, insert);
        const outcome = reanchorQuote(edited, stored);
        if (outcome.kind === "same" || outcome.kind === "moved") {
          expect(edited.slice(outcome.anchor.start, outcome.anchor.end)).toBe(stored.exact);
        }
        if (outcome.kind === "fuzzy") {
          expect(edited.slice(outcome.anchor.start, outcome.anchor.end)).toBe(outcome.anchor.exact);
        }
      }),
      { numRuns: 500 },
    );
  });
});
