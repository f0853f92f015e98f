/**
 * Reliability 5: every mutating server action and route, sent by a SIGNED-IN admin (who may do
 * anything) with a foreign Origin, `Origin: null` or no Origin, changes nothing. (The anonymous
 * case is e2e/write-protection.spec.ts.) Actions and routes are read from the build, so new ones
 * are covered without changes here. A same-origin control call proves the probe can write.
 */
import { randomBytes } from "node:crypto";
import { ACTIONS, actionRefusal, actionSucceeded, callAction, fillRoute, ROUTES, type Fields } from "../build-manifest";
import { DEMO_PASSWORD, DEMO_STAFF, expect, signInByRequest, test, userIdByEmail } from "../fixtures";
import { changedTables, databaseState, figure } from "./state";

const ORIGINS: [string, string | undefined][] = [
  ["no Origin", undefined],
  ["Origin: null", "null"],
  ["foreign Origin", "https://evil.example"],
];

test("signed in as admin, no action or route writes for a request without our Origin", async ({
  playwright,
  baseURL,
  db,
}) => {
  const since = Date.now();
  const admin = await playwright.request.newContext({ baseURL });
  await signInByRequest(admin, DEMO_STAFF.ADMIN.email, DEMO_PASSWORD);
  const someId = async (table: string) =>
    (await db.query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY "createdAt", id LIMIT 1`)).rows[0]?.id ?? "x";
  const tag = randomBytes(4).toString("hex");
  // Plausible input for every action, real ids included, so a missing check would write.
  const fields: Fields = {
    userId: await userIdByEmail(db, DEMO_STAFF.EDITOR.email),
    role: "ADMIN",
    active: "false",
    email: `origin-${tag}@evil.example`,
    name: `Origin probe ${tag}`,
    claimId: await someId("Claim"),
    otherClaimId: await someId("Claim"),
    articleId: await someId("Article"),
    reviewId: await someId("Review"),
    statement: `Origin probe ${tag}`,
    newSubjectName: `Origin subject ${tag}`,
    rationale: `Origin probe ${tag}`,
    body: `Origin probe ${tag}`,
    note: `Origin probe ${tag}`,
    comment: `Origin probe ${tag}`,
    publicSummary: `Origin probe ${tag}`,
    kind: "NOTE",
    to: "UNVERIFIED",
    decision: "APPROVED",
    type: "RELATED",
  };
  const before = await databaseState(db);
  let calls = 0;
  const writes: string[] = [];
  for (const action of ACTIONS) {
    for (const transport of ["fetch", "form"] as const) {
      for (const [what, origin] of ORIGINS) {
        const response = await callAction(admin, action, transport, origin, fields);
        const body = await response.text();
        calls++;
        expect(actionSucceeded(body), `${action.label} ${transport} ${what}: ${body.slice(0, 200)}`).toBe(false);
        // The answer is read, not merely missed: a called action answers with its refusal.
        if (transport === "fetch")
          expect(actionRefusal(body), `${action.label} ${what} refused: ${body.slice(0, 300)}`).not.toBeNull();
        const changed = changedTables(before, await databaseState(db));
        if (changed.length > 0) writes.push(`${action.label} ${transport} ${what}: ${changed.join(", ")}`);
      }
    }
  }
  // Route handlers that take writes (asked with OPTIONS), with the admin's cookie.
  for (const route of ROUTES) {
    const path = fillRoute(route, () => "reliability-bogus");
    const allow = ((await admin.fetch(path, { method: "OPTIONS" })).headers()["allow"] ?? "").split(",");
    for (const method of allow.map((m) => m.trim().toUpperCase())) {
      if (!method || ["GET", "HEAD", "OPTIONS"].includes(method)) continue;
      for (const [what, origin] of ORIGINS) {
        const response = await admin.fetch(path, {
          method,
          headers: origin === undefined ? {} : { Origin: origin },
          form: { email: DEMO_STAFF.ADMIN.email, password: DEMO_PASSWORD },
          maxRedirects: 0,
        });
        calls++;
        expect(response.status(), `${method} ${route} ${what}`).toBe(403);
        const changed = changedTables(before, await databaseState(db));
        if (changed.length > 0) writes.push(`${method} ${route} ${what}: ${changed.join(", ")}`);
      }
    }
  }
  figure(
    "origin checks",
    `${calls} calls by a signed-in admin without our Origin, ${writes.length} state changes`,
    since,
  );
  expect(writes).toEqual([]);

  // Control: the same admin, same origin, does write (the probe reaches the action).
  const create = ACTIONS.find((action) => action.exportedName === "createClaimAction");
  expect(create).toBeDefined();
  await callAction(admin, create!, "fetch", baseURL, fields);
  const { rows } = await db.query(`SELECT 1 FROM "Claim" WHERE statement = $1`, [fields.statement]);
  expect(rows, "the same call from our Origin creates the claim").toHaveLength(1);
  await admin.dispose();
});
