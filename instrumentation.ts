/**
 * Runs once per server process: writes a signed history checkpoint at least every hour
 * (lib/history/mutations.ts). Several app servers may run this; the writer takes an advisory
 * lock and, under it, skips when another wrote one within the hour (one writer per checkpoint).
 */
export async function register() {
  const { env } = await import("./lib/env");
  if (env().NEXT_RUNTIME !== "nodejs") return;
  const { writeCheckpointIfDue } = await import("./lib/history/mutations");
  const { logger } = await import("./lib/logger");
  const tick = () =>
    writeCheckpointIfDue().catch((error: unknown) => logger.error({ err: error }, "hourly history checkpoint failed"));
  // Check every five minutes; write when the last checkpoint is an hour old.
  setInterval(tick, 5 * 60 * 1000).unref();
  setTimeout(tick, 30 * 1000).unref();
}
