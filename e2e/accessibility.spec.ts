import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { articleIdByHeadline, expect, login, STAGED_IMPORT_FILE, test } from "./fixtures";

/**
 * DESIGN.md: pages meet WCAG 2.2 AA — axe finds no serious or critical violation. Issue 9: every
 * public and staff page type, in the light scheme at 1,366 px and 390 px and in the dark scheme at
 * 1,366 px. One page per test (a loaded 2-core machine cannot fit several page loads and axe runs
 * into one test's time); staff tests share one sign-in.
 */
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

type Ids = { articleId: string; claimId: string; importId: string };
async function samplePaths(db: Parameters<typeof articleIdByHeadline>[0]): Promise<Ids> {
  const articleId = await articleIdByHeadline(db, HEADLINE_2019);
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE q.value = 1000 AND c.visibility = 'PUBLIC' ORDER BY c."createdAt" LIMIT 1`,
  );
  const staged = await db.query<{ id: string }>(`SELECT id FROM "ArticleImport" WHERE "fileName" = $1`, [
    STAGED_IMPORT_FILE,
  ]);
  return { articleId, claimId: rows[0].id, importId: staged.rows[0]?.id ?? "missing-staged-import" };
}

const PUBLIC_PAGES: [string, (ids: Ids) => string][] = [
  ["home", () => "/"],
  ["claims list", () => "/claims"],
  ["claims search", () => "/claims?q=ISIS+fighters&status=maybe"],
  ["claim", ({ claimId }) => `/claims/${claimId}`],
  ["article", ({ articleId }) => `/articles/${articleId}`],
  ["sign-in", () => "/signin"],
  ["not found", () => "/claims/missing"],
  ["transparency", () => "/transparency"],
  ["API and exports", () => "/developers"],
  ["how we check claims", () => "/how-we-check"],
  ["subjects", () => "/subjects"],
  ["subject", () => "/subjects/isis-fighters-iraq"],
  ["person", () => "/people/hisham-al-hashemi"],
  ["outlet", () => "/outlets/asharq-al-awsat"],
];

const STAFF_PAGES: [string, (ids: Ids) => string][] = [
  ["desk", () => "/desk"],
  ["desk claims", () => "/desk/claims"],
  ["desk article", ({ articleId }) => `/desk/articles/${articleId}`],
  ["raw article", ({ articleId }) => `/desk/articles/${articleId}/raw`],
  ["article metadata", ({ articleId }) => `/desk/articles/${articleId}/metadata`],
  ["article suggestions", ({ articleId }) => `/desk/articles/${articleId}/suggestions`],
  ["article text editor", ({ articleId }) => `/desk/articles/${articleId}/edit`],
  ["article versions", ({ articleId }) => `/desk/articles/${articleId}/versions`],
  ["re-anchoring", () => "/desk/reanchoring"],
  ["import", () => "/desk/import"],
  ["import confirm", ({ importId }) => `/desk/import/${importId}`],
  ["claim workspace", ({ claimId }) => `/desk/claims/${claimId}`],
  ["new claim", () => "/desk/claims/new"],
  ["style guide", () => "/desk/styleguide"],
  ["review queue", () => "/review"],
  ["correction requests", () => "/desk/corrections"],
  ["users", () => "/admin/users"],
  ["audit log", () => "/admin/audit"],
  ["history check", () => "/admin/history?run=1"],
];

const MODES = [
  { name: "light, 1,366 px", colorScheme: "light", viewport: { width: 1366, height: 900 } },
  { name: "light, 390 px", colorScheme: "light", viewport: { width: 390, height: 844 } },
  { name: "dark, 1,366 px", colorScheme: "dark", viewport: { width: 1366, height: 900 } },
] as const;

let staffCookies: Awaited<ReturnType<BrowserContext["cookies"]>> | undefined;

for (const mode of MODES) {
  test.describe(`${mode.name}`, () => {
    test.use({ colorScheme: mode.colorScheme, viewport: mode.viewport });

    for (const [name, path] of PUBLIC_PAGES) {
      test(`public ${name} page has no serious accessibility violations`, async ({ page, db }) => {
        await expectNoSeriousViolations(page, path(await samplePaths(db)));
      });
    }

    for (const [name, path] of STAFF_PAGES) {
      test(`staff ${name} page has no serious accessibility violations`, async ({ page, db, browser }) => {
        test.setTimeout(60_000);
        if (!staffCookies) {
          const context = await browser.newContext();
          await login(await context.newPage(), "ADMIN");
          staffCookies = await context.cookies();
          await context.close();
        }
        await page.context().addCookies(staffCookies);
        const target = path(await samplePaths(db));
        // A sign-out elsewhere ends every copy of a session: sign in again rather than scan /signin.
        if (new URL((await page.goto(target))!.url()).pathname === "/signin") {
          await login(page, "ADMIN");
          staffCookies = await page.context().cookies();
        }
        await expectNoSeriousViolations(page, target);
        expect(new URL(page.url()).pathname).not.toBe("/signin");
      });
    }
  });
}
