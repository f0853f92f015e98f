import { mkdir, open, readFile, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import path from "node:path";

/**
 * One process at a time opens the embedded database's data folder: PGlite has no multi-process
 * access, and two processes on one folder corrupt it. The app (scripts/serve.ts) and the import
 * command (scripts/import.ts) both take this lock file, created atomically, naming the owner's
 * pid. The app's lock also says where it listens and holds the token with which the import
 * command, finding the app running, imports through it instead; so the file is owner-readable only.
 */
export type DataLockInfo = {
  pid: number;
  owner: "app" | "import" | "backup";
  since: string;
  /** The running app's address and import token (owner "app" only). */
  url?: string;
  token?: string;
};

export type DataLock = { release: () => Promise<void> };

export const dataLockPath = (dataDir: string) => path.join(dataDir, "pglite.lock");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock's owner, or null when no live process holds it (a lock left by a crash is ignored). */
export async function readDataLock(dataDir: string): Promise<DataLockInfo | null> {
  const text = await readFile(dataLockPath(dataDir), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const info = JSON.parse(text) as DataLockInfo;
    return Number.isInteger(info.pid) && isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** Takes the lock, or answers who holds it. */
export async function acquireDataLock(
  dataDir: string,
  info: Omit<DataLockInfo, "pid" | "since">,
): Promise<DataLock | { heldBy: DataLockInfo }> {
  await mkdir(dataDir, { recursive: true });
  const file = dataLockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, "wx", 0o600);
      const mine: DataLockInfo = { ...info, pid: process.pid, since: new Date().toISOString() };
      await handle.writeFile(JSON.stringify(mine));
      await handle.close();
      const releaseSync = () => {
        try {
          rmSync(file, { force: true });
        } catch {
          // Already gone.
        }
      };
      process.once("exit", releaseSync);
      return {
        async release() {
          process.off("exit", releaseSync);
          const current = await readFile(file, "utf8").catch(() => "");
          if (current.includes(`"pid":${process.pid},`)) await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = await readDataLock(dataDir);
      if (holder) return { heldBy: holder };
      // Left by a process that is gone (or half-written by one that died at once): take it over.
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not take the data folder lock ${file}.`);
}
