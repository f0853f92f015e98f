import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { addQuote, expect, login, MEF, MEF_QUOTE, test, waitForHydration } from "./fixtures";

/**
 * What an editor meets in the claim forms: they fit the window, every refusal shows beside its
 * field and in a summary that takes focus, typed input is never dropped, limits are enforced as
 * typed, and focus never falls to <body> after an inline action. Claims made here are internal.
 */
test.use({ exclusiveWrites: true });

const SUBJECT = "Diyala operation against IS remnants (2021)";
const tag = () => randomBytes(4).toString("hex");

const statement = (page: Page) => page.getByLabel("Claim, in one checkable sentence");
const summary = (page: Page) => page.locator(".error-summary");
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? "none");

async function openNewClaim(page: Page) {
  await page.goto("/desk/claims/new");
  await waitForHydration(statement(page));
}

async function pageWidth(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, window: window.innerWidth }));
}

/** Saves an internal claim on the Diyala subject; returns its id. */
async function createClaim(page: Page, text: string): Promise<string> {
  await openNewClaim(page);
  await statement(page).fill(text);
  await page.getByLabel("Existing subject").selectOption({ label: SUBJECT });
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new)[^/?]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

for (const width of [390, 1366]) {
  test(`the claim forms fit a ${width} px window`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await login(page, "EDITOR");
    await openNewClaim(page);
    let size = await pageWidth(page);
    expect(size.scroll, "new claim").toBeLessThanOrEqual(size.window);
    const id = await createClaim(page, `A claim to measure the workspace by (e2e ${tag()})`);
    await page.goto(`/desk/claims/${id}`);
    size = await pageWidth(page);
    expect(size.scroll, "claim workspace").toBeLessThanOrEqual(size.window);
  });
}

test("an over-long new speaker's name is refused beside its field, through a summary that takes focus", async ({
  page,
}) => {
  await login(page, "EDITOR");
  await openNewClaim(page);
  await statement(page).fill(`Who said it is too long (e2e ${tag()})`);
  await page.getByLabel("Existing subject").selectOption({ label: SUBJECT });
  const name = page.getByLabel("Or a new speaker's name");
  // The input takes no more than the limit; a client without it (or a crafted post) meets the server.
  await expect(name).toHaveAttribute("maxlength", "120");
  await name.evaluate((input) => input.removeAttribute("maxlength"));
  await name.fill("x".repeat(121));
  await page.getByRole("button", { name: "Save claim" }).click();

  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText("Or a new speaker's name: At most 120 characters.");
  await expect(page.locator("#newSpeakerName-error")).toHaveText("At most 120 characters.");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveValue("x".repeat(121)); // nothing typed is lost

  // The summary links to the field; fixing the field clears its error at once.
  await summary(page)
    .getByRole("link", { name: /Or a new speaker's name/ })
    .click();
  await expect(name).toBeFocused();
  await name.fill("Hisham al-Hashemi");
  await expect(page.locator("#newSpeakerName-error")).toHaveCount(0);
});

test("internal notes over the limit are refused beside the notes", async ({ page }) => {
  await login(page, "EDITOR");
  await openNewClaim(page);
  await statement(page).fill(`Notes too long (e2e ${tag()})`);
  await page.getByLabel("Existing subject").selectOption({ label: SUBJECT });
  const notes = page.getByLabel("Internal notes");
  await notes.evaluate((input) => input.removeAttribute("maxlength"));
  await notes.fill("n".repeat(501));
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.locator("#internalNotes-error")).toHaveText("At most 500 characters.");
  await expect(summary(page)).toBeFocused();
});

test("the statement box takes exactly the limit the server enforces, and counts", async ({ page }) => {
  await login(page, "EDITOR");
  await openNewClaim(page);
  await statement(page).fill("s".repeat(300));
  await expect(statement(page)).toHaveValue("s".repeat(280));
  await expect(page.locator("#statement-count")).toHaveText("280 of 280 characters");
});

test("a date that does not exist says so", async ({ page }) => {
  await login(page, "EDITOR");
  await openNewClaim(page);
  await statement(page).fill(`Said on a day that never was (e2e ${tag()})`);
  await page.getByLabel("Existing subject").selectOption({ label: SUBJECT });
  await page.getByLabel("Date", { exact: true }).fill("2021-02-30");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.locator("#stated-error")).toHaveText("That date does not exist.");
});

test("a figure typed with its box unticked is asked about, not dropped", async ({ page, db }) => {
  await login(page, "EDITOR");
  await openNewClaim(page);
  const text = `ISIS had about 1,000 fighters (e2e ${tag()})`;
  await statement(page).fill(text);
  await page.getByLabel("Existing subject").selectOption({ label: SUBJECT });
  await page.getByLabel("Value").fill("1000");
  await page.getByLabel("Unit").fill("fighters");
  await page.getByLabel("True as of").fill("2019-07");
  await page.getByRole("button", { name: "Save claim" }).click();

  await expect(page.locator("#hasQuantity-error")).toContainText("tick “This claim states a figure”");
  await expect(page).toHaveURL(/\/desk\/claims\/new/);
  const { rows } = await db.query(`SELECT 1 FROM "Claim" WHERE statement = $1`, [text]);
  expect(rows).toHaveLength(0);
  await expect(page.getByLabel("Value")).toHaveValue("1000");
  await expect(page.getByLabel("Unit")).toHaveValue("fighters");

  await page.getByLabel("This claim states a figure").check();
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new)[^/?]+$/);
  const saved = await db.query<{ value: number }>(
    `SELECT q.value FROM "ClaimQuantity" q JOIN "Claim" c ON c.id = q."claimId" WHERE c.statement = $1`,
    [text],
  );
  expect(saved.rows).toEqual([{ value: 1000 }]);
});

