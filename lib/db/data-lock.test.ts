import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataLock, dataLockPath, readDataLock } from "./data-lock";

const tempDir = () => mkdtemp(path.join(os.tmpdir(), "claimtrail-lock-"));

describe("the data folder lock", () => {
  it("is held by one process at a time, owner-readable only, and names the app's address and token", async () => {
    const dir = await tempDir();
    const lock = await acquireDataLock(dir, { owner: "app", url: "http://127.0.0.1:3000", token: "t".repeat(43) });
    if ("heldBy" in lock) throw new Error("expected the lock");
    expect((await stat(dataLockPath(dir))).mode & 0o777).toBe(0o600);
    const second = await acquireDataLock(dir, { owner: "import" });
    expect(second).toEqual({
      heldBy: expect.objectContaining({ owner: "app", pid: process.pid, url: "http://127.0.0.1:3000" }),
    });
    await lock.release();
    expect(await readDataLock(dir)).toBeNull();
    const third = await acquireDataLock(dir, { owner: "import" });
    expect("release" in third).toBe(true);
    if ("release" in third) await third.release();
  });

  it("takes over a lock left by a process that is gone, or a half-written one", async () => {
    const dir = await tempDir();
    // Pid 2^22 + 1 is above Linux's pid_max limit, so no process can have it.
    await writeFile(dataLockPath(dir), JSON.stringify({ pid: 4194305, owner: "app", since: "2026-01-01" }));
    const lock = await acquireDataLock(dir, { owner: "import" });
    if ("heldBy" in lock) throw new Error("a dead owner's lock should be taken over");
    expect(JSON.parse(await readFile(dataLockPath(dir), "utf8"))).toMatchObject({ pid: process.pid, owner: "import" });
    await lock.release();
    await writeFile(dataLockPath(dir), "{");
    const again = await acquireDataLock(dir, { owner: "import" });
    expect("release" in again).toBe(true);
    if ("release" in again) await again.release();
  });
});
