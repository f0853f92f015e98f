import { beforeAll, describe, expect, it } from "vitest";
import { seedSampleData } from "../../prisma/seed";
import { makeStaff } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { approveArticleRevision, changeArticleBody } from "./mutations";

/**
 * An example correction of each sample article, the same recipe for all five: one word changed
 * inside one quote (it should need confirmation), another quote's words removed (orphaned), and a
 * correction note inserted between them (the quotes after it move; those before stay). Each quote's
 * outcome is checked against where it sits, and the counts are printed for the record.
 */
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  await seedSampleData();
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
}, 120_000);

const NOTE = "\n\nCorrection: an earlier version of this article misstated a detail.";

describe("re-anchoring the sample articles after an example correction", () => {
  it("gives every quote the outcome its position calls for", async () => {
    const articles = await db().article.findMany({
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        headline: true,
        versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, body: true, quotes: true } },
      },
    });
    expect(articles).toHaveLength(5);
    const report: string[] = [];
    for (const article of articles) {
      const { body, quotes, number } = article.versions[0];
      const sorted = [...quotes].sort((a, b) => a.start - b.start);
      if (sorted.length < 2) continue;
      const changed = sorted[Math.floor((sorted.length - 1) / 2)];
      const removed = sorted.find((q) => q.start >= changed.end + 1);
      if (!removed) continue;
      // One word inside `changed` gets a letter doubled; `removed` is replaced by unrelated words.
      const word = /[A-Za-z]{4,}/.exec(changed.exact)!;
      const at = changed.start + word.index + 1;
      const notePlace = body.indexOf("\n\n", changed.end);
      const insertAt = notePlace >= 0 && notePlace < removed.start ? notePlace : changed.end;
      const edited =
        body.slice(0, at) +
        body[at] +
        body.slice(at, insertAt) +
        NOTE +
        body.slice(insertAt, removed.start) +
        "[words removed in the correction]" +
        body.slice(removed.end);
      const result = await changeArticleBody(
        editor,
        article.id,
        { body: edited, reason: "Example correction" },
        number,
      );
      const applied =
        result.kind === "revision" ? await approveArticleRevision(reviewer, result.revisionId, "Checked.") : result;
      report.push(`${article.headline.slice(0, 50)}: ${JSON.stringify(applied.summary)} (${quotes.length} quotes)`);

      const open = await db().quoteReanchor.findMany({
        where: { quoteId: { in: quotes.map((q) => q.id) }, resolvedAt: null },
        select: { quoteId: true, outcome: true },
      });
      const outcomeOf = new Map(open.map((o) => [o.quoteId, o.outcome]));
      const after = await db().quote.findMany({ where: { id: { in: quotes.map((q) => q.id) } } });
      expect(after).toHaveLength(quotes.length); // never dropped
      for (const q of after) {
        const before = quotes.find((b) => b.id === q.id)!;
        const overlaps = (x: { start: number; end: number }) => before.start < x.end && x.start < before.end;
        if (q.id === changed.id) expect(outcomeOf.get(q.id)).toBe("FUZZY");
        else if (q.id === removed.id) expect(outcomeOf.get(q.id)).toBe("ORPHANED");
        else if (overlaps(changed) || overlaps(removed))
          expect(outcomeOf.has(q.id) || q.exact === before.exact).toBe(true);
        else if (before.end <= at) expect([q.start, outcomeOf.has(q.id)]).toEqual([before.start, false]);
        else expect(outcomeOf.has(q.id)).toBe(false);
        // A quote re-anchored without a person points at its own words in the new version.
        if (!outcomeOf.has(q.id)) {
          const version = await db().articleVersion.findUniqueOrThrow({ where: { id: q.articleVersionId } });
          expect(version.body.slice(q.start, q.end)).toBe(q.exact);
        }
      }
    }
    console.log(`Re-anchoring results on the sample data:\n${report.join("\n")}`);
    expect(report.length).toBeGreaterThan(0);
  });
});
