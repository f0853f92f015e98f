import { randomBytes } from "node:crypto";
import {
  AREAS_OF,
  DEMO_PASSWORD,
  DEMO_STAFF,
  expect,
  expectStaffAreas,
  login,
  makeStaff,
  signIn,
  submitSignIn,
  test,
  waitForHydration,
  type StaffRole,
} from "./fixtures";

const NO_MATCH = "That email and password do not match an active account.";

for (const role of Object.keys(AREAS_OF) as StaffRole[]) {
  test(`${role.toLowerCase()} signs in and sees their name, role and areas`, async ({ page }) => {
    await login(page, role);

    await expectStaffAreas(page, AREAS_OF[role]);
    const nav = page.getByRole("navigation", { name: "Staff" });
    await expect(nav.getByRole("link", { name: "Public site", exact: true })).toBeVisible();

    const header = page.getByRole("banner");
    await expect(header).toContainText(DEMO_STAFF[role].name);
    await expect(header.getByText(role.toLowerCase(), { exact: true })).toBeVisible();
    await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
}

test("a wrong password and an unknown email get the same refusal", async ({ page }) => {
  const formError = page.locator("#signin-error");

  await submitSignIn(page, DEMO_STAFF.EDITOR.email, "not-the-demo-password");
  await expect(formError).toHaveText(NO_MATCH);
  await expect(formError).toHaveRole("alert");
  await expect(page).toHaveURL(/\/signin$/);
  // The form points at the message, so a screen reader reads it with the form.
  await expect(page.locator("form")).toHaveAttribute("aria-describedby", "signin-error");

  await submitSignIn(page, `nobody-${randomBytes(4).toString("hex")}@claimtrail.test`, DEMO_PASSWORD);
  await expect(formError).toHaveText(NO_MATCH);
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole("navigation", { name: "Staff" })).toHaveCount(0);

  // The one failure on the demo editor does not stand in the way of the right password.
  await login(page, "EDITOR");
});

test("signing out returns to the public site and ends the session, copies of the token included", async ({
  page,
  baseURL,
  db,
  request,
}) => {
  // A fresh account: signing out ends every session of the user, and other tests share the demo ones.
  const staff = await makeStaff(db, "EDITOR");
  await signIn(page, staff.email, staff.password);
  const copied = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(copied).toBeDefined();
  const withCopy = { headers: { cookie: `${copied!.name}=${copied!.value}` } };
  expect(await (await request.get("/api/auth/session", withCopy)).json()).toHaveProperty("uid");

  await page.getByRole("button", { name: "Sign out" }).click();

  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff sign-in" }),
  ).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Staff" })).toHaveCount(0);

  await page.goto("/desk");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdesk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");

  // The copy kept from before sign-out gets no session, and no renewed cookie.
  const after = await request.get("/api/auth/session", withCopy);
  expect(await after.json()).toEqual({});
  expect(after.headers()["set-cookie"] ?? "").not.toMatch(/session-token=[^;]+/);
  const desk = await request.get("/desk", withCopy);
  expect(new URL(desk.url()).pathname).toBe("/signin");
});

test("the session endpoint refuses the token of a deactivated user, as pages do", async ({ page, db, request }) => {
  const staff = await makeStaff(db, "EDITOR");
  await signIn(page, staff.email, staff.password);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  expect(await (await request.get("/api/auth/session", { headers })).json()).toHaveProperty("uid");
  await db.query(`UPDATE "User" SET active = false WHERE email = $1`, [staff.email]);
  expect(await (await request.get("/api/auth/session", { headers })).json()).toEqual({});
});

const FORBIDDEN: { role: StaffRole; paths: string[] }[] = [
  { role: "EDITOR", paths: ["/admin/users", "/admin/audit", "/review"] },
  { role: "REVIEWER", paths: ["/admin/users", "/admin/audit"] },
];

for (const { role, paths } of FORBIDDEN) {
  test(`${role.toLowerCase()} gets a plain 404 for ${paths.join(", ")}`, async ({ page }) => {
    await login(page, role);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
      await expect(page.getByRole("table")).toHaveCount(0);
    }
  });
}

test("an anonymous visitor to the desk is sent to sign in, and comes back after", async ({ page }) => {
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdesk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
  await expect(page.getByRole("navigation", { name: "Staff" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Desk" })).toHaveCount(0);

  await submitSignIn(page, DEMO_STAFF.EDITOR.email, DEMO_PASSWORD, page.url());
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desk");
});

test("anonymous visitors to the other staff pages are sent to sign in", async ({ page }) => {
  for (const path of ["/review", "/admin/users", "/admin/audit"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
    await expect(page.getByRole("table")).toHaveCount(0);
  }
});

test("the sign-in form works with the keyboard alone", async ({ page }) => {
  await page.goto("/signin");
  const email = page.getByLabel("Email", { exact: true });
  const password = page.getByLabel("Password", { exact: true });
  await waitForHydration(password);

  await expect(email).toBeFocused();
  await page.keyboard.type(DEMO_STAFF.REVIEWER.email);
  await page.keyboard.press("Tab");
  await expect(password).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");

  // A reviewer lands on the review queue.
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review queue");
  await expect(page.getByRole("banner")).toContainText(DEMO_STAFF.REVIEWER.name);
});

test("from the top of the page, Tab reaches Email, then Password, then Sign in", async ({ page }) => {
  await page.goto("/signin");
  const email = page.getByLabel("Email", { exact: true });
  await waitForHydration(email);
  // Start where someone arriving by keyboard starts: the skip link, first on the page.
  await page.getByRole("link", { name: "Skip to content" }).focus();

  const visited: string[] = [];
  for (let i = 0; i < 12 && !visited.includes("Sign in"); i++) {
    await page.keyboard.press("Tab");
    visited.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return (label ?? el?.textContent ?? "").trim();
      }),
    );
  }
  expect(visited).toContain("Email");
  expect(visited.slice(visited.indexOf("Email"))).toEqual(["Email", "Password", "Sign in"]);
});

// Each is refused by lib/http/safe-redirect.ts; the browser must stay on this app whatever it does.
const HOSTILE_CALLBACKS = ["//evil.example", "/\\evil.example", "/%5Cevil.example", "%2F%2Fevil.example"];
HOSTILE_CALLBACKS.push("/%2F/evil.example", "https://evil.example/", "/\t/evil.example", "/\n/evil.example");

for (const callbackUrl of HOSTILE_CALLBACKS) {
  test(`after sign-in with callbackUrl ${JSON.stringify(callbackUrl)} the browser stays on this app`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000); // two page loads
    await submitSignIn(
      page,
      DEMO_STAFF.EDITOR.email,
      DEMO_PASSWORD,
      `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`,
    );
    await expect(page).toHaveURL(`${baseURL}/desk`);
    // Already signed in, the sign-in page redirects at once: to the same safe place.
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await expect(page).toHaveURL(`${baseURL}/desk`);
  });
}
