import type { Page } from "@playwright/test";
import type pg from "pg";
import { expect, test } from "./fixtures";

/** Public claim counts per subject, straight from the database. */
async function subjectCounts(db: pg.Pool): Promise<Map<string, number>> {
  const { rows } = await db.query<{ name: string; n: number }>(
    `SELECT s.name, count(*)::int AS n
       FROM "Subject" s JOIN "Claim" c ON c."subjectId" = s.id AND c.visibility = 'PUBLIC'
      GROUP BY s.name`,
  );
  return new Map(rows.map((r) => [r.name, r.n]));
}

async function checkHome(page: Page, db: pg.Pool) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What the news claimed, and what holds up");

  const decisions = page.getByRole("region", { name: "Recent status decisions" });
  await expect(decisions.getByRole("heading", { name: "Recent status decisions" })).toBeVisible();
  const decisionItems = decisions.getByRole("listitem");
  expect(await decisionItems.count()).toBeGreaterThanOrEqual(1);
  const first = decisionItems.first();
  // Each decision says what changed and who approved it.
  await expect(first).toContainText(/Unverified → (Corroborated|Conflicting)/);
  await expect(first).toContainText("approved by Rami Reviewer");
  const claimLink = first.getByRole("link");
  await expect(claimLink).toHaveAttribute("href", /^\/claims\/[^/]+$/);

  const subjects = page.getByRole("region", { name: "Subjects with the most claims" });
  const subjectItems = subjects.getByRole("listitem");
  expect(await subjectItems.count()).toBeGreaterThanOrEqual(1);
  const expected = await subjectCounts(db);
  const shown: number[] = [];
  for (const item of await subjectItems.all()) {
    const name = (await item.locator("strong").innerText()).trim();
    const match = /\((\d+) claims?\)/.exec(await item.innerText());
    expect(match, `claim count shown for ${name}`).not.toBeNull();
    const count = Number(match![1]);
    expect(count, `claims on ${name}`).toBe(expected.get(name));
    shown.push(count);
  }
  // Most claims first.
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
  await expect(subjects.getByText("ISIS fighter strength in Iraq")).toBeVisible();

  // The decision's link leads to that claim.
  const statement = (await claimLink.innerText()).trim();
  await claimLink.click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);
}

test("home shows recent status decisions linking to claims, and subjects with counts", async ({ page, db }) => {
  await checkHome(page, db);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("home renders and its links work as plain links", async ({ page, db }) => {
    await checkHome(page, db);
  });
});
