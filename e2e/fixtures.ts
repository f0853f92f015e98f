import { randomBytes } from "node:crypto";
import path from "node:path";
import { test as base, expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { assertLocal } from "../test/database";
import { readSettings, testDatabaseUrl } from "./settings";

type Fixtures = {
  /** URL of the database the app under test reads (local hosts only). */
  databaseUrl: string;
  /** A connection pool on that database, for tests that set up or check data; closed after the test. */
  db: pg.Pool;
  /**
   * `test.use({ exclusiveWrites: true })` in a spec that changes staff accounts or claims, or that
   * checks that nothing changed. Such specs run in the "serial-writes" project, one test at a time
   * (playwright.config.ts, SERIAL_WRITE_SPECS), so a test comparing row counts never sees another
   * of them writing.
   */
  exclusiveWrites: boolean;
  /** Fails a spec that asks for exclusive writes but is not in that project (automatic). */
  serialWrites: void;
};

export const test = base.extend<Fixtures>({
  databaseUrl: [testDatabaseUrl(readSettings()), { option: true }],
  db: async ({ databaseUrl }, provide) => {
    assertLocal(databaseUrl);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      await provide(pool);
    } finally {
      await pool.end();
    }
  },
  exclusiveWrites: [false, { option: true }],
  serialWrites: [
    async ({ exclusiveWrites }, provide, testInfo) => {
      if (exclusiveWrites && testInfo.project.name !== "serial-writes") {
        throw new Error(
          `${path.basename(testInfo.file)} asks for exclusive writes: add it to SERIAL_WRITE_SPECS in playwright.config.ts.`,
        );
      }
      await provide();
    },
    { auto: true },
  ],
});

export { expect };

/** What database errors look like; none may reach a page or a URL. */
export const DATABASE_TEXT =
  /prepared statement|violates (foreign key|unique|not-null|check) constraint|PrismaClient|invalid byte sequence|syntax error at or near/i;

/** The file name of the import e2e/staff-data.setup.ts stages, for pages that need one waiting. */
export const STAGED_IMPORT_FILE = "e2e-staff-widths.txt";

/** The id of the article with this exact headline. */
export async function articleIdByHeadline(db: pg.Pool, headline: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Article" WHERE headline = $1`, [headline]);
  if (rows.length !== 1) throw new Error(`Expected one article headed “${headline}”, found ${rows.length}.`);
  return rows[0].id;
}

/** How many public claims there are, optionally with one status. */
export async function countPublicClaims(db: pg.Pool, status?: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Claim" WHERE visibility = 'PUBLIC' AND ($1::text IS NULL OR status::text = $1)`,
    [status ?? null],
  );
  return rows[0].n;
}

// ---------------------------------------------------------------------------------------------
// Staff sign-in

/** The demo staff of prisma/seed.ts (repeated here: the seed module is server-only). */
export const DEMO_PASSWORD = "claimtrail-demo-2026";
/** Sign-in attempts per account and address in 15 minutes (lib/auth/rate-limit.ts, server-only). */
export const ACCOUNT_LIMIT_POINTS = 10;
export const DEMO_STAFF = {
  EDITOR: { email: "editor@claimtrail.test", name: "Dana Editor" },
  REVIEWER: { email: "reviewer@claimtrail.test", name: "Rami Reviewer" },
  ADMIN: { email: "admin@claimtrail.test", name: "Alex Admin" },
} as const;
export type StaffRole = keyof typeof DEMO_STAFF;

/**
 * Waits until React has hydrated this element. Until then a form has no submit handler, and a
 * click would submit it natively instead of through the app.
 */
export async function waitForHydration(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), {
      message: "the page should hydrate",
    })
    .toBe(true);
}

/** Fills in and submits the sign-in form at /signin (or at `path`); does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string, path = "/signin"): Promise<void> {
  await page.goto(path);
  const passwordField = page.getByLabel("Password", { exact: true });
  await waitForHydration(passwordField);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await passwordField.fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Where each role lands after signing in with no page to return to (lib/auth/landing.ts). */
export const LANDING_OF: Record<StaffRole, { path: string; heading: string }> = {
  EDITOR: { path: "/desk", heading: "Desk" },
  REVIEWER: { path: "/review", heading: "Review queue" },
  ADMIN: { path: "/review", heading: "Review queue" },
};

/**
 * Signs in through the form and waits for the landing page: the desk for an editor, the review
 * queue for a reviewer or admin (give `role` to insist on one).
 */
