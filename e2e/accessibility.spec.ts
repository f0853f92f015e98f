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

test("public pages have no serious accessibility violations", async ({ page, db }) => {
  const { articleId, claimId } = await samplePaths(db);
  for (const path of ["/", "/claims", `/claims/${claimId}`, `/articles/${articleId}`, "/signin", "/claims/missing"]) {
    await expectNoSeriousViolations(page, path);
  }
});

test("staff pages have no serious accessibility violations", async ({ page, db }) => {
  const { articleId, claimId } = await samplePaths(db);
  await login(page, "ADMIN");
  for (const path of [
    "/desk",
    `/desk/articles/${articleId}`,
    `/desk/articles/${articleId}/raw`,
    `/desk/articles/${articleId}/metadata`,
    "/desk/import",
    `/desk/claims/${claimId}`,
    "/desk/claims/new",
    "/review",
    "/admin/users",
    "/admin/audit",
    "/admin/history?run=1",
  ]) {
    await expectNoSeriousViolations(page, path);
  }
});
