import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeClaim, makeStaff } from "../../test/factories";
import { quoteRows, reanchorCase } from "../../test/reanchor-case";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { verifyAllHistory } from "../history/verify";
import { changeArticleBody } from "./mutations";

/**
 * An edit of an article quoted 10,000 times (a long live blog, many claims) is one transaction: it
 * used to take two or more statements per quote and ran past the transaction's 5 s limit, so the
 * editor's change failed. Every quote still gets its outcome and the history stays valid.
 */
const QUOTES = 10_000;
const CLAIMS = 100;

let editor: Actor;

const versionSum = async (ids: string[]) =>
  (await db().claim.aggregate({ where: { id: { in: ids } }, _sum: { version: true } }))._sum.version ?? 0;

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
});

describe("editing an article with 10,000 quotes", () => {
  it("re-anchors every quote in one change, with one event per moved quote and a valid history", async () => {
    const c = reanchorCase(QUOTES);
    const article = await makeArticle(editor, c.body);
    const version = await db().articleVersion.findFirstOrThrow({
      where: { articleId: article.id },
      select: { id: true, body: true },
    });
    expect(version.body).toBe(c.body);
    const claims: { id: string }[] = [];
    for (let i = 0; i < CLAIMS; i++) claims.push(await makeClaim(editor));
    const claimIds = claims.map((claim) => claim.id);
    await db().quote.createMany({
      data: quoteRows(c, { versionId: version.id, body: version.body, createdById: editor.id, claimIds }),
    });

    const versionsBefore = await versionSum(claimIds);
    // The last paragraph moves to the top: its quotes find the same words elsewhere. One sentence
    // is reworded: its 5 quotes need a person.
    const result = await changeArticleBody(editor, article.id, { body: c.edits.moved, reason: "Update moved up" }, 1);
    if (result.kind !== "version") throw new Error(`expected a version, got ${result.kind}`);
    const { summary } = result;
    expect(summary.same + summary.moved + summary.fuzzy + summary.orphaned).toBe(QUOTES);
    expect(summary.moved).toBeGreaterThanOrEqual(100);
    expect(summary.fuzzy + summary.orphaned).toBe(5);

    const latest = await db().articleVersion.findFirstOrThrow({
      where: { articleId: article.id, number: 2 },
      select: { id: true, body: true },
    });
    const placed = await db().quote.findMany({
      where: { articleVersionId: latest.id },
      select: { exact: true, start: true, end: true },
    });
    expect(placed.length).toBe(summary.same + summary.moved);
    expect(placed.filter((q) => latest.body.slice(q.start, q.end) !== q.exact)).toEqual([]);
    expect(await db().quoteReanchor.count({ where: { toVersionId: latest.id, resolvedAt: null } })).toBe(5);
    expect(await db().claimEvent.count({ where: { kind: "QUOTE_REANCHORED" } })).toBe(summary.moved);
    // One version bump per moved quote, spread over the claims.
    expect((await versionSum(claimIds)) - versionsBefore).toBe(summary.moved);

    const report = await verifyAllHistory();
    expect(report.breaks).toEqual([]);
    expect(report.claimsChecked).toBeGreaterThanOrEqual(CLAIMS);
  });
});
