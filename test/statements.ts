import pg from "pg";
import { afterAll, beforeAll } from "vitest";

/**
 * Counts the SQL statements every pg client sends while `run` runs (Prisma's adapter and raw
 * queries alike): for the "a page costs a constant, small number of statements" tests. Call
 * `countingStatements()` once at the top of a test file.
 */
const originalQuery = pg.Client.prototype.query;
let counting = false;
let statements = 0;

export function countingStatements(): (run: () => Promise<unknown>) => Promise<number> {
  beforeAll(() => {
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      if (counting) statements += 1;
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof originalQuery;
  });
  afterAll(() => {
    pg.Client.prototype.query = originalQuery;
  });
  return async (run) => {
    statements = 0;
    counting = true;
    try {
      await run();
    } finally {
      counting = false;
    }
    return statements;
  };
}
