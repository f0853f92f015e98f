/**
 * Property-based fuzzing (fast-check) of every server action and every page, read from the build
 * (e2e/build-manifest.ts) so that ones added later are covered without changes here. Bad input
 * must get a 4xx or a field error: never a 500, and never the action wrapper's "Something went
 * wrong" (which means an unexpected exception reached it). Bounded: a fixed number of runs each.
 *
 * Calls are made as a signed-in admin (who may call every action), on records the fuzz makes for
 * itself, so that no other test's data changes.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { ACTIONS, actionAnswer, callAction, fillRoute, PAGES, ROUTES, type Fields } from "./build-manifest";
import { DATABASE_TEXT, DEMO_PASSWORD, DEMO_STAFF, expect, makeStaff, signInByRequest, test } from "./fixtures";

test.use({ exclusiveWrites: true });

const RUNS_PER_ACTION = 25;
const RUNS_PER_PAGE = 12;
const UNEXPECTED = "Something went wrong";

// Every form field name in the app's source: a new form's fields are fuzzed without changes here.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}
const FIELD_NAMES = [
  ...new Set(
    [...sources(path.join(root, "app")), ...sources(path.join(root, "components"))].flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bname="([A-Za-z][\w]*)"/g)].map((match) => match[1]),
    ),
  ),
].sort();

/** Field names an object already has: parsed naively, they bring a function into the answer. */
const OBJECT_NAMES = ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf.x", "statement.constructor"];

const NASTY = [
  "\u0000",
  "a\u0000b",
  "%00",
  "1e20",
  "-1",
  "NaN",
  "Infinity",
  "0",
  "",
  " ",
  "x".repeat(5000),
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Claim"; --',
  "\ud800",
  "🙂",
  "true",
  "null",
  "[]",
  "{}",
  '{"start":-1,"end":1e20}',
  "https://evil.example/",
  "2020-13-45",
  "e2e-missing-id",
];
const nastyValue = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.double().map(String),
  fc.integer().map(String),
);

type Fixture = { claimId: string; userId: string; articleId: string };

/** Plausible values for every field, real ids of the fuzz's own records included: mutations start here. */
function plausible(fixture: Fixture): Fields {
  const tag = randomBytes(3).toString("hex");
  return {
    claimId: fixture.claimId,
    otherClaimId: fixture.claimId,
    userId: fixture.userId,
    articleId: fixture.articleId,
    statement: `Fuzz claim ${tag}`,
    newSubjectName: `Fuzz subject ${tag}`,
    email: `fuzz-${tag}@claimtrail.test`,
    name: `Fuzz ${tag}`,
    role: "EDITOR",
    body: `Fuzz comment ${tag}`,
    comment: `Fuzz ${tag}`,
    rationale: `Fuzz ${tag}`,
    note: `Fuzz ${tag}`,
    unit: "fighters",
    value: "1000",
    stated: "2020",
    asOf: "2020",
    q: "fuzz",
    to: "CONFLICTING",
    publicSummary: `Fuzz ${tag}`,
    decision: "APPROVED",
    kind: "EXTERNAL_URL",
    url: "https://example.org/fuzz",
  };
}

async function signedInAdmin(
  playwright: { request: { newContext: (options: { baseURL: string }) => Promise<APIRequestContext> } },
  baseURL: string,
) {
  const admin = await playwright.request.newContext({ baseURL });
  await signInByRequest(admin, DEMO_STAFF.ADMIN.email, DEMO_PASSWORD);
  return admin;
}

/** A claim and a staff member of the fuzz's own, so that nothing another test reads changes. */
async function makeFixture(admin: APIRequestContext, db: import("pg").Pool, baseURL: string): Promise<Fixture> {
  const staff = await makeStaff(db, "EDITOR");
  const userId = (await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [staff.email])).rows[0].id;
  const articleId = (await db.query<{ id: string }>(`SELECT id FROM "Article" ORDER BY "createdAt" LIMIT 1`)).rows[0]
    .id;
  const statement = `Fuzz fixture claim ${randomBytes(4).toString("hex")}`;
  const create = ACTIONS.find((action) => action.exportedName === "createClaimAction");
  if (create) {
    await callAction(admin, create, "fetch", baseURL, { statement, newSubjectName: `Fuzz subject ${statement}` });
  }
  const claim = await db.query<{ id: string }>(`SELECT id FROM "Claim" WHERE statement = $1`, [statement]);
  return { claimId: claim.rows[0]?.id ?? "e2e-missing-claim", userId, articleId };
}

test("the build lists actions and pages, and the source form fields, to fuzz", () => {
  expect(ACTIONS.length).toBeGreaterThan(0);
  expect(PAGES.length).toBeGreaterThan(0);
  expect(FIELD_NAMES).toContain("statement");
});

