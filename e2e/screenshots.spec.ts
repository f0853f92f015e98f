import { fileURLToPath } from "node:url";
import { articleIdByHeadline, login, test } from "./fixtures";

/**
 * Not a check: takes the screenshots kept in docs/screenshots/ (claim page, article page and the
 * new-claim form at 1,366 px and 390 px). Runs only with SCREENSHOTS=<label>, e.g. "before"/"after".
 */
const LABEL = process.env.SCREENSHOTS;
const HEADLINE_2019 = "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border";
const WIDTHS = [1366, 390] as const;
const file = (name: string) => fileURLToPath(new URL(`../docs/screenshots/${name}`, import.meta.url));

test.skip(!LABEL, "set SCREENSHOTS=<label> to take the screenshots");

for (const width of WIDTHS) {
  test(`screenshots at ${width} px`, async ({ page, db }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    const articleId = await articleIdByHeadline(db, HEADLINE_2019);
    const { rows } = await db.query<{ id: string }>(
      `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE q.value = 1000 AND c.visibility = 'PUBLIC' ORDER BY c."createdAt" LIMIT 1`,
    );
    await page.goto(`/claims/${rows[0].id}`);
    await page.screenshot({ path: file(`claim-${width}-${LABEL}.png`), fullPage: true });
    await page.goto(`/articles/${articleId}`);
    await page.screenshot({ path: file(`article-${width}-${LABEL}.png`), fullPage: true });
    await login(page, "EDITOR");
    await page.goto("/desk/claims/new");
    await page.screenshot({ path: file(`new-claim-${width}-${LABEL}.png`), fullPage: true });
    if (width > 500) {
      await page.goto("/desk/styleguide");
      await page.screenshot({ path: file(`styleguide-${width}-${LABEL}.png`), fullPage: true });
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(`/claims/${rows[0].id}`);
      await page.screenshot({ path: file(`claim-${width}-dark-${LABEL}.png`), fullPage: true });
      await page.goto(`/articles/${articleId}`);
      await page.screenshot({ path: file(`article-${width}-dark-${LABEL}.png`), fullPage: true });
    }
  });
}
