import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The case Claimtrail was built for: Hisham al-Hashemi put ISIS in Iraq at about 1,000 fighters in
 * July 2019 and at 3,500–4,000 in March 2020. The jump is partly a wider scope, and the claim page
 * has to show both figures with their dates and scopes side by side.
 */
const CLAIM_2019 = /about 1,000 ISIS fighters were in the desert regions around Baaj, Rawah and Tharthar/;
const CLAIM_2020 = /Hisham al-Hashemi said ISIS had an active force of 3,500 to 4,000 combatants/;
const QUOTE_2019 =
  "He said security forces were seeking to oust an estimated 1,000 ISIS fighters from the desert regions around " +
  "Baaj, Rawah and Tharthar.";
const SCREENSHOT = fileURLToPath(new URL("../docs/screenshot-claim.png", import.meta.url));

/** Finds the claim on /claims, paging through older claims as a reader would. */
async function openFromClaimsList(page: Page, statement: RegExp) {
  await page.goto("/claims");
  for (let pageNumber = 1; pageNumber <= 20; pageNumber++) {
    const link = page.getByRole("main").getByRole("link", { name: statement });
    if ((await link.count()) > 0) {
      await link.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);
      return;
    }
    const older = page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next →" });
    if ((await older.count()) === 0) break;
    const before = page.url();
    await older.click();
    await expect(page).not.toHaveURL(before);
  }
  throw new Error(`No claim matching ${statement} on /claims`);
}

test("al-Hashemi's 2019 figure is shown next to his 2020 figure, with date and scope", async ({ page }) => {
  await openFromClaimsList(page, CLAIM_2019);
  const claimUrl = page.url();

  // "Said by" is the first fact listed.
  await expect(page.getByRole("term").first()).toHaveText("Said by");
  await expect(page.getByRole("definition").first()).toContainText("Hisham al-Hashemi");

  const figure = page.getByRole("region", { name: "The figure" });
  await expect(figure.getByText("about 1,000 fighters", { exact: true })).toBeVisible();
  await expect(figure).toContainText("desert regions around Baaj, Rawah and Tharthar");

  // "This figure over time": both figures, each with its as-of date and its scope.
  const overTime = page.getByRole("region", { name: "This figure over time" });
  const rows = overTime.getByRole("row");
  const row2019 = rows.filter({ hasText: "about 1,000 fighters" });
  const row2020 = rows.filter({ hasText: "3,500–4,000 fighters" });
  await expect(row2019).toHaveCount(1);
  await expect(row2019).toHaveAttribute("aria-current", "true");
  await expect(row2019).toContainText("This claim");
  await expect(row2019).toContainText("July 2019");
  await expect(row2020).toHaveCount(1);
  await expect(row2020.getByText("3,500–4,000 fighters", { exact: true })).toBeVisible();
  await expect(row2020.getByRole("cell").first()).toContainText("March 2020");
  await expect(row2020).toContainText("11 operational sectors");
  await expect(row2020).toContainText("Hisham al-Hashemi");
  // Earlier figure first.
  const texts = await rows.allInnerTexts();
  expect(texts.findIndex((t) => t.includes("1,000 fighters"))).toBeLessThan(
    texts.findIndex((t) => t.includes("3,500–4,000 fighters")),
  );

  // The link: the 2020 claim updates this one, with both scopes in the card.
  const links = page.getByRole("region", { name: "Linked claims" });
  const updatedBy = links.getByRole("listitem").filter({ hasText: "Updated by" });
  await expect(updatedBy).toHaveCount(1);
  await expect(updatedBy.getByText("3,500–4,000 fighters")).toBeVisible();
  await expect(updatedBy).toContainText("March 2020");
  await expect(updatedBy).toContainText("11 operational sectors");
  await expect(updatedBy.getByRole("link", { name: CLAIM_2020 })).toBeVisible();

  // A full-page picture of this page for the README.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  // And from the 2020 claim, the link reads the other way.
  await updatedBy.getByRole("link", { name: CLAIM_2020 }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CLAIM_2020);
  const back = page.getByRole("region", { name: "Linked claims" }).getByRole("listitem").filter({ hasText: "Updates" });
  await expect(back).toHaveCount(1);
  await expect(back.getByRole("link", { name: CLAIM_2019 })).toHaveAttribute("href", new URL(claimUrl).pathname);
  await expect(back).toContainText("about 1,000 fighters");
});

/** Opens the 2019 claim's quote card and returns it with the article link's path and anchor. */
async function quoteLink(page: Page) {
  await openFromClaimsList(page, CLAIM_2019);
  const claimPath = new URL(page.url()).pathname;
  const card = page
    .getByRole("region", { name: "Where it appears" })
    .getByRole("listitem")
    .filter({ hasText: QUOTE_2019 });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("(see it in the article)");
  const link = card.getByRole("link");
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/articles\/[^/#]+#q-[^/#]+$/);
  return { claimPath, link, href: href!, anchor: href!.split("#")[1] };
}

const targetId = (page: Page) => page.evaluate(() => document.querySelector(":target")?.id ?? null);

test("the quote links to its exact place in the article", async ({ page }) => {
  const { claimPath, link, href, anchor } = await quoteLink(page);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/[^/#]+#${anchor}$`));
  const mark = page.locator(`mark[id="${anchor}"]`);
  await expect(mark).toHaveText(QUOTE_2019);
  await expect(mark.getByRole("link")).toHaveAttribute("href", claimPath);
  await expect(mark).toBeInViewport();

  // Opened as a link from elsewhere (a full page load), the quote is the :target.
  await page.goto(href);
  await expect(mark).toHaveText(QUOTE_2019);
  await expect(mark).toBeInViewport();
  await expect.poll(() => targetId(page)).toBe(anchor);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("following the quote link makes the quote the :target", async ({ page }) => {
    const { link, anchor } = await quoteLink(page);
    await link.click();
    await expect(page.locator(`mark[id="${anchor}"]`)).toHaveText(QUOTE_2019);
    expect(await targetId(page)).toBe(anchor);
  });
});

test("with JavaScript on, following the quote link also makes the quote the :target", async ({ page }) => {
  const { link, anchor } = await quoteLink(page);
  await link.click();
  await expect(page.locator(`mark[id="${anchor}"]`)).toHaveText(QUOTE_2019);
  await expect.poll(() => targetId(page), { timeout: 3_000 }).toBe(anchor);
});
