import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeClaim, makeStaff, publishClaim } from "../../test/factories";
import { apiClaim, apiClaimHistory, apiClaims } from "../api/queries";
import type { Actor } from "../auth/actor";
import { getPublicClaim } from "../claims/queries";
import { db } from "../db/client";
import { AppError } from "../errors";
import { STAMP_MIN_AGE_MS } from "./form-stamp";
import {
  answerCorrectionRequest,
  closeCorrectionRequest,
  CORRECTION_ADDRESS_LIMIT,
  NOT_SENT,
  submitCorrectionRequest,
} from "./mutations";
import { countOpenCorrectionRequests, listCorrectionRequests } from "./queries";
import { correctionRequestSchema, type CorrectionRequestInput } from "./schemas";
import { newFormStamp } from "./stamp-key";

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
};

/** A fresh client address per test, so the per-address limit of one test leaves the others alone. */
const address = () => `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
const NOW = Date.now();

let editor: Actor;
let reviewer: Actor;
let admin: Actor;
let claimId: string;
let internalClaimId: string;

function request(overrides: Partial<Record<keyof CorrectionRequestInput, string>> = {}): CorrectionRequestInput {
  return correctionRequestSchema.parse({
    claimId,
    message: "The figure is from 2018, not 2019: see the ministry's report.",
    email: "reader@example.org",
    sourceUrl: "https://example.org/report",
    website: "",
    formStamp: newFormStamp(NOW - 60_000),
    ...overrides,
  });
}

const storedCount = () => db().correctionRequest.count();

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  reviewer = await makeStaff("REVIEWER");
  admin = await makeStaff("ADMIN");
  const claim = await makeClaim(editor);
  await publishClaim(claim.id, editor, reviewer);
  claimId = claim.id;
  internalClaimId = (await makeClaim(editor)).id;
});

describe("a reader's correction request", () => {
  it("is stored, open, with the e-mail address and source, and counted for staff", async () => {
    const before = await countOpenCorrectionRequests(editor);
    const { reference } = await submitCorrectionRequest(request(), { address: address(), now: NOW });
    const stored = await db().correctionRequest.findUniqueOrThrow({ where: { id: reference } });
    expect(stored).toMatchObject({
      claimId,
      state: "OPEN",
      message: "The figure is from 2018, not 2019: see the ministry's report.",
      email: "reader@example.org",
      sourceUrl: "https://example.org/report",
    });
    expect(await countOpenCorrectionRequests(editor)).toBe(before + 1);
  });

  it("needs neither an e-mail address nor a source", async () => {
    const { reference } = await submitCorrectionRequest(request({ email: "", sourceUrl: " " }), {
      address: address(),
      now: NOW,
    });
    expect(await db().correctionRequest.findUniqueOrThrow({ where: { id: reference } })).toMatchObject({
      email: null,
      sourceUrl: null,
    });
  });

  it("refuses bad fields with a message for each, in words a reader understands", () => {
    const result = correctionRequestSchema.safeParse({
      claimId,
      message: "x".repeat(2001),
      email: "not an address",
      sourceUrl: "javascript:alert(1)",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      message: "At most 2,000 characters.",
      email: "Enter an e-mail address like name@example.org, or leave it empty.",
      sourceUrl: "Use a full web address starting with https:// or http://.",
    });
    const empty = correctionRequestSchema.safeParse({ claimId, message: "  " });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(["Say what is wrong."]);
  });

  it("is refused, storing nothing, when the hidden trap field is filled in", async () => {
    const before = await storedCount();
    const refused = await refusal(
      submitCorrectionRequest(request({ website: "https://spam.example" }), { address: address(), now: NOW }),
    );
    expect(refused).toMatchObject({ code: "VALIDATION", message: NOT_SENT.honeypot });
    expect(await storedCount()).toBe(before);
  });

  it("is refused, storing nothing, when sent faster than a person writes, saying how long to wait", async () => {
    const before = await storedCount();
    const refused = await refusal(
      submitCorrectionRequest(request({ formStamp: newFormStamp(NOW - 1_000) }), { address: address(), now: NOW }),
    );
    expect(refused).toMatchObject({ code: "VALIDATION", message: NOT_SENT.tooFast(2) });
    expect(refused.message).toContain("Wait 2 seconds");
    // The same stamp, once the time has passed, goes through.
    const stamp = newFormStamp(NOW);
    await submitCorrectionRequest(request({ formStamp: stamp }), { address: address(), now: NOW + STAMP_MIN_AGE_MS });
    expect(await storedCount()).toBe(before + 1);
  });

  it("is refused, storing nothing, without a stamp, with a forged one, or with a day-old one", async () => {
    const before = await storedCount();
    const stamp = newFormStamp(NOW - 60_000);
    for (const formStamp of ["", `${Number(stamp.split(".")[0]) - 3_600_000}.${stamp.split(".")[1]}`, "1.abc"]) {
      const refused = await refusal(submitCorrectionRequest(request({ formStamp }), { address: address(), now: NOW }));
      expect(refused, formStamp).toMatchObject({ code: "VALIDATION", message: NOT_SENT.stamp });
    }
    const old = await refusal(
      submitCorrectionRequest(request({ formStamp: newFormStamp(NOW - 25 * 3_600_000) }), {
        address: address(),
        now: NOW,
      }),
    );
    expect(old.message).toBe(NOT_SENT.stamp);
    expect(await storedCount()).toBe(before);
  });

  it("is refused for a claim that is not public", async () => {
    const before = await storedCount();
    for (const id of [internalClaimId, "no-such-claim"]) {
      const refused = await refusal(
        submitCorrectionRequest(request({ claimId: id }), { address: address(), now: NOW }),
      );
      expect(refused).toMatchObject({ code: "NOT_FOUND", message: NOT_SENT.claim });
    }
    expect(await storedCount()).toBe(before);
  });

  it("is limited per client address: over the limit it is refused, storing nothing, and others still get through", async () => {
    const busy = address();
    for (let i = 0; i < CORRECTION_ADDRESS_LIMIT.points; i++) {
      await submitCorrectionRequest(request(), { address: busy, now: NOW });
    }
    const before = await storedCount();
    const refused = await refusal(submitCorrectionRequest(request(), { address: busy, now: NOW }));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.message).toMatch(
      /^Not sent: too many requests came from your network in the last hour\. Try again in \d+ minutes?\.$/,
    );
    expect(await storedCount()).toBe(before);
    // Refused spam does not use up the limit of the address that sent it, nor anyone else's.
    await submitCorrectionRequest(request(), { address: address(), now: NOW });
    expect(await storedCount()).toBe(before + 1);
  });

  it("counts concurrent requests from one address exactly once each", async () => {
    const busy = address();
    const before = await storedCount();
    const results = await Promise.allSettled(
      Array.from({ length: CORRECTION_ADDRESS_LIMIT.points + 3 }, () =>
        submitCorrectionRequest(request(), { address: busy, now: NOW }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(CORRECTION_ADDRESS_LIMIT.points);
    expect(await storedCount()).toBe(before + CORRECTION_ADDRESS_LIMIT.points);
  });
});

describe("answering and closing", () => {
  const fresh = async () => (await submitCorrectionRequest(request(), { address: address(), now: NOW })).reference;

  it("an editor answers an open request: recorded with who, when and the reply; then it can only be closed", async () => {
    const id = await fresh();
    const answered = await answerCorrectionRequest(editor, {
      requestId: id,
      reply: "Thank you, we corrected the year.",
    });
    expect(answered.state).toBe("ANSWERED");
    const again = await refusal(answerCorrectionRequest(reviewer, { requestId: id, reply: "Twice?" }));
    expect(again).toMatchObject({ code: "CONFLICT", fieldErrors: { reply: [expect.stringContaining("already")] } });
    await closeCorrectionRequest(reviewer, { requestId: id, reason: "Corrected on the claim page." });
    const events = await db().correctionRequestEvent.findMany({
      where: { requestId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.kind, e.actorId, e.text])).toEqual([
      ["ANSWERED", editor.id, "Thank you, we corrected the year."],
      ["CLOSED", reviewer.id, "Corrected on the claim page."],
    ]);
    expect(events.every((e) => e.createdAt instanceof Date)).toBe(true);
    expect((await db().correctionRequest.findUniqueOrThrow({ where: { id } })).state).toBe("CLOSED");
  });

  it("a closed request is final", async () => {
    const id = await fresh();
    await closeCorrectionRequest(admin, { requestId: id, reason: "Spam." });
    expect((await refusal(answerCorrectionRequest(admin, { requestId: id, reply: "Hi" }))).message).toBe(
      "This request is already closed.",
    );
    expect((await refusal(closeCorrectionRequest(admin, { requestId: id, reason: "Again" }))).code).toBe("CONFLICT");
    expect(await db().correctionRequestEvent.count({ where: { requestId: id } })).toBe(1);
  });

  it("of two staff answering at once, exactly one answer is recorded", async () => {
    const id = await fresh();
    const results = await Promise.allSettled([
      answerCorrectionRequest(editor, { requestId: id, reply: "First." }),
      answerCorrectionRequest(reviewer, { requestId: id, reply: "Second." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().correctionRequestEvent.count({ where: { requestId: id } })).toBe(1);
  });

  it("needs a reply or a reason, within its limit", async () => {
    const id = await fresh();
    // The data layer refuses with zod's issues; the action wrapper shows each beside its field.
    await expect(answerCorrectionRequest(editor, { requestId: id, reply: " " })).rejects.toThrow("Write the reply.");
    await expect(closeCorrectionRequest(editor, { requestId: id, reason: "x".repeat(1001) })).rejects.toThrow(
      "At most 1,000 characters.",
    );
    expect(await db().correctionRequestEvent.count({ where: { requestId: id } })).toBe(0);
  });

  it("is for staff only: the public cannot, and a made-up request is not found", async () => {
    const id = await fresh();
    expect((await refusal(answerCorrectionRequest(null as unknown as Actor, { requestId: id, reply: "x" }))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await refusal(closeCorrectionRequest(editor, { requestId: "made-up", reason: "x" }))).code).toBe(
      "NOT_FOUND",
    );
    await expect(listCorrectionRequests(null as unknown as Actor)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("keeps the record as written: the database refuses to change or delete an answer", async () => {
    const id = await fresh();
    await answerCorrectionRequest(editor, { requestId: id, reply: "As written." });
    await expect(
      db().$executeRaw`UPDATE "CorrectionRequestEvent" SET text = 'rewritten' WHERE "requestId" = ${id}`,
    ).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM "CorrectionRequestEvent" WHERE "requestId" = ${id}`).rejects.toThrow(
      /append-only/,
    );
  });
});

