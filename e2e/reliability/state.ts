import { DATABASE_TEXT } from "../fixtures";
import type pg from "pg";

/** Tables that change without anyone writing through the app: sign-in throttling, migrations. */
const NOT_COMPARED = new Set(["rate_limits", "_prisma_migrations"]);

/** Every table's row count and a digest of all its rows: any write shows, even one keeping counts. */
export async function databaseState(db: pg.Pool): Promise<Record<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const state: Record<string, string> = {};
  for (const { name } of tables) {
    if (NOT_COMPARED.has(name)) continue;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const { rows } = await db.query<{ digest: string }>(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${quoted} t`,
    );
    state[name] = rows[0].digest;
  }
  return state;
}

/** Names of the tables whose rows differ between two states. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
}

export function figure(test: string, text: string, since: number): void {
  console.log(`[reliability] ${test}: ${text} (${((Date.now() - since) / 1000).toFixed(1)} s)`);
}

/** What must never reach a response: database text, a stack trace, SQL naming a table, internals. */
export const LEAKS = [
  DATABASE_TEXT,
  /\bat (async )?[\w.<>]+ \(|\.tsx?:\d+:\d+|node_modules\//,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]{0,80}\b(FROM|INTO|SET)\b\s+"/,
  /Prisma|P20\d\d|ECONNREFUSED|TypeError|ReferenceError/,
];