export async function signIn(page: Page, email: string, password: string, role?: StaffRole): Promise<void> {
  await submitSignIn(page, email, password);
  const landings = role ? [LANDING_OF[role]] : Object.values(LANDING_OF);
  const paths = [...new Set(landings.map((l) => l.path))].map((p) => p.slice(1)).join("|");
  await expect(page).toHaveURL(new RegExp(`/(${paths})$`));
  const headings = [...new Set(landings.map((l) => l.heading))].join("|");
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^(${headings})$`) })).toBeVisible();
}

/** Signs in as one of the demo staff and waits for their role's landing page. */
export async function login(page: Page, role: StaffRole): Promise<void> {
  await signIn(page, DEMO_STAFF[role].email, DEMO_PASSWORD, role);
  await expect(page.getByRole("banner")).toContainText(DEMO_STAFF[role].name);
}

/** The staff areas of the navigation, in order; each role sees some of them (lib/auth/permissions.ts). */
export const STAFF_AREAS = ["Desk", "Claims", "Review queue", "Users", "Audit log", "History check"] as const;
export type StaffArea = (typeof STAFF_AREAS)[number];
export const AREAS_OF: Record<StaffRole, readonly StaffArea[]> = {
  EDITOR: ["Desk", "Claims"],
  REVIEWER: ["Desk", "Claims", "Review queue"],
  ADMIN: ["Desk", "Claims", "Review queue", "Users", "Audit log", "History check"],
};

/** The staff navigation links to exactly these areas, in this order (other links may sit beside them). */
export async function expectStaffAreas(page: Page, areas: readonly StaffArea[]): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Staff" });
  for (const area of STAFF_AREAS) {
    await expect(nav.getByRole("link", { name: area, exact: true }), area).toHaveCount(areas.includes(area) ? 1 : 0);
  }
  const links = await nav.getByRole("link").allTextContents();
  expect(links.filter((text) => (STAFF_AREAS as readonly string[]).includes(text))).toEqual(areas);
}

/** The id of the user with this email. */
export async function userIdByEmail(db: pg.Pool, email: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (rows.length !== 1) throw new Error(`Expected one user ${email}, found ${rows.length}.`);
  return rows[0].id;
}

/**
 * A new staff member of this role, written straight into the database, for tests that end all of
 * a user's sessions (signing out does) and so must not use the demo accounts other tests share.
 */
export async function makeStaff(db: pg.Pool, role: StaffRole): Promise<{ email: string; password: string }> {
  const { hash } = await import("@node-rs/argon2");
  const email = `${role.toLowerCase()}-${randomBytes(5).toString("hex")}@claimtrail.test`;
  const password = `fresh-${randomBytes(8).toString("hex")}`;
  await db.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
     VALUES ($1, $2, $3, $4::"Role", $5, now())`,
    [`e2e${randomBytes(10).toString("hex")}`, email, `Fresh ${role.toLowerCase()}`, role, await hash(password)],
  );
  return { email, password };
}

/**
 * Signs in through next-auth's endpoint, without loading the sign-in page: the session cookie
 * lands in `request`'s cookie jar (a page's `page.request` shares it with the page).
 */
export async function signInByRequest(request: APIRequestContext, email: string, password: string): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const origin = new URL(csrf.url()).origin;
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { Origin: origin },
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.status(), "sign-in").toBe(200);
  expect(await (await request.get("/api/auth/session")).json(), "a session after sign-in").toHaveProperty("uid");
}

/** Two sample articles that report one event independently, and a sentence quoted from each. */
export const MEF = "Iraq Launches Another Offensive against ISIS. Why?";
export const VOA = "Iraqi Military Launches Operation Against IS Remnants";
export const MEF_QUOTE = "Iraq is launching yet another offensive to root out ISIS remnants.";
export const VOA_QUOTE =
  "Iraq's military and allied militias have launched a new security operation against remnants of the Islamic " +
  "State (IS) terror group in a northeastern province.";

/**
 * Quotes `exact` from the article for the claim in the article workspace ("Select by text", then
 * "Add to existing claim", found by the claim's e2e tag), and comes back to the claim's page.
 */
export async function addQuote(
  page: Page,
  db: pg.Pool,
  claim: { id: string; statement: string },
  headline: string,
  exact: string,
) {
  await page.goto(`/desk/articles/${await articleIdByHeadline(db, headline)}`);
  await waitForHydration(page.getByRole("region", { name: "Article text" }));
  await page.getByText("Select by text").click();
  await page.getByLabel("Passage, exactly as in the text").fill(exact);
  await page.getByRole("button", { name: "Select passage" }).click();
  await page.getByRole("button", { name: "Add to existing claim" }).click();
  const search = page.getByRole("searchbox", { name: "Find the claim by words of its statement" });
  await search.fill(/\(e2e (\w+)\)/.exec(claim.statement)![1]);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: `Add the quote to: ${claim.statement}` }).click();
  // The workspace announces the result in a status region.
  await expect(page.getByRole("status").filter({ hasText: `Quoted for “${claim.statement}”` })).toHaveCount(1);
  await page.goto(`/desk/claims/${claim.id}`);
}
