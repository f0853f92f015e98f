import type { Page } from "@playwright/test";
import { STATUS_EXPLANATION } from "../lib/claims/format";
import { countPublicClaims, expect, test } from "./fixtures";

/**
 * Issue 12, search and browse: /claims searches and filters from a plain GET form, the URL holds
 * the whole query (a copied link opened fresh gives the same results), bad parameters are reported,
 * and cursor pages go forward and back. One page load sequence per test.
 */
const results = (page: Page) => page.getByRole("main").getByRole("listitem").getByRole("article");
const resultLinks = async (page: Page) =>
  results(page)
    .getByRole("heading")
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
// Several of these tests load a few pages each; on a loaded 2-core machine that can pass the
// default 30 s, so the file's tests get time for the work they do.
test.describe.configure({ timeout: 90_000 });

const form = (page: Page) => page.getByRole("search", { name: "Search claims" });
/** The page's own alert (Next's route announcer is an alert too, outside main). */
const problems = (page: Page) => page.getByRole("main").getByRole("alert");

test("/claims lists every public claim, newest first, with a count", async ({ page, db }) => {
  const total = await countPublicClaims(db);
  await page.goto("/claims");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims");
  await expect(page.getByRole("status")).toHaveText(`${total} claims, newest first`);
  await expect(results(page)).toHaveCount(Math.min(total, 20));
  await expect(results(page).first().getByRole("heading").getByRole("link")).toHaveAttribute(
    "href",
    /^\/claims\/[^/?]+$/,
  );
});

test("search and filter from the form; the copied URL opened fresh gives the same results", async ({
  page,
  browser,
}) => {
  await page.goto("/claims");
  await form(page).getByLabel("Words").fill("operation");
  await form(page).getByLabel("Status").selectOption({ label: "Conflicting" });
  await form(page).getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/[?&]q=operation(&|$)/);
  await expect(page).toHaveURL(/[?&]status=CONFLICTING(&|$)/);
  await expect(page.getByRole("status")).toContainText("marked conflicting matching “operation”, best match first");
  const count = await results(page).count();
  expect(count, "the sample data has conflicting claims about an operation").toBeGreaterThan(0);
  for (const card of await results(page).all()) {
    await expect(card.getByTitle(STATUS_EXPLANATION.CONFLICTING, { exact: true })).toBeVisible();
    // The matching word is marked, as text.
    await expect(card.locator("mark").first()).toHaveText(/operation/i);
  }
  const found = await resultLinks(page);

  // The form shows the query it ran.
  await expect(form(page).getByLabel("Words")).toHaveValue("operation");
  await expect(form(page).getByLabel("Status")).toHaveValue("CONFLICTING");

  const fresh = await browser.newPage();
  try {
    await fresh.goto(page.url());
    await expect(results(fresh)).toHaveCount(count);
    expect(await resultLinks(fresh)).toEqual(found);
  } finally {
    await fresh.close();
  }

  // Back to the list: the browser's history holds the search.
  await page.goBack();
  await expect(page).toHaveURL(/\/claims$/);
});

test("a partial name finds the speaker's claims, and a speaker link filters on them", async ({ page }) => {
  await page.goto("/claims?q=ashemi");
  await expect(results(page)).toHaveCount(2);
  for (const card of await results(page).all()) await expect(card.locator("mark").first()).toHaveText("ashemi");
  await results(page).first().getByRole("link", { name: "Hisham al-Hashemi", exact: true }).click();
  await expect(page).toHaveURL(/speaker=/);
  await expect(page.getByRole("list", { name: "Other filters" })).toContainText("Said by: Hisham al-Hashemi");
  await expect(results(page)).toHaveCount(2);
});

test("unknown and malformed parameters are reported, and the rest of the search still runs", async ({ page, db }) => {
  const total = await countPublicClaims(db);
  await page.goto("/claims?status=maybe&colour=red&from=2020-13-01");
  const alert = problems(page);
  await expect(alert).toContainText("Part of this address could not be used");
  await expect(alert).toContainText("status: Use unverified, corroborated or conflicting.");
  await expect(alert).toContainText("colour: Unknown parameter “colour”.");
  await expect(alert).toContainText("from: Use a date written YYYY-MM-DD.");
  await expect(page.getByRole("status")).toHaveText(`${total} claims, newest first`);
});

test("a lower-case status is accepted, and an empty q is said to show everything", async ({ page, db }) => {
  const corroborated = await countPublicClaims(db, "CORROBORATED");
  await page.goto("/claims?q=&status=corroborated");
  await expect(page.getByRole("note")).toHaveText("No words to search for: showing every published claim.");
  await expect(page.getByRole("status")).toHaveText(
    `${corroborated} ${corroborated === 1 ? "claim" : "claims"} marked corroborated, newest first`,
  );
  await expect(problems(page)).toHaveCount(0);
});

test("no results says so, with a way back", async ({ page }) => {
  await page.goto("/claims?q=xylophonequartet");
  await expect(page.getByRole("main")).toContainText("No published claim matches this search.");
  await page.getByRole("link", { name: "Clear the search" }).click();
  await expect(page).toHaveURL(/\/claims$/);
});

test("next and previous pages follow the cursor without gaps or repeats", async ({ page, db }) => {
  const total = await countPublicClaims(db);
  test.skip(total <= 8, "needs more than one page of sample claims");
  await page.goto("/claims?limit=8");
  const first = await resultLinks(page);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/cursor=/);
  const second = await resultLinks(page);
  const secondUrl = page.url();
  expect(second).toHaveLength(Math.min(8, total - 8));
  expect(second.filter((href) => first.includes(href))).toEqual([]);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "← Previous" }).click();
  await expect(page).not.toHaveURL(secondUrl);
  expect(await resultLinks(page)).toEqual(first);
});

for (const width of [390, 1366]) {
  test(`the search page fits ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/claims?q=Hashemi+operation&status=maybe");
    await expect(problems(page)).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}

test("too many searches from one address: the page says how long to wait; browsing still works", async ({
  page,
  db,
}) => {
  // One search makes this address's counter; then it is set at the limit, so the next is over it.
  await page.goto("/claims?q=fighters");
  await expect(page.getByRole("status")).toBeVisible();
  const { rows } = await db.query<{ key: string }>(
    `UPDATE rate_limits SET points = 60, expire = $1 WHERE key LIKE 'search:%' RETURNING key`,
    [Date.now() + 60_000],
  );
  expect(rows.length).toBeGreaterThan(0);
  try {
    await page.goto("/claims?q=fighters");
    await expect(problems(page)).toContainText("Too many searches from your connection.");
    await expect(problems(page)).toContainText(/Please wait \d+ seconds? and search again/);
    await expect(results(page)).toHaveCount(0);
    await page.getByRole("link", { name: "Browsing every published claim" }).click();
    await expect(page).toHaveURL(/\/claims$/);
    await expect(results(page).first()).toBeVisible();
  } finally {
    await db.query(`DELETE FROM rate_limits WHERE key LIKE 'search:%'`);
  }
});
