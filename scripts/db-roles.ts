/**
 * `npm run db:roles [-- --role claimtrail_app] [--apply]`: prints (or, with --apply, runs as the
 * owner on DATABASE_URL) the statements that give the app its own restricted role. Run the app with
 * that role in DATABASE_URL; run `npm run db:migrate` with the owner. Re-run after migrations.
 */
import pg from "pg";
import { appRoleStatements, createRoleStatement } from "../lib/db/roles";
import { requireDatabaseUrl } from "../lib/env";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const role = arg("--role") ?? "claimtrail_app";
const apply = process.argv.includes("--apply");
const url = new URL(requireDatabaseUrl());
const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
const statements = appRoleStatements(role, database);

if (!apply) {
  console.log(`-- The app's own role on database "${database}". Run as the owner (the role that migrates).`);
  console.log(`${createRoleStatement(role, "choose-a-password")};  -- once`);
  for (const s of statements) console.log(`${s};`);
  process.exit(0);
}

const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
try {
  const exists = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
  if (!exists.rowCount) {
    await client.query(createRoleStatement(role, null));
    console.log(`Created role ${role} (no password: set one with ALTER ROLE, or rely on your pg_hba rules).`);
  }
  for (const s of statements) await client.query(s);
  console.log(`Granted ${role} what the app needs on ${database}; the history stays append-only for it.`);
} finally {
  await client.end();
}
