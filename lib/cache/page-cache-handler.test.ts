import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import ClaimtrailCacheHandler from "../../cache-handler.mjs";

// The cache every server uses (next.config.ts), here in memory (no REDIS_URL), driven the way Next
// drives it: a look-up, a render, then the rendered entry stored; a decision expires a path's tag.
const PATH_TAG = "_N_T_/outlets/middle-east-forum";
const page = (html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_/outlets/[slug]/page,${PATH_TAG}` },
  status: 200,
});
const pageContext = {
  cacheControl: { revalidate: 3600, expire: 31_536_000 },
  isRoutePPREnabled: false,
  isFallback: false,
};
const lookUp = { kind: "APP_PAGE", softTags: ["_N_T_/layout", PATH_TAG] };

let now = Date.parse("2026-12-04T08:00:00Z");
const later = (ms: number) => (now += ms);
/** The handler's calls as Next makes them, without Next's internal value types. */
interface Cache {
  get(key: string, ctx: object): Promise<{ value: unknown } | null>;
  set(key: string, value: object, ctx: object): Promise<void>;
  revalidateTag(tags: string[]): Promise<void>;
}
let handler: Cache;
const library = CacheHandler.prototype as unknown as Cache;
let keys = 0;
const newKey = () => `/outlets/middle-east-forum-${keys++}`;

beforeAll(() => {
  vi.stubEnv("REDIS_URL", "");
  const serverDistDir = mkdtempSync(path.join(tmpdir(), "claimtrail-cache-"));
  // Next passes more (its file system, request headers); the handler reads these two.
  const context = { serverDistDir, dev: false } as ConstructorParameters<typeof ClaimtrailCacheHandler>[0];
  handler = new ClaimtrailCacheHandler(context) as unknown as Cache;
});
beforeEach(() => void vi.spyOn(Date, "now").mockImplementation(() => now));
afterEach(() => void vi.restoreAllMocks());

async function html(key: string) {
  const entry = await handler.get(key, lookUp);
  return (entry?.value as { html?: string } | undefined)?.html ?? null;
}

describe("the page cache and a decision made while a page renders", () => {
  it("expires a page rendered from the data before a decision that committed during its render", async () => {
    const key = newKey();
    expect(await handler.get(key, lookUp)).toBeNull(); // a miss: Next renders the page…
    later(40); // …reads the data before the decision…
    await handler.revalidateTag([PATH_TAG]); // …the decision commits and expires the page…
    later(40);
    await handler.set(key, page("before the decision"), pageContext); // …and the old render ends.

    expect(await html(key)).toBeNull(); // the next reader gets a fresh render
    later(30);
    await handler.set(key, page("after the decision"), pageContext);
    expect(await html(key)).toBe("after the decision");
  });

  it("keeps a page rendered after a decision, and a page with no decision since", async () => {
    const decided = newKey();
    await handler.revalidateTag([PATH_TAG]);
    later(5);
    expect(await handler.get(decided, lookUp)).toBeNull();
    later(40);
    await handler.set(decided, page("rendered after"), pageContext);
    later(1_000);
    expect(await html(decided)).toBe("rendered after");
  });

  it("would keep the old render if the entry were stamped when its render ended (Next's own cache and the library's)", async () => {
    const key = newKey();
    expect(await library.get.call(handler, key, lookUp)).toBeNull();
    later(40);
    await handler.revalidateTag([PATH_TAG]);
    later(40);
    await library.set.call(handler, key, page("before the decision"), pageContext);
    expect(await html(key)).toBe("before the decision");
  });
});
