import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type pg from "pg";
import { DEMO_STAFF, expect, login, test, waitForHydration } from "./fixtures";

/**
 * "Request a correction": a reader sends one from a (cached) claim page, with JavaScript and
 * without; refusals show beside their fields with nothing typed lost; a staff member finds the
 * request in the queue at /desk/corrections and answers it. One page per test.
 */
test.use({ exclusiveWrites: true });

const tag = () => randomBytes(4).toString("hex");
/** The form refuses a submission younger than this (lib/corrections/form-stamp.ts, server-only). */
const STAMP_MIN_AGE_MS = 3_000;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function sampleClaimId(db: pg.Pool): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id
      WHERE q.value = 1000 AND c.visibility = 'PUBLIC' ORDER BY c."createdAt" LIMIT 1`,
  );
  return rows[0].id;
}

/** Each test starts with this machine's address under its limit (every request here comes from 127.0.0.1). */
test.beforeEach(async ({ db }) => {
  await db.query(`DELETE FROM rate_limits WHERE key LIKE 'correction-address:%'`);
});

/** Waits for the condition the server checks: the form's stamp is older than a person's fastest request. */
async function waitUntilStampIsOldEnough(page: Page) {
  const stamp = page.locator('form.correction-form input[name="formStamp"]');
  await expect(stamp).not.toHaveValue("");
  const issuedAt = Number((await stamp.inputValue()).split(".")[0]);
  await expect
    .poll(() => Date.now() - issuedAt, { message: "the stamp should age", timeout: 20_000 })
    .toBeGreaterThan(STAMP_MIN_AGE_MS + 500);
}

async function openForm(page: Page, db: pg.Pool, hydrate = true) {
  const id = await sampleClaimId(db);
  await page.goto(`/claims/${id}`);
  const form = page.locator("form.correction-form");
  if (hydrate) await waitForHydration(form.getByRole("button", { name: "Send request" }));
  return { id, form };
}

async function storedRequests(db: pg.Pool, message: string) {
  const { rows } = await db.query<{ email: string | null; sourceUrl: string | null; state: string }>(
    `SELECT email, "sourceUrl", state::text AS state FROM "CorrectionRequest" WHERE message = $1`,
    [message],
  );
  return rows;
}

test("a reader sends a correction request from a claim page and sees the confirmation", async ({ page, db }) => {
  test.setTimeout(60_000);
  const { form } = await openForm(page, db);
  // Near the verdict: how we check, and the way to this form.
  await expect(page.getByRole("link", { name: "How we check claims" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Request a correction" }).click();
  await expect(page.getByRole("heading", { name: "Request a correction" })).toBeInViewport();

  const message = `The 2019 figure was for Anbar only (e2e ${tag()}).`;
  await form.getByLabel("What is wrong?").fill(message);
  await expect(form.getByText(`${message.length} of 2,000 characters`)).toBeVisible();
  await form.getByLabel("A source that shows it (optional)").fill("https://example.org/anbar-report");
  await form.getByLabel("Your e-mail, if you would like a reply (optional)").fill("reader@example.org");
  await waitUntilStampIsOldEnough(page);
  await form.getByRole("button", { name: "Send request" }).click();

  await expect(page.getByRole("status").filter({ hasText: "your request reached our editors" })).toBeVisible();
  expect(await storedRequests(db, message)).toEqual([
    { email: "reader@example.org", sourceUrl: "https://example.org/anbar-report", state: "OPEN" },
  ]);
  // The address the reader gave is for staff only, and the page is still served from the cache.
  await page.reload();
  expect(await page.content()).not.toContain("reader@example.org");
  const again = await page.request.get(page.url());
  expect(again.headers()["x-nextjs-cache"], "the claim page is served from Next's cache").toBe("HIT");
});

test("refusals show beside the fields and keep what the reader typed", async ({ page, db }) => {
  test.setTimeout(60_000);
  const { form } = await openForm(page, db);
  const message = "x".repeat(5);
  await form.getByLabel("What is wrong?").fill(message);
  await form.getByLabel("A source that shows it (optional)").fill("not a web address");
  await form.getByLabel("Your e-mail, if you would like a reply (optional)").fill("reader at example");
  await form.getByRole("button", { name: "Send request" }).click();

  await expect(form.getByRole("alert")).toHaveText("Not sent: check the highlighted fields.");
  await expect(form.locator("#message-error")).toHaveText("Say a little more: at least 10 characters.");
  await expect(form.locator("#sourceUrl-error")).toHaveText(
    "Use a full web address starting with https:// or http://.",
  );
  await expect(form.locator("#email-error")).toHaveText(
    "Enter an e-mail address like name@example.org, or leave it empty.",
  );
  await expect(form.getByLabel("What is wrong?")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("What is wrong?")).toHaveValue(message);
  await expect(form.getByLabel("A source that shows it (optional)")).toHaveValue("not a web address");
  await expect(form.getByLabel("Your e-mail, if you would like a reply (optional)")).toHaveValue("reader at example");
  // The form with its errors shown is as accessible as without.
  const { violations } = await new AxeBuilder({ page }).include("form.correction-form").withTags(TAGS).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // The limits are in the fields themselves, and the count says how far the reader is.
  await expect(form.getByLabel("What is wrong?")).toHaveAttribute("maxlength", "2000");
  await expect(form.getByLabel("A source that shows it (optional)")).toHaveAttribute("maxlength", "2000");
  await expect(form.getByText("5 of 2,000 characters")).toBeVisible();

  // A robot that fills in the hidden trap field is refused, and the text stays.
  const real = `The subject is wrong (e2e ${tag()}).`;
  await form.getByLabel("What is wrong?").fill(real);
  await form.getByLabel("A source that shows it (optional)").fill("");
  await form.getByLabel("Your e-mail, if you would like a reply (optional)").fill("");
  await form.locator('input[name="website"]').fill("https://spam.example", { force: true });
  await waitUntilStampIsOldEnough(page);
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form.getByRole("alert")).toContainText("Not sent: a field that people do not see was filled in");
  await expect(form.getByLabel("What is wrong?")).toHaveValue(real);
  expect(await storedRequests(db, real)).toEqual([]);

  await form.locator('input[name="website"]').fill("", { force: true });
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your request reached our editors" })).toBeVisible();
  expect(await storedRequests(db, real)).toEqual([{ email: null, sourceUrl: null, state: "OPEN" }]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the first press asks to confirm (the cached page carries no stamp), the second sends", async ({ page, db }) => {
    test.setTimeout(60_000);
    const { form } = await openForm(page, db, false);
    const message = `No-script request: the date is wrong (e2e ${tag()}).`;
    await form.getByLabel("What is wrong?").fill(message);
    await form.getByRole("button", { name: "Send request" }).click();

    const answered = page.locator("form.correction-form");
    await expect(answered.getByRole("alert")).toContainText("Not sent yet: to keep out automated messages");
    await expect(answered.getByLabel("What is wrong?")).toHaveValue(message);
    expect(await storedRequests(db, message)).toEqual([]);
    await waitUntilStampIsOldEnough(page);
    await answered.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("status").filter({ hasText: "your request reached our editors" })).toBeVisible();
    expect(await storedRequests(db, message)).toEqual([{ email: null, sourceUrl: null, state: "OPEN" }]);
  });
});

/** An open request on the sample claim, older than any other, so it heads the queue. */
async function insertRequest(db: pg.Pool, message: string): Promise<string> {
  const id = `e2e${randomBytes(10).toString("hex")}`;
  await db.query(
    `INSERT INTO "CorrectionRequest" (id, "claimId", message, email, "sourceUrl", "createdAt")
     VALUES ($1, $2, $3, 'queue-reader@example.org', 'https://example.org/source', '2000-01-01')`,
    [id, await sampleClaimId(db), message],
  );
  return id;
}

test("a staff member finds the request in the queue, with its claim, and answers it", async ({ page, db }) => {
  test.setTimeout(90_000);
  const message = `Queue request: the scope is wrong (e2e ${tag()}).`;
  await insertRequest(db, message);
  await login(page, "EDITOR");
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: /^Corrections/ })).toHaveText(
    /Corrections \(\d+ open\)/,
  );
  await page
    .getByRole("navigation", { name: "Staff" })
    .getByRole("link", { name: /^Corrections/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Correction requests" })).toBeVisible();

  const card = page.locator("article.correction-request", { hasText: message });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: "The public page" })).toHaveAttribute("href", /^\/claims\//);
  await expect(card.getByRole("link", { name: /ISIS|fighters|1,000/ }).first()).toHaveAttribute(
    "href",
    /^\/desk\/claims\//,
  );
  await expect(card.getByRole("link", { name: "queue-reader@example.org" })).toBeVisible();

  const reply = card.getByLabel("Reply");
  await waitForHydration(reply);
  await card.getByRole("button", { name: "Record the answer" }).click();
  await expect(card.getByText("Write the reply.")).toBeVisible();
  await reply.fill("Thank you: we checked the scope and corrected it.");
  await card.getByRole("button", { name: "Record the answer" }).click();
  await expect(page.locator("article.correction-request", { hasText: message })).toHaveCount(0);

  await page.getByRole("link", { name: /^Answered \(/ }).click();
  const answered = page.locator("article.correction-request", { hasText: message });
  await expect(answered).toContainText(`Answered by ${DEMO_STAFF.EDITOR.name}`);
  await expect(answered).toContainText("Thank you: we checked the scope and corrected it.");
  // An answered request can still be closed; it cannot be answered twice.
  await expect(answered.getByRole("button", { name: "Record the answer" })).toHaveCount(0);
  await expect(answered.getByRole("button", { name: "Close the request" })).toBeVisible();
});

async function expectAccessibleAndNarrowEnough(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, path).toEqual([]);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("the claim page with the correction form passes axe and does not scroll sideways", async ({ page, db }) => {
      test.setTimeout(60_000);
      await expectAccessibleAndNarrowEnough(page, `/claims/${await sampleClaimId(db)}`);
      await expect(page.locator("form.correction-form")).toBeVisible();
    });

    test("the correction queue passes axe and does not scroll sideways", async ({ page, db }) => {
      test.setTimeout(90_000);
      await insertRequest(db, `Axe request with a long unbroken address ${"a".repeat(80)}@example.org (e2e ${tag()})`);
      await login(page, "REVIEWER");
      await expectAccessibleAndNarrowEnough(page, "/desk/corrections");
      await expect(page.locator("article.correction-request").first()).toBeVisible();
    });
  });
}
