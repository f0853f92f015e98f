import { randomBytes } from "node:crypto";
import { countPublicClaims, expect, test } from "./fixtures";

for (const path of ["/claims/does-not-exist", "/articles/does-not-exist", "/articles/does-not-exist/raw"]) {
  test(`${path} is a 404 with a "Not found" page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
    await expect(page.getByRole("link", { name: "Browse all claims" })).toHaveAttribute("href", "/claims");
    // In the site's own header and layout, with its navigation.
    await expect(page.getByRole("banner").getByRole("link", { name: "Claims" })).toBeVisible();
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
  });
}

test("an internal claim is a 404 and is not listed", async ({ page, db }) => {
  const id = `e2e-internal-${randomBytes(6).toString("hex")}`;
  const statement = `E2E internal claim ${id}: must never be shown to the public.`;
  const inserted = await db.query(
    `INSERT INTO "Claim" (id, statement, "subjectId", "createdById", visibility, "internalNotes", "updatedAt")
     SELECT $1, $2, "subjectId", "createdById", 'INTERNAL', 'Inserted by e2e/not-found.spec.ts', now()
       FROM "Claim" WHERE visibility = 'PUBLIC' ORDER BY "createdAt" LIMIT 1`,
    [id, statement],
  );
  expect(inserted.rowCount).toBe(1);
  try {
    const response = await page.goto(`/claims/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
    await expect(page.getByText(statement)).toHaveCount(0);
    // The title must not leak the statement either.
    await expect(page).not.toHaveTitle(new RegExp(id));

    // Newest claims come first, so an internal claim that leaked would be on the first page.
    const total = await countPublicClaims(db);
    await page.goto("/claims");
    await expect(page.getByRole("status")).toHaveText(`${total} claims, newest first`);
    await expect(page.getByText(statement)).toHaveCount(0);
    await expect(page.locator(`a[href^="/claims/${id}"]`)).toHaveCount(0);
    await page.goto("/claims?status=UNVERIFIED");
    await expect(page.getByText(statement)).toHaveCount(0);
  } finally {
    await db.query(`DELETE FROM "Claim" WHERE id = $1`, [id]);
  }
});

test("readers find how claims are checked from every public page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "How we check" }).click();
  await expect(page).toHaveURL(/\/how-we-check$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we check claims");
  // The statuses with what each needs, the review rule, and how to read a figure.
  for (const section of [
    "What the statuses mean",
    "Who decides",
    "Corrections and withdrawals",
    "How to read a figure",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByRole("main")).toContainText("at least two independent sources");
  await expect(page.getByRole("main")).toContainText("Nobody approves their own proposal");
});
