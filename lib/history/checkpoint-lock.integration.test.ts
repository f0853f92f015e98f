import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { writeCheckpoint, writeCheckpointIfDue } from "./mutations";

describe("hourly checkpoints on several servers", () => {
  it("of timers firing together, exactly one writes the due checkpoint", async () => {
    const last = await writeCheckpoint(new Date(Date.now() - 2 * 60 * 60 * 1000));
    // Five servers' timers at the same moment, each through its own transaction.
    const written = await Promise.all(Array.from({ length: 5 }, () => writeCheckpointIfDue()));
    expect(written.filter((c) => c !== null)).toHaveLength(1);
    const rows = await db().historyCheckpoint.findMany({ where: { seq: { gt: last.seq } } });
    expect(rows).toHaveLength(1);
    // Within the hour, nobody writes again.
    expect(await writeCheckpointIfDue()).toBeNull();
  });
});
