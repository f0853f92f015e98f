import { randomBytes } from "node:crypto";
import type { Browser, Locator, Page } from "@playwright/test";
import {
  AREAS_OF,
  DEMO_STAFF,
  expect,
  expectStaffAreas,
  login,
  signIn,
  submitSignIn,
  test,
  waitForHydration,
} from "./fixtures";

// These tests add staff accounts; the write-protection spec counts them.
test.use({ exclusiveWrites: true });

type Person = { name: string; email: string; password: string };

/** Someone new, with an address no other test (or earlier run) uses. */
function newPerson(label: string): Person {
  const id = randomBytes(4).toString("hex");
  return {
    name: `E2E ${label} ${id}`,
    email: `e2e-${label.toLowerCase()}-${id}@claimtrail.test`,
    password: `a quiet harbour at dawn ${id}`,
  };
}

const ADMIN = `${DEMO_STAFF.ADMIN.name} (${DEMO_STAFF.ADMIN.email})`;

function createForm(page: Page): Locator {
  return page.locator("form").filter({ has: page.getByRole("button", { name: "Create user" }) });
}

function userRow(page: Page, email: string): Locator {
  return page.locator(`tr[data-email="${email}"]`);
}

async function openUsers(page: Page): Promise<void> {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await waitForHydration(createForm(page).getByRole("button", { name: "Create user" }));
}

/** Clicks a server-action button and waits for the action's answer. */
async function runAction(page: Page, button: Locator): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]),
  );
  await button.click();
  expect((await answered).status()).toBe(200);
}

async function fillCreateForm(page: Page, values: { name: string; email: string; role: string }): Promise<void> {
  const form = createForm(page);
  await form.getByLabel("Name", { exact: true }).fill(values.name);
  await form.getByLabel("Email", { exact: true }).fill(values.email);
  await form.getByLabel("Role", { exact: true }).selectOption(values.role);
}

/** Adds a user through the admin page (already open) and returns the one-time link it shows. */
async function createUser(page: Page, person: Person, role = "EDITOR"): Promise<string> {
  await fillCreateForm(page, { name: person.name, email: person.email, role });
  const form = createForm(page);
  await runAction(page, form.getByRole("button", { name: "Create user" }));
  await expect(form.getByRole("status")).toContainText(`Account created for ${person.email}.`);
  const link = (await form.getByTestId("set-password-link").textContent())?.trim() ?? "";
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{40,}$/);
  return link;
}

/** Submits the set-password form at `link` (in whatever context `page` belongs to). */
async function submitNewPassword(page: Page, link: string, password: string, confirm = password): Promise<void> {
  if (page.url() !== link) await page.goto(link);
  const field = page.getByLabel("New password", { exact: true });
  await waitForHydration(field);
  await field.fill(password);
  await page.getByLabel("The same password again", { exact: true }).fill(confirm);
  await page.getByRole("button", { name: "Set password" }).click();
}

/** A new anonymous browser, as the person the link is handed to would have. */
async function anonymousPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** Creates `person` through the admin page, sets their password and signs them in on `theirs`. */
async function onboard(admin: Page, theirs: Page, person: Person): Promise<void> {
  const link = await createUser(admin, person);
  await submitNewPassword(theirs, link, person.password);
  await expect(theirs.getByRole("status")).toContainText("Your password is set.");
  await signIn(theirs, person.email, person.password);
  await expectStaffAreas(theirs, AREAS_OF.EDITOR);
}

