import { createHash } from "node:crypto";

/**
 * Names for the server-side prepared statements that Prisma's queries run as (the pg adapter's
 * `statementNameGenerator`). A named statement is parsed once per connection and, after five
 * runs, PostgreSQL may keep a generic plan for it: the public claim page's main query, which joins
 * some fifty relations, plans in 15–20 ms on every run unnamed and runs in about 2 ms named (100,000
 * claims; `npm run bench`).
 *
 * Each name costs memory on its connection for the connection's life, so only statements of a fixed
 * shape are named: a list of parameters (`IN ($1,$2,…)`), whose length follows the data, would make
 * a new statement per length, and short statements plan in microseconds anyway.
 */
const VARIABLE_LIST = /\(\$\d+,\s*\$\d+/;
const SHORTEST_NAMED = 300;

export function statementName(sql: string): string | undefined {
  if (sql.length < SHORTEST_NAMED || VARIABLE_LIST.test(sql)) return undefined;
  return `ct_${createHash("sha256").update(sql).digest("base64url").slice(0, 32)}`;
}
