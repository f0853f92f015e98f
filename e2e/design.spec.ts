import { articleIdByHeadline, expect, test } from "./fixtures";

/** Issue 9: the remembered scheme, the printed claim page, and no sideways scrolling on a phone. */
const CLAIM_2019 = /about 1,000 ISIS fighters were in the desert regions around Baaj, Rawah and Tharthar/;
const HEADLINE_2019 = "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border";

async function claim2019(db: import("pg").Pool): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE q.value = 1000 AND c.visibility = 'PUBLIC' ORDER BY c."createdAt" LIMIT 1`,
  );
  return rows[0].id;
}

const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test("the scheme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/claims");
  const toggle = page.getByRole("button", { name: "Dark scheme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  const light = await background(page);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await background(page);
  expect(dark).not.toBe(light);

  await page.reload();
  // Set before paint by the inline script, not after hydration.
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(dark);
  await expect(page.getByRole("button", { name: "Dark scheme" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Dark scheme" }).click();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await background(page)).toBe(light);
});

test("the stored choice wins over the system's dark setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark scheme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("button", { name: "Dark scheme" })).toHaveAttribute("aria-pressed", "false");
});

test("a printed claim page has the statement, verdict, sources and history", async ({ page, db }) => {
  await page.goto(`/claims/${await claim2019(db)}`);
  await page.emulateMedia({ media: "print" });
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CLAIM_2019);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(main.getByTitle(/independent sources|Not yet confirmed|Sources disagree/).first()).toBeVisible();
  const sources = page.getByRole("region", { name: "Where it appears" });
  await expect(sources).toBeVisible();
  await expect(sources.getByRole("link", { name: HEADLINE_2019 })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toBeVisible();
  await expect(history.getByRole("listitem").first()).toBeVisible();
  // The navigation and the scheme toggle stay off paper.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Dark scheme" })).toBeHidden();
  // And the PDF renders.
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [name, path] of [
    ["home", async () => "/"],
    ["claims list", async () => "/claims"],
    ["claim", async (db: import("pg").Pool) => `/claims/${await claim2019(db)}`],
    ["article", async (db: import("pg").Pool) => `/articles/${await articleIdByHeadline(db, HEADLINE_2019)}`],
    ["sign-in", async () => "/signin"],
    ["transparency", async () => "/transparency"],
    ["how we check claims", async () => "/how-we-check"],
  ] as const) {
    test(`the ${name} page does not scroll sideways`, async ({ page, db }) => {
      await page.goto(await path(db));
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
});