test("focus stays in place after adding evidence and after picking a claim to link", async ({ page }) => {
  await login(page, "EDITOR");
  const marker = tag();
  await createClaim(page, `The other end of a link (e2e ${marker})`);
  const id = await createClaim(page, `A claim that gets evidence and a link (e2e ${marker})`);
  await page.goto(`/desk/claims/${id}`);

  const evidence = page.getByRole("heading", { name: "Add evidence" }).locator("..");
  await waitForHydration(evidence.getByRole("button", { name: "Add evidence" }));
  // A refused submit first: focus goes to the summary, never to <body>.
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(evidence.locator(".error-summary")).toBeFocused();
  await evidence.getByLabel("Address of the page").fill("https://example.org/report");
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(evidence.getByRole("status")).toHaveText("Evidence added.");
  expect(await focusedTag(page)).not.toBe("BODY");

  const link = page.getByRole("heading", { name: "Link to another claim" }).locator("..");
  await link.getByRole("searchbox", { name: "Find the other claim" }).fill(`other end of a link (e2e ${marker})`);
  await link.getByRole("button", { name: "Search" }).click();
  await link.getByRole("button", { name: /^Pick: The other end of a link/ }).click();
  await expect(link.locator("#link-otherClaimId")).toBeFocused();
  await expect(link.locator("#link-otherClaimId")).toContainText(`The other end of a link (e2e ${marker})`);

  // "Pick" in the quote-of-another-claim picker: focus goes to that claim's quotes.
  await evidence.getByLabel("Quote of another claim").check();
  await evidence.getByRole("searchbox", { name: "Find the claim whose quote you cite" }).fill(`(e2e ${marker})`);
  await evidence.getByRole("button", { name: "Search" }).click();
  await evidence.getByRole("button", { name: /^Pick: The other end of a link/ }).click();
  await expect(evidence.getByRole("group", { name: /^Quotes of/ })).toBeFocused();
});

/** What has focus, named: "BODY", or the element's tag and text ("H2 Quotes"). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "BODY";
    return `${el.tagName} ${(el.textContent ?? "").trim().slice(0, 60)}`;
  });

test("after Remove quote, Unlink, a comment, a proposal and its withdrawal, focus lands in the section, never <body>", async ({
  page,
  db,
}) => {
  test.setTimeout(180_000); // about a dozen page loads and actions on a loaded machine
  await login(page, "EDITOR");
  const marker = tag();
  await createClaim(page, `The far end of an unlink (e2e ${marker})`);
  const text = `A claim that loses its quote and its link (e2e ${marker})`;
  const id = await createClaim(page, text);
  await addQuote(page, db, { id, statement: text }, MEF, MEF_QUOTE);

  // Remove quote: the item goes, focus goes to the Quotes heading.
  const quotes = page.getByRole("region", { name: "Quotes", exact: true });
  await waitForHydration(quotes.getByRole("button", { name: "Remove quote" }));
  await quotes.getByRole("button", { name: "Remove quote" }).click();
  await expect(quotes.getByRole("button", { name: "Remove quote" })).toHaveCount(0);
  await expect(quotes.getByRole("heading", { name: "Quotes", exact: true })).toBeFocused();
  expect(await focusedName(page)).toBe("H2 Quotes");

  // Link claims: the form stays, and so does focus (on its button).
  const links = page.getByRole("region", { name: "Linked claims" });
  await links.getByRole("searchbox", { name: "Find the other claim" }).fill(`far end of an unlink (e2e ${marker})`);
  await links.getByRole("button", { name: "Search" }).click();
  await links.getByRole("button", { name: /^Pick: The far end of an unlink/ }).click();
  await links.getByLabel("How they relate").selectOption({ index: 1 });
  await links.getByRole("button", { name: "Link claims" }).click();
  await expect(links.getByRole("button", { name: "Unlink" })).toHaveCount(1);
  expect(await focusedName(page)).toBe("BUTTON Link claims");

  // Unlink: the item goes, focus goes to the section's heading.
  await links.getByRole("button", { name: "Unlink" }).click();
  await expect(links.getByRole("button", { name: "Unlink" })).toHaveCount(0);
  await expect(links.getByRole("heading", { name: "Linked claims" })).toBeFocused();

  // Add comment: the form empties and keeps focus on its button.
  const comments = page.getByRole("region", { name: "Comments" });
  await comments.getByLabel("Comment (staff only)").fill("Checked the wire copy.");
  await comments.getByRole("button", { name: "Add comment" }).click();
  await expect(comments.getByLabel("Comment (staff only)")).toHaveValue("");
  await expect(comments.locator("li, article").filter({ hasText: "Checked the wire copy." })).not.toHaveCount(0);
  expect(await focusedName(page)).toBe("BUTTON Add comment");

  // Propose to publish: the form gives way to the pending proposal; focus goes to the heading.
  const review = page.getByRole("region", { name: "Review and publication" });
  const summaryOf = page.locator("summary").filter({ hasText: "Propose to publish" });
  const details = page.locator("details").filter({ has: summaryOf });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summaryOf.click();
  const publish = review.getByRole("form", { name: "Propose to publish" });
  await publish.getByLabel("Rationale").fill("Ready for readers.");
  await publish.getByRole("button", { name: "Propose to publish" }).click();
  await expect(review).toContainText("Waiting for review: publication");
  await expect(review.getByRole("heading", { name: "Review and publication" })).toBeFocused();

  // Withdraw this proposal (behind a confirmation): the proposal goes; focus goes to the heading.
  await review.getByRole("button", { name: "Withdraw this proposal" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Withdraw", exact: true }).click();
  await expect(review).not.toContainText("Waiting for review");
  await expect(review.getByRole("heading", { name: "Review and publication" })).toBeFocused();
});
