/**
 * Reliability 4: PostgreSQL connections killed (pg_terminate_backend) at random moments during 500
 * approvals made through the app's own pool and data layer. Afterwards: every claim's status,
 * visibility, proposal and history agree; every approval reported done is in the database; the
 * same pool serves again without a restart; nothing reached Node as an uncaught exception.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEvidence } from "../../lib/claims/mutations";
import { db } from "../../lib/db/client";
import { verifyAllHistory } from "../../lib/history/verify";
import { decideProposal, propose } from "../../lib/reviews/mutations";
import { eventsOf, makeClaim, makeStaff } from "../factories";
import { gapless, report } from "./report";

const APPROVALS = 500;
const CONCURRENCY = 8;

const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
beforeAll(() => {
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onUncaught);
});
afterAll(() => {
  process.off("uncaughtException", onUncaught);
  process.off("unhandledRejection", onUncaught);
});

/** Kills one random client connection of the test database every 0–25 ms until stopped. */
function startKiller(url: string) {
  const killer = new pg.Client({ connectionString: url });
  let running = true;
  let kills = 0;
  const done = (async () => {
    await killer.connect();
    while (running) {
      const { rowCount } = await killer.query(
        `SELECT pg_terminate_backend(pid) FROM (
           SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
            ORDER BY random() LIMIT 1) victim`,
      );
      kills += rowCount ?? 0;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25));
    }
    await killer.end();
  })();
  return {
    async stop() {
      running = false;
      await done;
      return kills;
    },
  };
}

describe("reliability: killed connections", () => {
  it(`${APPROVALS} approvals while connections are killed at random: nothing half-done, nothing lost`, async () => {
    const editor = await makeStaff("EDITOR");
    const reviewer = await makeStaff("REVIEWER");
    const proposals: { claimId: string; reviewId: string }[] = [];
    for (let i = 0; i < APPROVALS; i++) {
      const claim = await makeClaim(editor);
      await addEvidence(editor, claim.id, { kind: "NOTE", note: "Two reports disagree on the count." });
      const review = await propose(editor, {
        claimId: claim.id,
        kind: "PUBLISH",
        to: "CONFLICTING",
        rationale: `Killed-connection run ${i}`,
      });
      proposals.push({ claimId: claim.id, reviewId: review.id });
    }

    const since = Date.now();
    const approve = (reviewId: string) =>
      decideProposal(reviewer, { reviewId, decision: "APPROVED", publicSummary: "Published with its status." });
    const toldDone = new Set<string>();
    const failed: string[] = [];
    const killer = startKiller(process.env.DATABASE_URL!);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < proposals.length) {
          const { reviewId } = proposals[next++];
          try {
            await approve(reviewId);
            toldDone.add(reviewId);
          } catch {
            failed.push(reviewId);
          }
        }
      }),
    );
    const kills = await killer.stop();

    // The same pool, no restart: the approvals that failed go through now (or were in fact done).
    let recovered = 0;
    let retryErrors = 0;
    for (const reviewId of failed) {
      try {
        await approve(reviewId);
        recovered++;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === "ALREADY_DECIDED") recovered++;
        else retryErrors++;
      }
    }

    let inconsistent = 0;
    let lostDone = 0;
    for (const { claimId, reviewId } of proposals) {
      const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
      const review = await db().review.findUniqueOrThrow({ where: { id: reviewId } });
      const events = await eventsOf(claimId);
      const kinds = events.map((e) => e.kind);
      const approved = review.state === "APPROVED";
      const statusEvents = kinds.filter((k) => k === "STATUS_APPROVED").length;
      const publishedEvents = kinds.filter((k) => k === "PUBLISHED").length;
      const agrees =
        gapless(events.map((e) => e.seq)) &&
        (approved
          ? claim.status === "CONFLICTING" &&
            claim.visibility === "PUBLIC" &&
            statusEvents === 1 &&
            publishedEvents === 1
          : claim.status === "UNVERIFIED" &&
            claim.visibility === "INTERNAL" &&
            statusEvents === 0 &&
            publishedEvents === 0);
      if (!agrees) inconsistent++;
      if (toldDone.has(reviewId) && !approved) lostDone++;
    }
    const history = await verifyAllHistory();
    report(
      "killed connections",
      `${kills} connections killed during ${APPROVALS} approvals; ${toldDone.size} reported done, ${failed.length} failed; ` +
        `${recovered}/${failed.length} retried successfully on the same pool; ${inconsistent} claims with status and ` +
        `history disagreeing; ${lostDone} "done" approvals missing; ${history.breaks.length} history breaks; ` +
        `${uncaught.length} uncaught exceptions`,
      since,
    );
    expect(kills, "the run must actually kill connections").toBeGreaterThan(0);
    expect(inconsistent).toBe(0);
    expect(lostDone).toBe(0);
    expect(retryErrors).toBe(0);
    expect(recovered).toBe(failed.length);
    expect(history.breaks).toEqual([]);
    expect(uncaught).toEqual([]);
  }, 600_000);
});