test("an admin adds a user and gets a one-time link; mistakes show beside the fields and keep what was typed", async ({
  page,
  baseURL,
}) => {
  const person = newPerson("Created");
  await login(page, "ADMIN");
  await openUsers(page);
  const form = createForm(page);
  const name = form.getByLabel("Name", { exact: true });
  const email = form.getByLabel("Email", { exact: true });

  // No name and a malformed address: both fields say what is wrong, and the address stays.
  await fillCreateForm(page, { name: "", email: "not-an-email", role: "REVIEWER" });
  await runAction(page, form.getByRole("button", { name: "Create user" }));
  await expect(form.getByRole("alert")).toContainText("Check the highlighted fields.");
  await expect(name).toHaveAccessibleDescription("Enter a name.");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter a valid email address.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue("not-an-email");

  // The name is fixed, the address is not: the name is kept and no longer flagged.
  await name.fill(person.name);
  await runAction(page, form.getByRole("button", { name: "Create user" }));
  await expect(email).toHaveAccessibleDescription("Enter a valid email address.");
  await expect(name).toHaveValue(person.name);
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue("not-an-email");
  await expect(form.getByTestId("set-password-link")).toHaveCount(0);

  const link = await createUser(page, person, "REVIEWER");
  expect(link.startsWith(`${baseURL}/set-password/`)).toBe(true);
  await expect(form.getByRole("status")).toContainText("works once, and expires in 24 hours");

  const row = userRow(page, person.email);
  await expect(row.getByRole("rowheader")).toHaveText(person.name);
  await expect(row.getByLabel(`Role of ${person.name}`)).toHaveValue("REVIEWER");
  await expect(row).toContainText("Active");

  // The same address again is refused beside the Email field.
  await fillCreateForm(page, { name: `${person.name} again`, email: person.email, role: "EDITOR" });
  await runAction(page, form.getByRole("button", { name: "Create user" }));
  await expect(form.getByRole("alert")).toContainText("A user with that email already exists.");
  await expect(email).toHaveAccessibleDescription("Already in use.");
  await expect(name).toHaveValue(`${person.name} again`);
  await expect(page.locator(`tr[data-email="${person.email}"]`)).toHaveCount(1);
});

test("the set-password link refuses weak passwords, works once, and lets the new user sign in", async ({
  page,
  browser,
  baseURL,
}) => {
  const person = newPerson("Linked");
  await login(page, "ADMIN");
  await openUsers(page);
  const link = await createUser(page, person);

  const theirs = await anonymousPage(browser, baseURL);
  await theirs.goto(link);
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("Set your password");
  const password = theirs.getByLabel("New password", { exact: true });
  const confirm = theirs.getByLabel("The same password again", { exact: true });

  await submitNewPassword(theirs, link, "too short");
  await expect(password).toHaveAccessibleDescription("Use at least 12 characters.");
  await expect(password).toHaveAttribute("aria-invalid", "true");

  await submitNewPassword(theirs, link, "password1234");
  await expect(password).toHaveAccessibleDescription(
    "That password is on a list of commonly used passwords; choose another.",
  );

  await submitNewPassword(theirs, link, person.password, `${person.password}!`);
  await expect(confirm).toHaveAccessibleDescription("The two passwords differ.");

  // None of those spent the link.
  await submitNewPassword(theirs, link, person.password);
  await expect(theirs.getByRole("status")).toHaveText(`Your password is set. Sign in with ${person.email}.`);
  await expect(theirs.getByRole("link", { name: "Sign in", exact: true })).toHaveAttribute("href", "/signin");

  // A second visit to the same link says at once that it is spent: no form to fill in.
  await theirs.goto(link);
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
  await expect(theirs.getByRole("main").getByRole("alert")).toHaveText(
    "This link is invalid, used or expired. Ask an admin for a new one.",
  );
  await expect(theirs.getByLabel("New password", { exact: true })).toHaveCount(0);

  // The password from the first use is the one that works.
  await submitSignIn(theirs, person.email, `another ${person.password}`);
  await expect(theirs.locator("#signin-error")).toHaveText("That email and password do not match an active account.");
  await signIn(theirs, person.email, person.password);
  const header = theirs.getByRole("banner");
  await expect(header).toContainText(person.name);
  await expect(header.getByText("editor", { exact: true })).toBeVisible();
  await expectStaffAreas(theirs, AREAS_OF.EDITOR);
  await theirs.context().close();
});

