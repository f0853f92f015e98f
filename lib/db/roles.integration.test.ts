import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStaff, publishClaim } from "../../test/factories";

/**
 * The app under its own database role (`npm run db:roles`): it works, it does not migrate (it
 * refuses to start while migrations are pending), and it can neither change nor remove history,
 * nor switch off the triggers that guard it. On real PostgreSQL only: the embedded database has a
 * single superuser session.
 */
const ownerUrl = process.env.DATABASE_URL!;
const onServer = Boolean(process.env.TEST_BASE_DATABASE_URL);
const role = `ct_app_${randomBytes(4).toString("hex")}`;
const roleUrl = (() => {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = "";
  return url.toString();
})();

async function as(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Points the data layer's one client at another URL (the app under that role). */
async function useDatabase(url: string) {
  const { db } = await import("./client");
  await db().$disconnect();
  const globals = globalThis as unknown as Record<string, unknown>;
  delete globals.claimtrailDb;
  delete globals.claimtrailPool;
  process.env.DATABASE_URL = url;
}

describe.runIf(onServer)("the app's own database role", () => {
  beforeAll(async () => {
    const { appRoleStatements, createRoleStatement } = await import("./roles");
    const database = new URL(ownerUrl).pathname.slice(1);
    await as(ownerUrl, createRoleStatement(role, null));
    for (const statement of appRoleStatements(role, database)) await as(ownerUrl, statement);
  });

  afterAll(async () => {
    await useDatabase(ownerUrl);
    await as(ownerUrl, `DROP OWNED BY "${role}"`);
    const { db } = await import("./client");
    await db().$disconnect();
    const base = process.env.TEST_BASE_DATABASE_URL!;
    await as(base, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${role}'`);
    await as(ownerUrl, `DROP OWNED BY "${role}"`).catch(() => undefined);
    await as(base, `DROP ROLE IF EXISTS "${role}"`).catch(() => undefined);
  });

  it("starts without migrating when nothing is pending, and refuses, naming the command, when something is", async () => {
    const { migrateAtStart, MIGRATIONS_DIR } = await import("./migrate");
    await expect(migrateAtStart(roleUrl)).resolves.toEqual([]);
    const dir = await mkdtemp(path.join(tmpdir(), "claimtrail-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, "29991231000000_not_yet_applied"));
    await writeFile(path.join(dir, "29991231000000_not_yet_applied", "migration.sql"), "SELECT 1;");
    await expect(migrateAtStart(roleUrl, { dir })).rejects.toThrow(
      /1 migration\(s\) are pending \(29991231000000_not_yet_applied\).*Run `npm run db:migrate` as the database owner/,
    );
  });

  it("may not change, remove or unguard the history, nor change the schema", async () => {
    await expect(as(roleUrl, `UPDATE "ClaimEvent" SET kind = 'EDITED'`)).rejects.toThrow(/permission denied/);
    await expect(as(roleUrl, `DELETE FROM "ClaimEvent"`)).rejects.toThrow(/permission denied/);
    await expect(as(roleUrl, `TRUNCATE "ClaimEvent"`)).rejects.toThrow(/permission denied/);
    await expect(
      as(roleUrl, `ALTER TABLE "ClaimEvent" DISABLE TRIGGER "ClaimEvent_no_update_or_delete"`),
    ).rejects.toThrow(/must be owner/);
    await expect(as(roleUrl, `CREATE TABLE "Sneaky" (id int)`)).rejects.toThrow(/permission denied/);
    await expect(as(roleUrl, `UPDATE "ClaimEventContent" SET payload = '{}'`)).rejects.toThrow(/permission denied/);
  });

  it("runs the newsroom: a claim made, published by someone else, its history verified", async () => {
    await useDatabase(roleUrl);
    const { createClaim } = await import("../claims/mutations");
    const { verifyAllHistory } = await import("../history/verify");
    const editor = await makeStaff("EDITOR");
    const reviewer = await makeStaff("REVIEWER");
    const claim = await createClaim(editor, { statement: "Made under the app role", newSubjectName: "Roles" });
    await publishClaim(claim.id, editor, reviewer);
    const { getPublicClaim } = await import("../claims/queries");
    expect((await getPublicClaim(claim.id)).statement).toBe("Made under the app role");
    expect((await verifyAllHistory()).breaks).toEqual([]);
  });
});
