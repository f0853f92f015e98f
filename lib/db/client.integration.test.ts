import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "./client";

// Terminating a backend needs a real server; the embedded database has one session for everyone.
const onServer = Boolean(process.env.TEST_BASE_DATABASE_URL);

describe("a connection killed in the middle of a transaction", () => {
  it.runIf(onServer)("fails that transaction only: no uncaught exception, the next query works", async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const outcome = await db()
        .$transaction(async (tx) => {
          const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          await admin.query("SELECT pg_terminate_backend($1)", [pid]);
          await tx.user.count();
        })
        .then(
          () => "committed",
          () => "failed",
        );
      expect(outcome).toBe("failed");
      // Give the dying socket's "error" event time to fire (an unheard one fails the whole run).
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await db().user.count()).toBeGreaterThanOrEqual(0);
    } finally {
      await admin.end();
    }
  });
});
