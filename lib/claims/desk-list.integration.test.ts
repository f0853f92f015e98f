import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeClaim, makeStaff, publishClaim } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { propose } from "../reviews/mutations";
import { countProposalsAwaiting } from "../reviews/awaiting";
import { addQuote } from "./mutations";
import { DESK_CLAIMS_PAGE_SIZE, listDeskClaims, parseDeskClaimFilters } from "./desk-list";

let editor: Actor;
let otherEditor: Actor;
let reviewer: Actor;
let otherReviewer: Actor;
let admin: Actor;
const claims: Record<string, string> = {};

const list = (actor: Actor, params: Record<string, string> = {}) =>
  listDeskClaims(actor, parseDeskClaimFilters(params));
const statements = async (actor: Actor, params: Record<string, string> = {}) =>
  (await list(actor, params)).claims.map((c) => c.statement).sort();

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  otherEditor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
  otherReviewer = await makeStaff("REVIEWER");
  admin = await makeStaff("ADMIN");
  const make = async (key: string, by: Actor) => {
    claims[key] = (await makeClaim(by, { statement: `Desk list ${key}` })).id;
  };
  await make("unquoted", editor);
  await make("quoted", editor);
  await make("published", otherEditor);
  await make("pendingByEditor", editor);
  await make("pendingByReviewer", reviewer);
  await make("redaction", otherEditor);
  const article = await makeArticle(editor, "The quoted sentence is here.\n\nAnother sentence follows.");
  await addQuote(editor, claims.quoted, { articleId: article.id, exact: "The quoted sentence is here." });
  await publishClaim(claims.published, otherEditor, reviewer);
  await propose(editor, { claimId: claims.pendingByEditor, kind: "PUBLISH", rationale: "Ready for readers." });
  await propose(reviewer, { claimId: claims.pendingByReviewer, kind: "PUBLISH", rationale: "Ready." });
  await propose(reviewer, {
    claimId: claims.redaction,
    kind: "REDACTION",
    redactionTarget: "STATEMENT",
    publicReason: "A court order.",
    rationale: "Legal asked.",
  });
});

describe("the desk's claims list", () => {
  it("lists every claim, internal and unquoted ones included, newest first", async () => {
    const { claims: rows } = await list(editor);
    expect(rows.map((c) => c.id)).toEqual([
      claims.redaction,
      claims.pendingByReviewer,
      claims.pendingByEditor,
      claims.published,
      claims.quoted,
      claims.unquoted,
    ]);
    expect(rows.find((c) => c.id === claims.unquoted)).toMatchObject({ quoteCount: 0, visibility: "INTERNAL" });
    expect(rows.find((c) => c.id === claims.quoted)).toMatchObject({ quoteCount: 1 });
    expect(rows.find((c) => c.id === claims.pendingByEditor)).toMatchObject({ pendingKind: "PUBLISH" });
  });

  it("searches statements by every word, in any case", async () => {
    expect(await statements(editor, { q: "desk LIST unquoted" })).toEqual(["Desk list unquoted"]);
    expect(await statements(editor, { q: "no such words" })).toEqual([]);
  });

  it("filters by status and by visibility", async () => {
    expect(await statements(editor, { visibility: "PUBLIC" })).toEqual(["Desk list published"]);
    expect(await statements(editor, { status: "CONFLICTING" })).toEqual([]);
    expect((await statements(editor, { status: "UNVERIFIED", visibility: "INTERNAL" })).length).toBe(5);
  });

  it("filters to claims with a pending proposal, with no quote, and the caller's own", async () => {
    expect(await statements(editor, { pending: "1" })).toEqual(
      ["Desk list pendingByEditor", "Desk list pendingByReviewer", "Desk list redaction"].sort(),
    );
    expect(await statements(editor, { noQuote: "1", mine: "1" })).toEqual(
      ["Desk list pendingByEditor", "Desk list unquoted"].sort(),
    );
    expect(await statements(otherEditor, { mine: "1" })).toEqual(["Desk list published", "Desk list redaction"]);
  });

  it("needs my review: proposals the caller may decide, never their own, redactions for admins only", async () => {
    expect(await statements(reviewer, { review: "1" })).toEqual(["Desk list pendingByEditor"]);
    expect(await statements(otherReviewer, { review: "1" })).toEqual(
      ["Desk list pendingByEditor", "Desk list pendingByReviewer"].sort(),
    );
    expect(await statements(admin, { review: "1" })).toEqual(
      ["Desk list pendingByEditor", "Desk list pendingByReviewer", "Desk list redaction"].sort(),
    );
    // An editor decides nothing: an empty list, not an error.
    expect(await statements(editor, { review: "1" })).toEqual([]);
  });

  it("ignores malformed filter values instead of failing", async () => {
    const filters = parseDeskClaimFilters({
      status: "NOPE",
      visibility: ["PUBLIC", "x"],
      after: "garbage",
      q: ["a", "b"],
    });
    expect(filters).toMatchObject({ status: undefined, visibility: "PUBLIC", q: "a", pending: false });
    expect((await list(editor, { status: "NOPE", after: "2020-01-01T00:00:00.000Z_x" })).claims).toEqual([]);
  });

  it("is staff-only, refused in the data layer", async () => {
    const error = await listDeskClaims(null as unknown as Actor, parseDeskClaimFilters({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAUTHENTICATED");
  });
});

describe("paging", () => {
  it("pages by keyset: every claim once, in order, however many there are", async () => {
    const subject = await db().subject.findFirstOrThrow({ select: { id: true } });
    const createdAt = new Date("2001-01-01T00:00:00Z");
    // More than two pages, many sharing one creation time, so the id breaks the ties.
    await db().claim.createMany({
      data: Array.from({ length: DESK_CLAIMS_PAGE_SIZE * 2 + 5 }, (_, i) => ({
        id: `paged-${String(i).padStart(3, "0")}`,
        statement: `Paged claim ${i}`,
        subjectId: subject.id,
        createdById: editor.id,
        createdAt: i % 2 ? createdAt : new Date(createdAt.getTime() + i * 1000),
      })),
    });
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await list(editor, { q: "Paged claim", ...(after ? { after } : {}) });
      expect(result.isFirstPage).toBe(page === 0);
      seen.push(...result.claims.map((c) => c.id));
      if (!result.next) break;
      after = result.next;
    }
    expect(seen).toHaveLength(DESK_CLAIMS_PAGE_SIZE * 2 + 5);
    expect(new Set(seen).size).toBe(seen.length);
    const expected = await db().claim.findMany({
      where: { statement: { startsWith: "Paged claim" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(expected.map((c) => c.id));
  });
});

describe("the staff header's count", () => {
  it("counts the proposals each reviewer may decide, and none for an editor", async () => {
    expect(await countProposalsAwaiting(reviewer)).toBe(1);
    expect(await countProposalsAwaiting(otherReviewer)).toBe(2);
    expect(await countProposalsAwaiting(admin)).toBe(3);
    expect(await countProposalsAwaiting(editor)).toBe(0);
  });

  it("leaves out a proposal the reviewer wrote part of", async () => {
    await db().review.updateMany({
      where: { claimId: claims.pendingByEditor, state: "PENDING" },
      data: { authorIds: { push: otherReviewer.id } },
    });
    expect(await countProposalsAwaiting(otherReviewer)).toBe(1);
    expect(await statements(otherReviewer, { review: "1" })).toEqual(["Desk list pendingByReviewer"]);
  });
});