describe("the staff queue", () => {
  it("lists open requests oldest first with their claim, filters by state, pages, and counts each state", async () => {
    const first = await submitCorrectionRequest(request({ message: "Queue order: the first request." }), {
      address: address(),
      now: NOW,
    });
    const list = await listCorrectionRequests(reviewer, { state: "OPEN" });
    expect(list.rows.every((r) => r.state === "OPEN")).toBe(true);
    const times = list.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(list.counts.OPEN).toBe(list.total);
    expect(list.rows[0].claim).toMatchObject({ id: claimId, visibility: "PUBLIC" });

    await closeCorrectionRequest(reviewer, { requestId: first.reference, reason: "Queue test." });
    const closed = await listCorrectionRequests(reviewer, { state: "CLOSED" });
    expect(closed.rows[0]).toMatchObject({ id: first.reference, events: [{ kind: "CLOSED", text: "Queue test." }] });
    expect(closed.rows[0].events[0].actor.name).toBe(reviewer.name);

    const last = await listCorrectionRequests(editor, { state: "OPEN", page: 1e20 });
    expect(last.page).toBe(last.pageCount);
    expect((await listCorrectionRequests(editor, { state: "OPEN", page: -3 })).page).toBe(1);
  });
});

describe("the reader's e-mail address", () => {
  it("never appears in what the public reads", async () => {
    const email = `private-${randomBytes(4).toString("hex")}@example.org`;
    await submitCorrectionRequest(request({ email }), { address: address(), now: NOW });
    const base = "https://claims.example.org";
    const publicData = [
      await getPublicClaim(claimId),
      await apiClaim(claimId, base),
      await apiClaimHistory(claimId, base),
      await apiClaims({} as Parameters<typeof apiClaims>[0], base).catch(() => null),
    ];
    for (const data of publicData) expect(JSON.stringify(data)).not.toContain(email);
  });

  it("is read only by lib/corrections: no other code queries the table", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        if (["node_modules", "generated", ".next", ".data"].includes(name)) return [];
        if (statSync(full).isDirectory()) return files(full);
        return /\.tsx?$/.test(name) ? [full] : [];
      });
    const readers = ["app", "lib", "components", "scripts"]
      .flatMap((d) => files(path.join(root, d)))
      .filter((f) => /\bcorrectionRequest(Event)?\s*\./.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(root, f))
      .filter((f) => !f.startsWith("lib/corrections/"));
    expect(readers).toEqual([]);
  });
});
