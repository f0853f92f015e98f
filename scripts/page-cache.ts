import { rmSync } from "node:fs";
import path from "node:path";

/**
 * Empties Next's on-disk page cache (cached claim and article pages, .next/server/route-cache),
 * so a run against a new database never serves pages rendered from an earlier one. The build
 * itself is untouched. Used by the e2e, scale and benchmark runs, which reuse one build.
 */
export function clearPageCache(root: string): void {
  rmSync(path.join(root, ".next", "server", "route-cache"), { recursive: true, force: true });
}
