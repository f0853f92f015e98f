import type { Locator, Page } from "@playwright/test";
import { STATUS_EXPLANATION } from "../lib/claims/format";
import { countPublicClaims, expect, test } from "./fixtures";

type Status = keyof typeof STATUS_EXPLANATION;

const filters = (page: Page) => page.getByRole("navigation", { name: "Filter by status" });
const claimCards = (page: Page) => page.getByRole("main").getByRole("listitem").getByRole("article");
/** A status badge carries its explanation as its title (the label alone is also in the filters). */
const badges = (scope: Locator | Page, status: Status) => scope.getByTitle(STATUS_EXPLANATION[status], { exact: true });

test("/claims lists public claims with a count", async ({ page, db }) => {
  const total = await countPublicClaims(db);
  await page.goto("/claims");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims");
  await expect(page.getByRole("status")).toHaveText(`${total} claims`);
  await expect(filters(page).getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "page");
  await expect(claimCards(page)).toHaveCount(Math.min(total, 20));
  // Each card links to its claim.
  await expect(claimCards(page).first().getByRole("link")).toHaveAttribute("href", /^\/claims\/[^/]+$/);
});

for (const [label, status] of [
  ["Corroborated", "CORROBORATED"],
  ["Conflicting", "CONFLICTING"],
] as const) {
  test(`the "${label}" filter shows only ${label.toLowerCase()} claims`, async ({ page, db }) => {
    const total = await countPublicClaims(db);
    const expected = await countPublicClaims(db, status);
    expect(expected, `the sample data has ${label.toLowerCase()} claims`).toBeGreaterThan(0);

    await page.goto("/claims");
    await expect(page.getByRole("status")).toHaveText(`${total} claims`);
    await filters(page).getByRole("link", { name: label, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/claims\\?status=${status}$`));
    await expect(page.getByRole("status")).toHaveText(
      `${expected} ${expected === 1 ? "claim" : "claims"} marked ${label.toLowerCase()}`,
    );
    await expect(filters(page).getByRole("link", { name: label, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(filters(page).getByRole("link", { name: "All" })).not.toHaveAttribute("aria-current", "page");

    const cards = claimCards(page);
    await expect(cards).toHaveCount(Math.min(expected, 20));
    await expect(badges(cards, status)).toHaveCount(await cards.count());
    for (const other of Object.keys(STATUS_EXPLANATION) as Status[]) {
      if (other !== status) await expect(badges(cards, other)).toHaveCount(0);
    }
    for (const card of await cards.all()) await expect(badges(card, status)).toContainText(label);

    // The filter lives in the URL: loading it directly gives the same list.
    await page.reload();
    await expect(page.getByRole("status")).toContainText(`marked ${label.toLowerCase()}`);
    await expect(badges(cards, status)).toHaveCount(Math.min(expected, 20));
  });
}

test("an unknown status in the URL falls back to all claims", async ({ page, db }) => {
  const total = await countPublicClaims(db);
  await page.goto("/claims?status=BOGUS");
  await expect(page.getByRole("status")).toHaveText(`${total} claims`);
});