test("changing a signed-in user's role ends their session; they sign in again with the new role", async ({
  page,
  browser,
  baseURL,
}) => {
  const person = newPerson("Promoted");
  await login(page, "ADMIN");
  await openUsers(page);
  const theirs = await anonymousPage(browser, baseURL);
  await onboard(page, theirs, person);

  const row = userRow(page, person.email);
  await row.getByLabel(`Role of ${person.name}`).selectOption("REVIEWER");
  await runAction(page, row.getByRole("button", { name: "Change role", exact: true }));
  await expect(row.getByRole("alert")).toHaveCount(0);
  await page.reload();
  await expect(userRow(page, person.email).getByLabel(`Role of ${person.name}`)).toHaveValue("REVIEWER");

  // Their next page is refused: the old session carried the old role.
  await theirs.goto("/desk");
  await expect(theirs).toHaveURL(/\/signin\?callbackUrl=%2Fdesk$/);
  await expect(theirs.getByRole("navigation", { name: "Staff" })).toHaveCount(0);

  await signIn(theirs, person.email, person.password);
  await expect(theirs.getByRole("banner").getByText("reviewer", { exact: true })).toBeVisible();
  await expectStaffAreas(theirs, AREAS_OF.REVIEWER);
  await theirs.context().close();
});

test("deactivating a signed-in user ends their session and stops them signing in", async ({
  page,
  browser,
  baseURL,
}) => {
  const person = newPerson("Deactivated");
  await login(page, "ADMIN");
  await openUsers(page);
  const theirs = await anonymousPage(browser, baseURL);
  await onboard(page, theirs, person);

  const row = userRow(page, person.email);
  // Deactivation asks first; cancelling changes nothing.
  const deactivate = row.getByRole("button", { name: "Deactivate", exact: true });
  await waitForHydration(deactivate);
  await deactivate.click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${person.name}?` });
  await expect(dialog).toContainText("signed out everywhere");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(deactivate).toBeFocused();
  await expect(row).toContainText("Active");
  await deactivate.click();
  await runAction(page, dialog.getByRole("button", { name: "Deactivate", exact: true }));
  await expect(row).toContainText("Deactivated");
  await expect(row.getByRole("button", { name: "Reactivate", exact: true })).toBeVisible();

  await theirs.goto("/desk");
  await expect(theirs).toHaveURL(/\/signin\?callbackUrl=%2Fdesk$/);
  await expect(theirs.getByRole("navigation", { name: "Staff" })).toHaveCount(0);

  await submitSignIn(theirs, person.email, person.password);
  await expect(theirs.locator("#signin-error")).toHaveText("That email and password do not match an active account.");
  await expect(theirs).toHaveURL(/\/signin$/);
  await theirs.context().close();
});

test("the audit log lists each change with who made it and to whom", async ({ page, browser, baseURL }) => {
  const person = newPerson("Audited");
  await login(page, "ADMIN");
  await openUsers(page);
  const link = await createUser(page, person);
  const theirs = await anonymousPage(browser, baseURL);
  await submitNewPassword(theirs, link, person.password);
  await expect(theirs.getByRole("status")).toContainText("Your password is set.");
  await theirs.context().close();

  await page.reload();
  const row = userRow(page, person.email);
  await row.getByLabel(`Role of ${person.name}`).selectOption("REVIEWER");
  await runAction(page, row.getByRole("button", { name: "Change role", exact: true }));
  await row.getByRole("button", { name: "Deactivate", exact: true }).click();
  await runAction(page, page.getByRole("dialog").getByRole("button", { name: "Deactivate", exact: true }));
  await expect(row).toContainText("Deactivated");

  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");

  const whom = `${person.name} (${person.email})`;
  const entries = page.getByRole("row").filter({ hasText: person.email });
  // Newest first: When, Who, Action, Whom, and what changed as readable fields (no raw JSON).
  const cells = (who: string, action: string, changed: string) => [/\d/, who, action, whom, changed];
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0).getByRole("cell")).toHaveText(
    cells(ADMIN, "Account deactivated", "Status: active → deactivated"),
  );
  await expect(entries.nth(1).getByRole("cell")).toHaveText(cells(ADMIN, "Role changed", "Role: editor → reviewer"));
  await expect(entries.nth(2).getByRole("cell")).toHaveText(cells(whom, "Password set", "—"));
  await expect(entries.nth(3).getByRole("cell")).toHaveText(
    cells(
      ADMIN,
      "Account created",
      `Email: (none) → ${person.email}Name: (none) → ${person.name}Role: (none) → editor`,
    ),
  );
  await expect(page.getByRole("table")).not.toContainText("{");
});
