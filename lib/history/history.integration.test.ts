import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuotedClaim, makeStaff } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { verifyAllHistory } from "./verify";

const url = () => process.env.DATABASE_URL!;

async function sql(text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

let editor: Actor;
let claimId: string;

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  claimId = (await makeQuotedClaim(editor, ["The first sentence to quote."])).id;
});

describe("the claim history table", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, even with replication-role tricks", async () => {
    await expect(sql(`UPDATE "ClaimEvent" SET "kind" = 'EDITED' WHERE "claimId" = $1`, [claimId])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql(`DELETE FROM "ClaimEvent" WHERE "claimId" = $1`, [claimId])).rejects.toThrow(/append-only/);
    await expect(sql(`TRUNCATE "ClaimEvent" CASCADE`)).rejects.toThrow(/append-only/);
    await expect(
      sql(`SET session_replication_role = replica; DELETE FROM "ClaimEvent" WHERE "claimId" = '${claimId}'`),
    ).rejects.toThrow(/append-only/);
    const { rows } = await sql(`SELECT count(*)::int AS n FROM "ClaimEvent" WHERE "claimId" = $1`, [claimId]);
    expect(rows[0].n).toBe(2);
  });

  it("verifies intact when nobody has tampered with it", async () => {
    const report = await verifyAllHistory();
    expect(report.breaks).toEqual([]);
    expect(report.eventsChecked).toBeGreaterThanOrEqual(2);
  });

  it("shows an edit made behind the triggers' back (by a superuser disabling them) as a break at that event", async () => {
    const victim = (await makeQuotedClaim(editor, ["A second sentence to quote."])).id;
    await sql(`
      ALTER TABLE "ClaimEvent" DISABLE TRIGGER "ClaimEvent_no_update_or_delete";
      UPDATE "ClaimEvent" SET "payload" = jsonb_set("payload", '{exact}', '"words nobody wrote"') WHERE "claimId" = '${victim}' AND "seq" = 2;
      ALTER TABLE "ClaimEvent" ENABLE ALWAYS TRIGGER "ClaimEvent_no_update_or_delete";`);
    const report = await verifyAllHistory();
    expect(report.breaks).toEqual([{ claimId: victim, seq: 2, problem: expect.stringMatching(/altered/) }]);
  });

  it("shows a deleted event as a gap", async () => {
    const victim = (await makeQuotedClaim(editor, ["One more.", "And another one."])).id;
    await sql(`
      ALTER TABLE "ClaimEvent" DISABLE TRIGGER "ClaimEvent_no_update_or_delete";
      DELETE FROM "ClaimEvent" WHERE "claimId" = '${victim}' AND "seq" = 2;
      ALTER TABLE "ClaimEvent" ENABLE ALWAYS TRIGGER "ClaimEvent_no_update_or_delete";`);
    const breaks = (await verifyAllHistory()).breaks.filter((b) => b.claimId === victim);
    expect(breaks.map((b) => b.seq)).toEqual([3, 3]);
    expect(breaks.map((b) => b.problem).join(" ")).toMatch(/missing/);
  });

  it("cannot be inserted into with a forged hash without verify noticing", async () => {
    const victim = (await makeQuotedClaim(editor, ["Yet another sentence."])).id;
    await sql(
      `INSERT INTO "ClaimEvent" ("id","claimId","seq","kind","actorId","payload","prevHash","hash","createdAt")
       VALUES ($1,$2,3,'COMMENTED',NULL,'{"commentId":"x","internal":false,"body":"forged"}','bogus','bogus',now())`,
      [randomUUID(), victim],
    );
    const breaks = (await verifyAllHistory()).breaks.filter((b) => b.claimId === victim);
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.every((b) => b.seq === 3)).toBe(true);
  });
});
