/**
 * Nothing changes state for someone who is not signed in, or for a request from another site.
 *
 * Server actions are read from the build's manifest (.next/server/server-reference-manifest.json),
 * so an action added later is probed without touching this file. Each is called the two ways a
 * browser can: as React does after hydration (a `Next-Action` header and an encoded reply) and as a
 * form posts before hydration (`$ACTION_REF_…` fields). Route handlers are found in the build's
 * app-paths-manifest.json and asked which methods they take (Next.js answers OPTIONS with `Allow`).
 */
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { ACTIONS, actionManifest as manifest, callAction, type Fields, fillRoute, ROUTES } from "./build-manifest";
import { DEMO_PASSWORD, DEMO_STAFF, expect, login, test, userIdByEmail } from "./fixtures";

// Row counts must not move while these tests look, so no other test writes meanwhile.
test.use({ exclusiveWrites: true });

const concretePath = (route: string) => fillRoute(route, () => "e2e-bogus");

// ---------------------------------------------------------------------------------------------
// What the database holds, in enough detail to see any write an action could make.

/** Counted by name, as the brief for this suite asks; every other table is compared by digest. */
const TABLES = ["User", "AuditLog", "PasswordSetToken", "Claim", "ClaimEvent", "Review"] as const;
/** Tables that change without anyone writing through the app: sign-in throttling, the migration log. */
const NOT_COMPARED = new Set(["rate_limits", "_migrations", "_prisma_migrations", "schema_migrations"]);

async function snapshot(db: pg.Pool) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
  }
  const users = (
    await db.query(
      `SELECT id, email, name, role::text AS role, active, "sessionVersion", "passwordHash" FROM "User" ORDER BY id`,
    )
  ).rows;
  const tokens = (await db.query(`SELECT id, "usedAt", "expiresAt" FROM "PasswordSetToken" ORDER BY id`)).rows;
  // Every row of every table, so an edit that keeps the counts (a claim's statement) shows too.
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    if (NOT_COMPARED.has(name)) continue;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const { rows } = await db.query<{ digest: string }>(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${quoted} t`,
    );
    digests[name] = rows[0].digest;
  }
  return { counts, users, tokens, digests };
}

/**
 * The database is as it was. Polled briefly: a spec outside the serial-writes project may insert
 * and remove a row of its own meanwhile; a write by a probe would never go away.
 */
async function expectUnchanged(db: pg.Pool, before: Awaited<ReturnType<typeof snapshot>>): Promise<void> {
  await expect.poll(() => snapshot(db), { timeout: 5_000, message: "the database must not change" }).toEqual(before);
}

// ---------------------------------------------------------------------------------------------
// Probing the server actions (called as a browser would: e2e/build-manifest.ts).

const SET_PASSWORD_LINK = /\/set-password\/[A-Za-z0-9_-]{40,}/;
// A public action answers an anonymous call with its own refusal: the correction request form
// ("Not sent…", without a valid form stamp) and set-password (without a valid link).
const REFUSAL =
  /Cross-site request refused|Your session has ended\. Sign in again\.|This link is invalid, used or expired|Invalid Server Actions request|Not sent/;

/** The id of the first row of a table (by creation), or a made-up one if it is empty. */
async function someId(db: pg.Pool, table: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY "createdAt", id LIMIT 1`);
  return rows[0]?.id ?? `e2e-missing-${table.toLowerCase()}`;
}

/**
 * Plausible input for any of the actions, real ids included, so a missing check would show as a
 * write: a privilege grab on the demo editor, a new admin, a password, a claim edit, a comment.
 */
async function probeFields(db: pg.Pool): Promise<Fields> {
  const probe = randomBytes(4).toString("hex");
  return {
    userId: await userIdByEmail(db, DEMO_STAFF.EDITOR.email),
    role: "ADMIN",
    active: "false",
    email: `e2e-probe-${probe}@evil.example`,
    name: `Probe ${probe}`,
    token: `e2e-bogus-token-${probe}`,
    password: `a long and unusual phrase ${probe}`,
    confirm: `a long and unusual phrase ${probe}`,
    claimId: await someId(db, "Claim"),
    articleId: await someId(db, "Article"),
    reviewId: await someId(db, "Review"),
    statement: `Probe statement ${probe}`,
    rationale: `Probe rationale ${probe}`,
    body: `Probe comment ${probe}`,
    note: `Probe note ${probe}`,
    visibility: "PUBLIC",
    q: "probe",
  };
}

test("the build lists the server actions to probe", () => {
  expect(manifest, "next build must have written .next/server/server-reference-manifest.json").not.toBeNull();
  expect(ACTIONS.length, "the manifest lists no server actions").toBeGreaterThan(0);
});

for (const action of ACTIONS) {
  test(`anonymous and cross-site calls to ${action.label} are refused and change nothing`, async ({
    request,
    db,
    baseURL,
  }) => {
    const fields = await probeFields(db);
    const before = await snapshot(db);
    const origins: [string, string | undefined][] = [
      ["same origin", baseURL],
      ["no Origin", undefined],
      ["Origin: null", "null"],
      ["foreign Origin", "https://evil.example"],
    ];
    for (const transport of ["fetch", "form"] as const) {
      for (const [what, origin] of origins) {
        await test.step(`${transport} call, ${what}`, async () => {
          const response = await callAction(request, action, transport, origin, fields);
          const body = await response.text();
          expect(body, "no new set-password link").not.toMatch(SET_PASSWORD_LINK);
          expect(body, "the action must not report success").not.toContain('"status":"success"');
          if (transport === "fetch") {
            // The refusal is visible: an error status, or the action's own refusal message.
            expect(response.status() >= 400 || REFUSAL.test(body), `status ${response.status()}: ${body}`).toBe(true);
          }
        });
      }
    }
    await expectUnchanged(db, before);
    const { rows } = await db.query(`SELECT 1 FROM "User" WHERE email = $1`, [fields.email]);
    expect(rows).toHaveLength(0);
  });
}

