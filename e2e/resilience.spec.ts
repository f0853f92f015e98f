/**
 * No bad request leaves a later one broken (issue: one GET /articles/%00 on the embedded database
 * broke every later sign-in). After each kind of failure, on the same server: sign-in, a claim edit
 * and a review decision all still work, through the same HTTP calls the browser makes. The whole
 * fuzz (e2e/fuzz.spec.ts) runs on the same server before or after this spec.
 */
import { randomBytes } from "node:crypto";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type pg from "pg";
import { ACTIONS, callAction, type Fields, type ServerAction } from "./build-manifest";
import { DATABASE_TEXT, expect, makeStaff, signInByRequest, test } from "./fixtures";

test.use({ exclusiveWrites: true });

function action(name: string): ServerAction {
  const found = ACTIONS.find((a) => a.exportedName === name);
  if (!found) throw new Error(`${name} is not in the build's server-action manifest`);
  return found;
}

/** Calls an action as the browser would and expects the action itself to report success. */
async function succeeds(request: APIRequestContext, name: string, fields: Fields, baseURL: string) {
  const response = await callAction(request, action(name), "fetch", baseURL, fields);
  const body = await response.text();
  expect(response.status(), `${name}: ${body.slice(0, 300)}`).toBeLessThan(400);
  expect(body, name).not.toContain('"status":"error"');
  expect(body, name).not.toMatch(DATABASE_TEXT);
}

type Failure = { kind: string; send: (request: APIRequestContext, baseURL: string) => Promise<APIResponse> };

const FAILURES: Failure[] = [
  { kind: "GET /articles/%00", send: async (r) => await r.get("/articles/%00") },
  { kind: "a NUL in a search query", send: async (r) => await r.get("/claims?q=a%00b") },
  { kind: "audit page 1e20", send: async (r) => await r.get("/admin/audit?page=1e20") },
  {
    kind: "a NUL in an action field",
    send: async (r, base) => await callAction(r, action("searchClaimsAction"), "fetch", base, { q: "a\u0000b" }),
  },
  {
    kind: "an action naming a subject that does not exist",
    send: async (r, base) =>
      await callAction(r, action("createClaimAction"), "fetch", base, {
        statement: `Orphan ${randomBytes(3).toString("hex")}`,
        subjectId: "e2e-no-such-subject",
      }),
  },
  {
    kind: "a cross-origin action call",
    send: async (r) => await callAction(r, action("searchClaimsAction"), "fetch", "https://evil.example", { q: "x" }),
  },
  {
    kind: "a body over the limit",
    send: async (r, base) =>
      await callAction(r, action("searchClaimsAction"), "fetch", base, { q: "x".repeat(1_200_000) }),
  },
  {
    kind: "a malformed action body",
    send: async (r, base) =>
      await r.post("/desk", {
        headers: { Origin: base, "Next-Action": action("searchClaimsAction").id, "Content-Type": "text/plain" },
        data: "\u0000garbage[[{",
      }),
  },
];

async function claimRow(db: pg.Pool, statement: string) {
  const { rows } = await db.query<{ id: string; subjectId: string; status: string }>(
    `SELECT id, "subjectId", status::text AS status FROM "Claim" WHERE statement = $1`,
    [statement],
  );
  return rows[0];
}

for (const failure of FAILURES) {
  test(`after ${failure.kind}: sign-in, a claim edit and a review decision still work`, async ({
    playwright,
    baseURL,
    db,
  }) => {
    test.setTimeout(90_000);
    const editorAccount = await makeStaff(db, "EDITOR");
    const reviewerAccount = await makeStaff(db, "REVIEWER");
    const editor = await playwright.request.newContext({ baseURL });
    const reviewer = await playwright.request.newContext({ baseURL });
    try {
      // The failure, sent signed in (so it reaches as far as it can) and answered with a 4xx.
      await signInByRequest(editor, editorAccount.email, editorAccount.password);
      const response = await failure.send(editor, baseURL!);
      expect(response.status(), failure.kind).toBeLessThan(500);
      expect(response.headers()["location"] ?? "", "no database text in a URL").not.toMatch(DATABASE_TEXT);
      expect(await response.text(), "no database text on a page").not.toMatch(DATABASE_TEXT);

      // Sign-in, for both, after the failure.
      await signInByRequest(editor, editorAccount.email, editorAccount.password);
      await signInByRequest(reviewer, reviewerAccount.email, reviewerAccount.password);

      // A claim edit.
      const tag = randomBytes(4).toString("hex");
      const statement = `Resilience claim ${tag}`;
      await callAction(editor, action("createClaimAction"), "fetch", baseURL, {
        statement,
        newSubjectName: `Resilience subject ${tag}`,
      });
      const created = await claimRow(db, statement);
      expect(created, "the claim was created").toBeDefined();
      const edited = `${statement}, edited`;
      await succeeds(
        editor,
        "updateClaimAction",
        { claimId: created.id, statement: edited, subjectId: created.subjectId },
        baseURL!,
      );
      expect((await claimRow(db, edited))?.id).toBe(created.id);

      // A review decision, on a proposal the editor makes.
      const evidence = {
        claimId: created.id,
        kind: "EXTERNAL_URL",
        url: `https://example.org/${tag}`,
        title: "Report",
      };
      await succeeds(editor, "addEvidenceAction", evidence, baseURL!);
      // Corroborated needs two independent sources: a second report, from another site.
      await succeeds(editor, "addEvidenceAction", { ...evidence, url: `https://example.net/${tag}` }, baseURL!);
      const proposal = {
        claimId: created.id,
        kind: "STATUS",
        to: "CORROBORATED",
        rationale: "Two external reports confirm it.",
      };
      await succeeds(editor, "proposeAction", proposal, baseURL!);
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Review" WHERE "claimId" = $1`, [created.id]);
      expect(rows).toHaveLength(1);
      await succeeds(reviewer, "decideProposalAction", { reviewId: rows[0].id, decision: "APPROVED" }, baseURL!);
      expect((await claimRow(db, edited)).status).toBe("CORROBORATED");
    } finally {
      await editor.dispose();
      await reviewer.dispose();
    }
  });
}