for (const action of ACTIONS) {
  test(`fuzz: ${action.label} answers bad input with a 4xx or a field error`, async ({ playwright, baseURL, db }) => {
    test.setTimeout(120_000);
    const admin = await signedInAdmin(playwright, baseURL!);
    try {
      const fixture = await makeFixture(admin, db, baseURL!);
      let answeredByAction = 0;
      const mutation = fc.record({
        changes: fc.dictionary(
          fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(...OBJECT_NAMES), fc.string({ maxLength: 12 })),
          nastyValue,
          {
            minKeys: 1,
            maxKeys: 4,
          },
        ),
        drop: fc.subarray(FIELD_NAMES, { maxLength: 3 }),
      });
      await fc.assert(
        fc.asyncProperty(mutation, async ({ changes, drop }) => {
          const fields = { ...plausible(fixture), ...changes };
          for (const name of drop) delete fields[name];
          const response = await callAction(admin, action, "fetch", baseURL, fields);
          const body = await response.text();
          expect(response.status(), `${JSON.stringify(fields)} → ${body.slice(0, 300)}`).toBeLessThan(500);
          expect(body, JSON.stringify(fields)).not.toContain(UNEXPECTED);
          expect(body, JSON.stringify(fields)).not.toMatch(DATABASE_TEXT);
          // No part of the answer failed on its way out: an RSC error row with an error's digest
          // ("2:E{"digest":"3468936021"}"), which a function in the answer (a crafted field named
          // "toString" echoed back) makes. Next's own digests (a notFound() in the page the answer
          // renders again) are not failures.
          expect(body, `${JSON.stringify(fields)} → ${body.slice(0, 300)}`).not.toMatch(
            /^[0-9a-f]+:E\{"digest":"(?!NEXT_)/m,
          );
          // The action's own answer: its state, or the redirect it ends with (createClaimAction).
          const answered = actionAnswer(body) !== null || Boolean(response.headers()["x-action-redirect"]);
          if (response.status() < 400) expect(answered, `${JSON.stringify(fields)} → ${body.slice(0, 300)}`).toBe(true);
          if (answered) answeredByAction++;
        }),
        { numRuns: RUNS_PER_ACTION, endOnFailure: true },
      );
      // The fuzz is only worth something if its calls reach the action, not a refusal in front of it.
      expect(answeredByAction, "calls answered by the action itself").toBeGreaterThan(RUNS_PER_ACTION / 2);
    } finally {
      await admin.dispose();
    }
  });
}

const SEGMENT = fc.oneof(
  fc.constantFrom("%00", "a%00b", "%2F..%2F", "%E0%A4%A", "..", "x".repeat(3000), "%F0%9F%99%82", "e2e-missing"),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);
const QUERY = fc.dictionary(
  fc.constantFrom(
    "page",
    "q",
    "outlet",
    "unverified",
    "unreviewed",
    "visibility",
    "noQuote",
    "after",
    "version",
    "start",
    "end",
    "run",
    "callbackUrl",
    "status",
    "x",
  ),
  fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 20 })),
  { maxKeys: 4 },
);

// Pages, and route handlers (GET; their writes are probed in write-protection.spec.ts).
for (const route of [...PAGES, ...ROUTES]) {
  test(`fuzz: ${route} answers bad parameters with a 4xx, signed in or not`, async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const admin = await signedInAdmin(playwright, baseURL!);
    const anonymous = await playwright.request.newContext({ baseURL });
    try {
      await fc.assert(
        fc.asyncProperty(SEGMENT, QUERY, fc.boolean(), async (segment, query, signedIn) => {
          const search = new URLSearchParams(query).toString();
          const url = `${fillRoute(route, () => segment)}${search ? `?${search}` : ""}`;
          const response = await (signedIn ? admin : anonymous).get(url, { maxRedirects: 0 });
          expect(response.status(), url).toBeLessThan(500);
          expect(await response.text(), url).not.toMatch(DATABASE_TEXT);
        }),
        { numRuns: RUNS_PER_PAGE, endOnFailure: true },
      );
    } finally {
      await admin.dispose();
      await anonymous.dispose();
    }
  });
}

test("after the whole fuzz, on the same server, signing in and saving a claim still work", async ({
  playwright,
  baseURL,
  db,
}) => {
  const staff = await makeStaff(db, "EDITOR");
  const editor = await playwright.request.newContext({ baseURL });
  try {
    await signInByRequest(editor, staff.email, staff.password);
    expect((await editor.get("/desk")).status()).toBe(200);
    const statement = `After the fuzz ${randomBytes(4).toString("hex")}`;
    const create = ACTIONS.find((action) => action.exportedName === "createClaimAction");
    expect(create, "createClaimAction is in the manifest").toBeDefined();
    await callAction(editor, create!, "fetch", baseURL, { statement, newSubjectName: `Subject of ${statement}` });
    const { rows } = await db.query(`SELECT 1 FROM "Claim" WHERE statement = $1`, [statement]);
    expect(rows).toHaveLength(1);
  } finally {
    await editor.dispose();
  }
});
