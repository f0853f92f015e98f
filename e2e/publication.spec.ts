import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import type pg from "pg";
import { DEMO_STAFF, expect, login, test, waitForHydration, type StaffRole } from "./fixtures";

/**
 * Nothing reaches the public without a second person: a published claim's edit waits for a
 * reviewer and then shows as a correction; a draft is invisible until its publication is
 * approved; a withdrawn claim's URL answers 410 with the notice. Each journey crosses roles, so
 * each test sets its timeout from the pages it loads.
 */
test.use({ exclusiveWrites: true });

const tag = () => randomBytes(4).toString("hex");

async function pageAs(browser: Browser, role: StaffRole | null): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (role) await login(page, role);
  return page;
}

async function claimId(db: pg.Pool, statementStart: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Claim" WHERE statement LIKE $1`, [
    `${statementStart}%`,
  ]);
  expect(rows).toHaveLength(1);
  return rows[0].id;
}

/** Opens the proposal form with this button label on the claim workspace and fills it in. */
async function propose(page: Page, kind: string, fields: Record<string, string>) {
  await waitForHydration(page.getByRole("region", { name: "Review and publication" }).locator("form").first());
  const details = page.locator("details").filter({ has: page.getByText(kind, { exact: true }) });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await details.getByText(kind, { exact: true }).first().click();
  }
  const form = page.getByRole("form", { name: kind });
  await waitForHydration(form.getByRole("button", { name: kind }));
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form.getByRole("button", { name: kind }).click();
  // Once proposed, the form gives way to the pending proposal.
  await expect(page.getByRole("region", { name: "Review and publication" })).toContainText("Waiting for review:");
}

const DEFEATED = "ISIS was defeated as a territory-holding force in Iraq by late 2017";

test("an edit of a corroborated claim waits for a reviewer, then shows as a correction", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(180_000);
  const id = await claimId(db, DEFEATED);
  const reader = await pageAs(browser, null);
  await reader.goto(`/claims/${id}`);
  const original = (await reader.getByRole("heading", { level: 1 }).textContent())!;
  const corrected = original.replace("by late 2017", `by the end of 2017 (e2e ${tag()})`);

  await login(page, "EDITOR");
  await page.goto(`/desk/claims/${id}`);
  const editor = page.getByRole("region", { name: "Claim", exact: true });
  await editor.getByLabel("Claim, in one checkable sentence").fill(corrected);
  await editor.getByRole("button", { name: "Save to the draft revision" }).click();
  const draft = page.getByRole("region", { name: "Unpublished changes" });
  await expect(draft).toContainText(`Statement: ${original} → ${corrected}`);

  // The public page has not moved.
  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(original);
  await expect(reader.getByText(/Corrected on/)).toHaveCount(0);

  await propose(page, "Propose the revision", { "Rationale (staff only)": "Sharper wording of the date." });

  const reviewer = await pageAs(browser, "REVIEWER");
  await reviewer.goto("/review");
  const card = reviewer.getByRole("article", { name: original });
  await expect(card).toContainText(`Statement: ${original} → ${corrected}`);
  await expect(card).toContainText("Independent sources: 3");
  // The status question is required, beside its own field.
  await waitForHydration(card.getByRole("button", { name: "Approve" }));
  await card.getByLabel("Public summary").fill("Reworded: the sources put the defeat at the end of 2017.");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card.getByRole("group", { name: /still hold/ })).toHaveAccessibleDescription(
    /Say whether “corroborated” still holds/,
  );
  await card.getByLabel("Yes, it still holds").check();
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveCount(0);

  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(corrected);
  await expect(reader.getByText(/^Corrected on \d+ \w+ \d{4}/)).toBeVisible();
  const history = reader.getByRole("region", { name: "History" });
  await expect(history).toContainText(`Corrected, approved by ${DEMO_STAFF.REVIEWER.name}`);
  await expect(history).toContainText(`Statement: ${original} → ${corrected}`);
  await expect(history).toContainText("Reworded: the sources put the defeat at the end of 2017.");
  // The proposer's rationale stays on the staff side.
  await expect(reader.getByRole("main")).not.toContainText("Sharper wording of the date.");
});

test("a new claim stays invisible to the public until its publication is approved", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await login(page, "EDITOR");
  const statement = `Iraq reopened the Rabia border crossing (e2e ${tag()})`;
  await page.goto("/desk/claims/new");
  await waitForHydration(page.getByLabel("Claim, in one checkable sentence"));
  await page.getByLabel("Claim, in one checkable sentence").fill(statement);
  await page.getByLabel("Or a new subject").fill(`E2E subject ${tag()}`);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new)[^/?]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByText("Internal draft (staff only)")).toBeVisible();

  const reader = await pageAs(browser, null);
  expect((await reader.goto(`/claims/${id}`))?.status()).toBe(404);

  await propose(page, "Propose to publish", { "Rationale (staff only)": "Checked against the wire." });
  expect((await reader.goto(`/claims/${id}`))?.status()).toBe(404);

  const reviewer = await pageAs(browser, "REVIEWER");
  await reviewer.goto("/review");
  const card = reviewer.getByRole("article", { name: statement });
  await expect(card).toContainText("Publication");
  await waitForHydration(card.getByRole("button", { name: "Approve" }));
  await card.getByLabel("Public summary").fill("Published as unverified: one wire report so far.");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveCount(0);

  expect((await reader.goto(`/claims/${id}`))?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(statement);
  await expect(reader.getByRole("region", { name: "History" })).toContainText(
    `Published, approved by ${DEMO_STAFF.REVIEWER.name}`,
  );
});

test("a withdrawn claim's URL answers 410 with the notice, the reason, who approved it and its history", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(150_000);
  const id = await claimId(db, "The United States had 2,500 troops in Iraq.");
  await login(page, "REVIEWER");
  await page.goto(`/desk/claims/${id}`);
  await propose(page, "Propose to withdraw", {
    "Public reason": "The figure describes a later date than the article it was quoted from.",
    "Rationale (staff only)": "Dated wrongly; withdraw rather than correct.",
  });

  const admin = await pageAs(browser, "ADMIN");
  await admin.goto("/review");
  const card = admin.getByRole("article", { name: "The United States had 2,500 troops in Iraq." });
  await waitForHydration(card.getByRole("button", { name: "Approve" }));
  await card.getByLabel("Public summary").fill("Withdrawn: wrongly dated.");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveCount(0);

  const reader = await pageAs(browser, null);
  const response = await reader.goto(`/claims/${id}`);
  expect(response?.status()).toBe(410);
  await expect(reader.getByRole("note")).toContainText(/This claim was withdrawn on \d+ \w+ \d{4}/);
  await expect(reader.getByRole("note")).toContainText(`approved by ${DEMO_STAFF.ADMIN.name}`);
  await expect(reader.getByRole("note")).toContainText(
    "The figure describes a later date than the article it was quoted from.",
  );
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("The United States had 2,500 troops in Iraq.");
  const history = reader.getByRole("region", { name: "History" });
  await expect(history).toContainText("Published, approved by");
  await expect(history).toContainText(`Withdrawn, approved by ${DEMO_STAFF.ADMIN.name}`);
});
