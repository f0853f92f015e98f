import { randomBytes } from "node:crypto";
import {
  DEMO_PASSWORD,
  DEMO_STAFF,
  expect,
  LANDING_OF,
  login,
  makeStaff,
  signIn,
  submitSignIn,
  test,
  waitForHydration,
  type StaffRole,
} from "./fixtures";

/**
 * Finding claims and finding one's way (issue 10): the desk claims list and its filters, where
 * each role lands after sign-in, the reviewer's count in the header, and two sign-in messages.
 * It creates claims and counts proposals, so it runs with the other serial writers.
 */
test.use({ exclusiveWrites: true });

const tag = () => randomBytes(4).toString("hex");

for (const role of Object.keys(LANDING_OF) as StaffRole[]) {
  test(`${role.toLowerCase()} lands on ${LANDING_OF[role].path} after signing in`, async ({ page }) => {
    await submitSignIn(page, DEMO_STAFF[role].email, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${LANDING_OF[role].path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANDING_OF[role].heading);
  });
}

test("an explicit safe callbackUrl still wins over the landing page; an unsafe one is ignored", async ({ page }) => {
  await submitSignIn(page, DEMO_STAFF.ADMIN.email, DEMO_PASSWORD, "/signin?callbackUrl=%2Fadmin%2Fusers");
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");

  // Already signed in: the sign-in page sends an unsafe target to the landing page instead.
  await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await expect(page).toHaveURL(/\/review$/);
});

test("the header shows how many proposals wait for the signed-in reviewer, and nothing for an editor", async ({
  page,
  db,
}) => {
  // A fresh reviewer wrote no proposal, so every pending one a reviewer may decide waits for them.
  const reviewer = await makeStaff(db, "REVIEWER");
  await signIn(page, reviewer.email, reviewer.password, "REVIEWER");
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Review" WHERE state = 'PENDING' AND kind <> 'REDACTION'`,
  );
  const n = rows[0].n;
  const waiting = page.getByRole("banner").getByRole("link", { name: /waits? for you$/ });
  await expect(waiting).toHaveText(`${n} ${n === 1 ? "proposal waits" : "proposals wait"} for you`);
  await expect(waiting).toHaveAttribute("href", "/review");

  const editor = await page.context().browser()!.newContext();
  const editorPage = await editor.newPage();
  await login(editorPage, "EDITOR");
  await expect(editorPage.getByRole("banner").getByRole("link", { name: /waits? for you$/ })).toHaveCount(0);
  await editor.close();
});

test("the claims list finds a claim with no quote, with its filters in the URL", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "EDITOR");
  const statement = `A claim with no quote yet (e2e ${tag()})`;
  await page.goto("/desk/claims/new");
  await waitForHydration(page.getByRole("button", { name: "Save claim" }));
  await page.getByLabel("Claim, in one checkable sentence").fill(statement);
  await page.getByLabel("Or a new subject").fill(`E2E subject ${tag()}`);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new$)[^/]+$/);
  const claimPath = new URL(page.url()).pathname;

  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Claims", exact: true }).click();
  await expect(page).toHaveURL(/\/desk\/claims$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims");
  // An editor decides nothing: no "needs my review" filter for them.
  await expect(page.getByLabel("Needs my review")).toHaveCount(0);

  await page.getByLabel("Statement contains").fill(statement.slice(-12, -1));
  await page.getByLabel("No quote yet").check();
  await page.getByLabel("Created by me").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\?(?=.*noQuote=1)(?=.*mine=1)(?=.*q=)/);
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("link", { name: statement })).toHaveAttribute("href", claimPath);
  await expect(page.getByRole("status")).toHaveText("1 claim matches the filters.");

  // The filters live in the URL: a reload keeps them.
  await page.reload();
  await expect(page.getByLabel("No quote yet")).toBeChecked();
  await expect(page.getByLabel("Created by me")).toBeChecked();

  await page.getByLabel("Status").selectOption({ label: "Corroborated" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=CORROBORATED/);
  await expect(page.getByRole("status")).toHaveText("No claims match the filters.");
  await expect(page.getByRole("table")).toHaveCount(0);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/desk\/claims$/);
  await expect(page.getByRole("table").getByRole("link", { name: statement })).toBeVisible();
});

test("a reviewer's claims list filters to what needs their review", async ({ page }) => {
  await login(page, "REVIEWER");
  await page.goto("/desk/claims?review=1&pending=1");
  await expect(page.getByLabel("Needs my review")).toBeChecked();
  await expect(page.getByLabel("Has a pending proposal")).toBeChecked();
  await expect(page.getByRole("status")).toHaveText(/match(es)? the filters\.$/);
  // Every listed claim has a proposal waiting.
  for (const cell of await page.getByRole("table").locator("tbody tr td:nth-child(6)").allTextContents()) {
    expect(cell).not.toBe("None");
  }
});

test("a 20,000-character email is refused as an invalid address, not as a passing failure", async ({ page }) => {
  await submitSignIn(page, `${"a".repeat(20_000)}@claimtrail.test`, DEMO_PASSWORD);
  await expect(page.locator("#signin-error")).toHaveText(
    "That is not a valid email address. Check it and sign in again.",
  );
  await expect(page).toHaveURL(/\/signin$/);
});

test("a made-up set-password link says at once that it cannot be used", async ({ page }) => {
  await page.goto(`/set-password/${randomBytes(32).toString("base64url")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This link is invalid, used or expired. Ask an admin for a new one.",
  );
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
});
