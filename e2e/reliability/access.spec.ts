/**
 * Reliability 6: every server action, called by a staff member of every role, against a record
 * that does not exist for them (made-up ids) and, where ownership or role decides, against
 * someone else's record: zero unauthorized successes (no answer with status "success", no state change), and each
 * refusal of who may do what is in the server's log ("access-denied", with the caller's id).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { ACTIONS, actionSucceeded, callAction, type Fields } from "../build-manifest";
import { DEMO_PASSWORD, DEMO_STAFF, expect, makeStaff, signInByRequest, test, userIdByEmail } from "../fixtures";
import { SERVER_LOG } from "../../playwright.reliability.config";
import { changedTables, databaseState, figure } from "./state";

const ROLES = ["EDITOR", "REVIEWER", "ADMIN"] as const;
const READS = new Set(["searchClaimsAction", "listClaimQuotesAction"]);
/** Actions that name no existing record (they create one, or start a check): probed by role below. */
const NO_TARGET = new Set(["createUserAction", "createClaimAction", "startVerificationAction", "setPasswordAction"]);

function deniedInLog(actorId: string): number {
  return readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => line.includes('"access-denied"') && line.includes(`"actorId":"${actorId}"`)).length;
}

/**
 * Whether a denial was logged since `before`. The server writes its line before it answers, but the
 * log file is filled by the process reading the server's output, which lags on a busy machine: the
 * line gets 10 s to arrive.
 */
async function loggedAfter(actorId: string, before: number): Promise<boolean> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    if (deniedInLog(actorId) > before) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return deniedInLog(actorId) > before;
}

test("no role succeeds at any action on an invisible record or someone else's, and each denial is logged", async ({
  playwright,
  baseURL,
  db,
}) => {
  test.setTimeout(600_000);
  const since = Date.now();
  const tag = randomBytes(4).toString("hex");
  const missing = (what: string) => `rel-missing-${what}-${tag}`;
  // Someone else's: a proposal the demo editor made, pending on a claim of the sample data.
  const editor = await playwright.request.newContext({ baseURL });
  await signInByRequest(editor, DEMO_STAFF.EDITOR.email, DEMO_PASSWORD);
  const statement = `Someone else's claim ${tag}`;
  const create = ACTIONS.find((a) => a.exportedName === "createClaimAction")!;
  await callAction(editor, create, "fetch", baseURL, { statement, newSubjectName: `Access subject ${tag}` });
  const claimId = (await db.query<{ id: string }>(`SELECT id FROM "Claim" WHERE statement = $1`, [statement])).rows[0]
    ?.id;
  expect(claimId, "the demo editor's claim").toBeDefined();
  const propose = ACTIONS.find((a) => a.exportedName === "proposeAction")!;
  await callAction(editor, propose, "fetch", baseURL, { claimId, kind: "PUBLISH", rationale: "Someone else's." });
  const othersReview = (
    await db.query<{ id: string }>(`SELECT id FROM "Review" WHERE "pendingClaimId" = $1`, [claimId])
  ).rows[0]?.id;
  expect(othersReview, "the demo editor's proposal").toBeDefined();
  await editor.dispose();

  const invisible: Fields = {
    claimId: missing("claim"),
    otherClaimId: missing("claim"),
    articleId: missing("article"),
    reviewId: missing("review"),
    quoteId: missing("quote"),
    linkId: missing("link"),
    importId: missing("import"),
    userId: missing("user"),
    id: missing("id"),
    statement: `Access probe ${tag}`,
    body: `Access probe ${tag}`,
    note: `Access probe ${tag}`,
    rationale: `Access probe ${tag}`,
    comment: `Access probe ${tag}`,
    publicSummary: `Access probe ${tag}`,
    kind: "PUBLISH",
    decision: "APPROVED",
    type: "RELATED",
    role: "ADMIN",
    active: "false",
    email: `access-${tag}@evil.example`,
    name: `Access probe ${tag}`,
  };
  const demoEditorId = await userIdByEmail(db, DEMO_STAFF.EDITOR.email);
  // Someone else's, where the rules say no: another's proposal withdrawn or decided by an editor,
  // and the admin's user management by non-admins.
  const othersCases = (role: (typeof ROLES)[number]): [string, Fields][] => [
    ["cancelProposalAction", { reviewId: othersReview }],
    ...(role === "EDITOR"
      ? ([["decideProposalAction", { reviewId: othersReview, decision: "APPROVED", publicSummary: "x" }]] as [
          string,
          Fields,
        ][])
      : []),
    ...(role !== "ADMIN"
      ? (["changeRoleAction", "setActiveAction", "issueLinkAction"].map((name) => [
          name,
          { userId: demoEditorId, role: "ADMIN", active: "false" },
        ]) as [string, Fields][])
      : []),
    ...(role !== "ADMIN"
      ? ([
          ["createUserAction", { email: `grab-${tag}@evil.example`, name: "Grab", role: "ADMIN" }],
          ["startVerificationAction", {}],
        ] as [string, Fields][])
      : []),
  ];

  let calls = 0;
  const successes: string[] = [];
  const unlogged: string[] = [];
  let denials = 0;
  for (const role of ROLES) {
    const staff = await makeStaff(db, role);
    const actorId = await userIdByEmail(db, staff.email);
    const context = await playwright.request.newContext({ baseURL });
    await signInByRequest(context, staff.email, staff.password);
    const before = await databaseState(db);
    const cases: [string, Fields][] = [
      ...ACTIONS.filter((a) => !READS.has(a.exportedName ?? "") && !NO_TARGET.has(a.exportedName ?? "")).map(
        (a) => [a.exportedName ?? a.id, invisible] as [string, Fields],
      ),
      ...othersCases(role),
    ];
    for (const [name, fields] of cases) {
      const action = ACTIONS.find((a) => (a.exportedName ?? a.id) === name)!;
      const logged = deniedInLog(actorId);
      const body = await (await callAction(context, action, "fetch", baseURL, { ...invisible, ...fields })).text();
      calls++;
      if (actionSucceeded(body)) successes.push(`${role} ${name}: ${body.slice(0, 120)}`);
      if (/not allowed|does not allow|only (its proposer|reviewers|an admin)|not found|was not found/i.test(body)) {
        denials++;
        if (!(await loggedAfter(actorId, logged))) unlogged.push(`${role} ${name}`);
      }
    }
    const changed = changedTables(before, await databaseState(db)).filter((t) => t !== "User" && t !== "AuditLog");
    if (changed.length > 0) successes.push(`${role}: tables changed ${changed.join(", ")}`);
    await context.dispose();
  }
  const { rows } = await db.query(`SELECT role::text AS role FROM "User" WHERE id = $1`, [demoEditorId]);
  figure(
    "access checks",
    `${calls} calls by 3 roles on invisible or others' records: ${successes.length} unauthorized successes, ` +
      `${denials} denials, ${unlogged.length} not logged`,
    since,
  );
  expect(successes).toEqual([]);
  expect(unlogged).toEqual([]);
  expect(rows).toEqual([{ role: "EDITOR" }]);
  expect(denials).toBeGreaterThan(ROLES.length * 5);
});
