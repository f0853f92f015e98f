import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { verifyChain } from "../lib/history/chain";
import { DEMO_USERS, seedSampleData } from "./seed";

const FURNITURE = [
  "Related Articles",
  "Back to top button",
  "Editor Picks",
  "Click the alert icon",
  "Accessibility links",
];

beforeAll(async () => {
  await seedSampleData();
}, 120_000);

describe("the sample newsroom", () => {
  it("has the demo staff with their roles, passwords hashed and never readable by default", async () => {
    const users = await db().user.findMany({ select: { email: true, role: true, passwordHash: true } });
    expect(users.map((u) => [u.email, u.role]).sort()).toEqual(DEMO_USERS.map((u) => [u.email, u.role]).sort());
    expect(users.every((u) => u.passwordHash?.startsWith("$argon2id$"))).toBe(true);
    const plain = await db().user.findFirstOrThrow();
    expect(plain).not.toHaveProperty("passwordHash");
  });

  it("keeps each article's raw text and a cleaned body without page furniture", async () => {
    const versions = await db().articleVersion.findMany({ include: { article: { include: { outlet: true } } } });
    expect(versions).toHaveLength(5);
    for (const v of versions) {
      for (const junk of FURNITURE) expect(v.body, `${v.article.headline}: ${junk}`).not.toContain(junk);
      expect(v.rawText.length).toBeGreaterThan(v.body.length);
    }
    expect(versions.some((v) => FURNITURE.some((junk) => v.rawText.includes(junk)))).toBe(true);
    const mef = versions.find((v) => v.article.outlet?.name === "Middle East Forum")!;
    expect(mef.article.publishedPrecision).toBe("MONTH");
    expect(mef.article.publishedInferred).toBe(true);
    expect(mef.body).not.toContain("pro-Hamas");
  });

  it("anchors every quote at exactly its text in the cleaned body, with matching context", async () => {
    const quotes = await db().quote.findMany({ include: { articleVersion: { select: { body: true } } } });
    expect(quotes.length).toBeGreaterThanOrEqual(12);
    for (const q of quotes) {
      const body = q.articleVersion.body;
      expect(body.slice(q.start, q.end)).toBe(q.exact);
      expect(body.slice(0, q.start).endsWith(q.prefix)).toBe(true);
      expect(body.slice(q.end).startsWith(q.suffix)).toBe(true);
    }
  });

  it("records the motivating pair as figures on one subject, the 2020 one updating the 2019 one", async () => {
    const claims = await db().claim.findMany({
      where: { speaker: { name: { contains: "Hashemi" } }, quantity: { isNot: null } },
      include: { quantity: true, subject: true, linksFrom: true },
      orderBy: { statedOn: "asc" },
    });
    const [y2019, y2020] = claims;
    expect(y2019.quantity).toMatchObject({ value: 1000, unit: "fighters", approximate: true });
    expect(y2019.quantity!.scopePlace).toMatch(/Baaj, Rawah and Tharthar/);
    expect(y2020.quantity).toMatchObject({ low: 3500, high: 4000, unit: "fighters" });
    expect(y2020.quantity!.scopePlace).toMatch(/11 operational sectors/);
    expect(y2020.subjectId).toBe(y2019.subjectId);
    expect(y2020.linksFrom).toContainEqual(expect.objectContaining({ toClaimId: y2019.id, type: "UPDATES" }));
  });

  it("reached every status through an approved review by someone other than the proposer", async () => {
    const decided = await db().claim.findMany({
      where: { status: { not: "UNVERIFIED" } },
      include: { reviews: { include: { proposer: true, reviewer: true } } },
    });
    expect(decided.length).toBeGreaterThanOrEqual(3);
    for (const claim of decided) {
      const approved = claim.reviews.filter((r) => r.state === "APPROVED" && r.toStatus === claim.status);
      expect(approved, claim.statement).toHaveLength(1);
      expect(approved[0].proposer.role).toBe("EDITOR");
      expect(approved[0].reviewer?.role).toBe("REVIEWER");
      expect(approved[0].rationale.length).toBeGreaterThan(10);
    }
    expect(decided.some((c) => c.status === "CONFLICTING")).toBe(true);
  });

  it("published every claim through an approved publish proposal by someone other than its author", async () => {
    const claims = await db().claim.findMany({ include: { reviews: true } });
    for (const claim of claims) {
      expect(claim.visibility, claim.statement).toBe("PUBLIC");
      const publish = claim.reviews.filter((r) => r.kind === "PUBLISH" && r.state === "APPROVED");
      expect(publish, claim.statement).toHaveLength(1);
      expect(publish[0].authorIds).toContain(claim.createdById);
      expect(publish[0].authorIds).not.toContain(publish[0].reviewerId);
      expect(publish[0].publicSummary?.length).toBeGreaterThan(10);
    }
  });

  it("counts article 02 (outlet unknown) as no independent source: its pairs stay unverified", async () => {
    const claim = await db().claim.findFirstOrThrow({
      where: { statement: { startsWith: "ISIS lost its last territory" } },
    });
    expect(claim.status).toBe("UNVERIFIED");
  });

  it("gives every claim an unbroken, verifiable history that starts with its creation", async () => {
    const claims = await db().claim.findMany({ include: { events: { orderBy: { seq: "asc" } } } });
    expect(claims.length).toBeGreaterThanOrEqual(12);
    for (const claim of claims) {
      expect(claim.events[0].kind).toBe("CREATED");
      expect(verifyChain(claim.events)).toEqual([]);
      if (claim.status !== "UNVERIFIED") {
        expect(claim.events.map((e) => e.kind)).toEqual(
          expect.arrayContaining(["PROPOSED", "PUBLISHED", "STATUS_APPROVED"]),
        );
      }
    }
  });

  it("passes history:verify: tagged events, replayed claim rows, no break", async () => {
    const { verifyAllHistory } = await import("../lib/history/verify");
    expect((await verifyAllHistory()).breaks).toEqual([]);
  });

  it("loads only once: a second run changes nothing", async () => {
    const before = await db().claimEvent.count();
    await seedSampleData();
    expect(await db().claimEvent.count()).toBe(before);
  });
});
