import type { BrowserContext } from "@playwright/test";
import type pg from "pg";
import { articleIdByHeadline, expect, login, STAGED_IMPORT_FILE, test } from "./fixtures";

/**
 * Issue 10: every staff page fits a 390 px phone and a 1,366 px laptop with no horizontal page
 * scroll (wide tables scroll in their own box). One page per test, so a loaded machine never has
 * to fit several page loads into one test's time; the tests share one admin sign-in.
 */
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;

const HEADLINE_2019 = "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border";

type Ids = { articleId: string; versionId: string; claimId: string; importId: string };

async function ids(db: pg.Pool): Promise<Ids> {
  const articleId = await articleIdByHeadline(db, HEADLINE_2019);
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE q.value = 1000 AND c.visibility = 'PUBLIC' ORDER BY c."createdAt" LIMIT 1`,
  );
  const staged = await db.query<{ id: string }>(`SELECT id FROM "ArticleImport" WHERE "fileName" = $1`, [
    STAGED_IMPORT_FILE,
  ]);
  expect(staged.rows, "the import staged by e2e/staff-data.setup.ts").toHaveLength(1);
  const version = await db.query<{ id: string }>(
    `SELECT id FROM "ArticleVersion" WHERE "articleId" = $1 ORDER BY number DESC LIMIT 1`,
    [articleId],
  );
  return { articleId, versionId: version.rows[0].id, claimId: rows[0].id, importId: staged.rows[0].id };
}

const STAFF_PAGES: [string, (ids: Ids) => string][] = [
  ["desk", () => "/desk"],
  ["desk claims", () => "/desk/claims"],
  ["desk article", ({ articleId }) => `/desk/articles/${articleId}`],
  ["new claim", () => "/desk/claims/new"],
  ["new claim from a passage", ({ versionId }) => `/desk/claims/new?version=${versionId}&start=0&end=60`],
  ["claim workspace", ({ claimId }) => `/desk/claims/${claimId}`],
  ["import", () => "/desk/import"],
  ["import confirm", ({ importId }) => `/desk/import/${importId}`],
  ["article metadata", ({ articleId }) => `/desk/articles/${articleId}/metadata`],
  ["raw article", ({ articleId }) => `/desk/articles/${articleId}/raw`],
  ["article text editor", ({ articleId }) => `/desk/articles/${articleId}/edit`],
  ["article versions", ({ articleId }) => `/desk/articles/${articleId}/versions`],
  ["article suggestions", ({ articleId }) => `/desk/articles/${articleId}/suggestions`],
  ["re-anchoring queue", () => "/desk/reanchoring"],
  ["correction requests", () => "/desk/corrections"],
  ["review queue", () => "/review"],
  ["users", () => "/admin/users"],
  ["audit log", () => "/admin/audit"],
  ["history check", () => "/admin/history"],
  ["style guide", () => "/desk/styleguide"],
];

let staffCookies: Awaited<ReturnType<BrowserContext["cookies"]>> | undefined;

for (const viewport of WIDTHS) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    for (const [name, path] of STAFF_PAGES) {
      test(`staff ${name} page fits ${viewport.width} px with no horizontal scroll`, async ({ page, db, browser }) => {
        test.setTimeout(60_000);
        if (!staffCookies) {
          const context = await browser.newContext();
          await login(await context.newPage(), "ADMIN");
          staffCookies = await context.cookies();
          await context.close();
        }
        await page.context().addCookies(staffCookies);
        const target = path(await ids(db));
        // A sign-out elsewhere ends every copy of a session: sign in again rather than measure /signin.
        if (new URL((await page.goto(target))!.url()).pathname === "/signin") {
          await login(page, "ADMIN");
          staffCookies = await page.context().cookies();
          await page.goto(target);
        }
        expect(new URL(page.url()).pathname, "still on the page asked for").toBe(target.split("?")[0]);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        console.log(`[staff-widths] ${name} at ${viewport.width} px: page ${scrollWidth} px wide`);
        expect(scrollWidth, `${target} is wider than the ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
        // No doubled full stops in what the page says (an ellipsis is three).
        const text = await page.locator("main").innerText();
        expect(text.match(/[^.]\.\.(?!\.)/g) ?? [], `doubled full stops on ${target}`).toEqual([]);
      });
    }
  });
}