test("the probe is sound: the same call from a signed-in admin does create the user", async ({
  playwright,
  db,
  baseURL,
}) => {
  const createUser = ACTIONS.find((action) => action.exportedName === "createUserAction");
  expect(createUser, "createUserAction is in the manifest").toBeDefined();

  const admin = await playwright.request.newContext({ baseURL });
  try {
    const csrf = (await (await admin.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signedIn = await admin.post("/api/auth/callback/credentials", {
      headers: { Origin: baseURL! },
      form: { csrfToken: csrf.csrfToken, email: DEMO_STAFF.ADMIN.email, password: DEMO_PASSWORD, json: "true" },
    });
    expect(signedIn.status()).toBe(200);

    const fields = await probeFields(db);
    fields.email = `e2e-control-${randomBytes(4).toString("hex")}@claimtrail.test`;
    fields.role = "EDITOR";
    const before = await snapshot(db);
    const response = await callAction(admin, createUser!, "fetch", baseURL, fields);
    const body = await response.text();
    expect(body).toContain('"status":"success"');
    expect(body).toMatch(SET_PASSWORD_LINK);
    const after = await snapshot(db);
    expect(after.counts.User).toBe(before.counts.User + 1);
    expect(after.counts.AuditLog).toBe(before.counts.AuditLog + 1);
    expect(after.counts.PasswordSetToken).toBe(before.counts.PasswordSetToken + 1);
    const { rows } = await db.query(`SELECT role::text AS role FROM "User" WHERE email = $1`, [fields.email]);
    expect(rows).toEqual([{ role: "EDITOR" }]);
  } finally {
    await admin.dispose();
  }
});

// ---------------------------------------------------------------------------------------------
// Route handlers.

test("every route handler that takes writes refuses them without our Origin", async ({ request, db }) => {
  const writes: { route: string; method: string }[] = [];
  for (const route of ROUTES) {
    const options = await request.fetch(concretePath(route), { method: "OPTIONS" });
    const allowed = (options.headers()["allow"] ?? "").split(",").map((method) => method.trim().toUpperCase());
    for (const method of allowed) {
      if (method && !["GET", "HEAD", "OPTIONS"].includes(method)) writes.push({ route, method });
    }
  }
  // Today that is next-auth's POST; a new one is probed here without changes to this file.
  expect(writes).toContainEqual({ route: "/api/auth/[...nextauth]", method: "POST" });

  const before = await snapshot(db);
  for (const { route, method } of writes) {
    for (const origin of [undefined, "null", "https://evil.example"]) {
      await test.step(`${method} ${route}, Origin ${origin ?? "absent"}`, async () => {
        const response = await request.fetch(concretePath(route), {
          method,
          headers: origin === undefined ? {} : { Origin: origin },
          form: { email: DEMO_STAFF.ADMIN.email, password: DEMO_PASSWORD },
          maxRedirects: 0,
        });
        expect(response.status()).toBe(403);
        expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
      });
    }
  }
  await expectUnchanged(db, before);
});

test("sign-in through next-auth without our Origin is refused even with a valid CSRF token and password", async ({
  playwright,
  baseURL,
}) => {
  for (const origin of [undefined, "https://evil.example"]) {
    const context = await playwright.request.newContext({ baseURL });
    try {
      const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const form = { csrfToken, email: DEMO_STAFF.ADMIN.email, password: DEMO_PASSWORD, json: "true" };

      const refused = await context.post("/api/auth/callback/credentials", {
        headers: origin === undefined ? {} : { Origin: origin },
        form,
        maxRedirects: 0,
      });
      expect(refused.status(), `Origin ${origin ?? "absent"}`).toBe(403);
      expect(refused.headers()["content-type"]).toContain("application/json");
      expect(await refused.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
      expect(refused.headers()["set-cookie"] ?? "").not.toContain("session-token");
      expect(await (await context.get("/api/auth/session")).json()).toEqual({});

      // The very same request from this site signs in: only the Origin made the difference.
      const accepted = await context.post("/api/auth/callback/credentials", { headers: { Origin: baseURL! }, form });
      expect(accepted.status()).toBe(200);
      expect(await (await context.get("/api/auth/session")).json()).toMatchObject({
        user: { email: DEMO_STAFF.ADMIN.email },
      });
    } finally {
      await context.dispose();
    }
  }
});

test("GET requests to next-auth change nothing: GET /api/auth/signout does not sign anyone out", async ({
  page,
  db,
}) => {
  await login(page, "ADMIN");
  const before = await snapshot(db);

  const signout = await page.request.get("/api/auth/signout");
  expect(signout.status()).toBe(200);
  for (const endpoint of ["signin", "session", "csrf", "providers", "callback/credentials", "error"]) {
    await page.request.get(`/api/auth/${endpoint}`, { maxRedirects: 0 });
  }

  await page.goto("/desk");
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Desk");
  await expect(page.getByRole("banner")).toContainText(DEMO_STAFF.ADMIN.name);
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({
    user: { email: DEMO_STAFF.ADMIN.email },
  });
  await expectUnchanged(db, before);
});
