/**
 * Reliability 7 (API part): fast-check fuzzes every endpoint of the read-only API (the one table in
 * lib/api/endpoints.ts), with its own parameter names and random ones, real ids and hostile ones:
 * zero HTTP 500s, and no stack trace or SQL in any answer.
 */
import fc from "fast-check";
import { ENDPOINTS } from "../../lib/api/endpoints";
import { expect, test } from "../fixtures";
import { figure, LEAKS } from "./state";

const RUNS_PER_ENDPOINT = 60;
const NASTY = [
  "\u0000",
  "%00",
  "-1",
  "0",
  "1e309",
  "NaN",
  "9".repeat(40),
  "",
  " ",
  "x".repeat(3000),
  "<script>",
  "' OR 1=1 --",
  "\ud800",
  "🙂",
  "null",
  "[]",
  "{}",
  "2020-13-45",
  "../../etc/passwd",
  "\u202e",
  "قال",
  "*",
  "%",
  "_",
];
const value = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 15 }),
  fc.integer().map(String),
  fc.double().map(String),
);

/** A path segment as a client would send it; a lone surrogate goes as its raw (invalid) bytes. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

test("every API endpoint answers fuzzed queries without a 500, a stack trace or SQL", async ({ request, db }) => {
  test.setTimeout(600_000);
  const since = Date.now();
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Claim" ORDER BY "createdAt" LIMIT 3`);
  const { rows: articles } = await db.query<{ id: string }>(`SELECT id FROM "Article" ORDER BY "createdAt" LIMIT 3`);
  const realIds = [...rows, ...articles].map((r) => r.id);
  const segment = fc.oneof(fc.constantFrom(...realIds), fc.constantFrom(...NASTY), fc.string({ maxLength: 20 }));
  let requests = 0;
  let errors = 0;
  for (const endpoint of Object.values(ENDPOINTS)) {
    const names = Object.keys(endpoint.query.shape);
    const query = fc.dictionary(fc.oneof(fc.constantFrom(...names, "x"), fc.string({ maxLength: 8 })), value, {
      maxKeys: 5,
    });
    await fc.assert(
      fc.asyncProperty(segment, query, async (id, params) => {
        const path = endpoint.path.replace(/\{[^}]+\}/g, () => encodeSegment(id));
        const search = new URLSearchParams(params).toString();
        const url = `${path}${search ? `?${search}` : ""}`;
        const response = await request.get(url, { maxRedirects: 0 });
        requests++;
        if (response.status() >= 500) errors++;
        expect(response.status(), url).toBeLessThan(500);
        const body = await response.text();
        for (const leak of LEAKS) expect(body, url).not.toMatch(leak);
      }),
      { numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
    );
  }
  figure(
    "API fuzz",
    `${requests} fuzzed requests over ${Object.keys(ENDPOINTS).length} endpoints, ${errors} HTTP 500s, no leaks`,
    since,
  );
});
