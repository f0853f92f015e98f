import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { articleIdByHeadline, expect, login, test } from "./fixtures";

/** DESIGN.md: pages meet WCAG 2.2 AA — axe finds no serious or critical violation. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoSeriousViolations(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, path).toEqual([]);
}

const HEADLINE_2019 = "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border";

async function samplePaths(db: Parameters<typeof articleIdByHeadline>[0]) {
  const articleId = await articleIdByHeadline(db, HEADLINE_2019);
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE q.value = 1000 AND c.visibility = 'PUBLIC' ORDER BY c."createdAt" LIMIT 1`,
  );
  return { articleId, claimId: rows[0].id };
}

// One page per test: several page loads and axe scans inside one timeout fail on a busy machine.
const PUBLIC_PAGES = [
  "/",
  "/claims",
  "/claims/:claim",
  "/articles/:article",
  "/signin",
  "/claims/missing",
  "/transparency",
  "/developers",
];
const STAFF_PAGES = [
  "/desk",
  "/desk/articles/:article",
  "/desk/articles/:article/raw",
  "/desk/articles/:article/metadata",
  "/desk/import",
  "/desk/claims/:claim",
  "/desk/claims/new",
  "/review",
  "/admin/users",
  "/admin/audit",
  "/admin/history?run=1",
];

async function resolvePath(db: Parameters<typeof articleIdByHeadline>[0], path: string) {
  const { articleId, claimId } = await samplePaths(db);
  return path.replace(":article", articleId).replace(":claim", claimId);
}

for (const path of PUBLIC_PAGES) {
  test(`public page ${path} has no serious accessibility violations`, async ({ page, db }) => {
    await expectNoSeriousViolations(page, await resolvePath(db, path));
  });
}

for (const path of STAFF_PAGES) {
  test(`staff page ${path} has no serious accessibility violations`, async ({ page, db }) => {
    test.setTimeout(60_000); // sign-in, then the page and its scan
    await login(page, "ADMIN");
    await expectNoSeriousViolations(page, await resolvePath(db, path));
  });
}
