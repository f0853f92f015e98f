/**
 * Reliability 7 (action part): fast-check fuzzes the input of every server action in the build, as
 * a signed-in admin (who may call them all), with the app's own field names and random ones, real
 * ids and hostile values: zero HTTP 500s, never the wrapper's "Something went wrong" (an unexpected
 * exception), and no stack trace or SQL in any answer. (e2e/fuzz.spec.ts, in `npm run test:e2e`,
 * fuzzes pages too; this one also looks for leaks.)
 */
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { ACTIONS, callAction, type Fields } from "../build-manifest";
import { DEMO_PASSWORD, DEMO_STAFF, expect, signInByRequest, test } from "../fixtures";
import { figure, LEAKS } from "./state";

const RUNS_PER_ACTION = 20;
const NAMES = [
  "claimId",
  "otherClaimId",
  "articleId",
  "articleVersionId",
  "reviewId",
  "quoteId",
  "linkId",
  "userId",
  "importId",
  "statement",
  "subjectId",
  "newSubjectName",
  "speakerId",
  "newSpeakerName",
  "unit",
  "value",
  "low",
  "high",
  "asOf",
  "stated",
  "body",
  "note",
  "url",
  "kind",
  "type",
  "direction",
  "to",
  "rationale",
  "publicReason",
  "decision",
  "comment",
  "publicSummary",
  "statusHolds",
  "role",
  "active",
  "email",
  "name",
  "start",
  "end",
  "exact",
  "q",
  "headline",
  "publishedOn",
  "language",
];
const NASTY = [
  "\u0000",
  "%00",
  "-1",
  "1e309",
  "NaN",
  "",
  " ",
  "x".repeat(5000),
  "<script>",
  "' OR 1=1 --",
  "\ud800",
  "🙂",
  "null",
  "[]",
  "{}",
  "2020-13-45",
  "\u202e",
  "قال",
  "https://evil.example/",
  "javascript:alert(1)",
  "ADMIN",
];

test("every server action answers fuzzed input without a 500, an unexpected error or a leak", async ({
  playwright,
  baseURL,
  db,
}) => {
  test.setTimeout(600_000);
  const since = Date.now();
  const admin = await playwright.request.newContext({ baseURL });
  await signInByRequest(admin, DEMO_STAFF.ADMIN.email, DEMO_PASSWORD);
  const ids = async (table: string) =>
    (await db.query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY "createdAt" DESC LIMIT 2`)).rows.map(
      (r) => r.id,
    );
  const real = [...(await ids("Claim")), ...(await ids("Review")), ...(await ids("Article")), ...(await ids("Quote"))];
  const value = fc.oneof(
    fc.constantFrom(...NASTY, ...real),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "binary", maxLength: 15 }),
    fc.integer().map(String),
  );
  const input = fc.dictionary(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 10 })), value, {
    minKeys: 1,
    maxKeys: 8,
  });
  let calls = 0;
  let errors = 0;
  for (const action of ACTIONS) {
    await fc.assert(
      fc.asyncProperty(input, async (fields: Fields) => {
        fields.statement ??= `Fuzz ${randomBytes(3).toString("hex")}`;
        const response = await callAction(admin, action, "fetch", baseURL, fields);
        const body = await response.text();
        calls++;
        if (response.status() >= 500) errors++;
        const what = `${action.label} ${JSON.stringify(fields).slice(0, 300)}`;
        expect(response.status(), what).toBeLessThan(500);
        expect(body, what).not.toContain("Something went wrong");
        for (const leak of LEAKS) expect(body, what).not.toMatch(leak);
      }),
      { numRuns: RUNS_PER_ACTION, endOnFailure: true },
    );
  }
  figure("action fuzz", `${calls} fuzzed calls over ${ACTIONS.length} actions, ${errors} HTTP 500s, no leaks`, since);
  await admin.dispose();
});
