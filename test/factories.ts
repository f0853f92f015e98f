import { randomBytes } from "node:crypto";
import type { Actor } from "../lib/auth/actor";
import type { Role } from "../lib/auth/permissions";
import { importArticle } from "../lib/articles/mutations";
import { ensureOutlet, ensureSubject } from "../lib/catalog/mutations";
import { createClaim, addQuote } from "../lib/claims/mutations";
import type { ClaimInput } from "../lib/claims/schemas";
import { decideProposal, propose } from "../lib/reviews/mutations";
import { createUser } from "../lib/users/mutations";
import { db } from "../lib/db/client";
import { withPayloads } from "../lib/history/queries";

/** Fresh records for one test, made through the same domain functions the app uses. */
const unique = () => randomBytes(4).toString("hex");

export async function makeStaff(role: Role, name = `${role.toLowerCase()} ${unique()}`): Promise<Actor> {
  const user = await createUser("system", { email: `${unique()}@factory.test`, name, role });
  return { id: user.id, role: user.role, name: user.name };
}

export async function makeArticle(editor: Actor, body: string, outletName = `Outlet ${unique()}`) {
  const outlet = await ensureOutlet(editor, { slug: `outlet-${unique()}`, name: outletName });
  return importArticle(editor, {
    headline: `Headline ${unique()}`,
    outletId: outlet.id,
    authors: [],
    published: { on: new Date("2020-03-22"), precision: "DAY" },
    rawText: body,
    cleaning: {},
  });
}

export async function makeClaim(editor: Actor, overrides: Partial<ClaimInput> = {}) {
  const subject = await ensureSubject(editor, { slug: `subject-${unique()}`, name: `Subject ${unique()}` });
  return createClaim(editor, { statement: `Claim ${unique()}`, subjectId: subject.id, ...overrides });
}

/** A claim quoted in `articles.length` articles, each from its own outlet. */
export async function makeQuotedClaim(editor: Actor, sentences: string[], overrides: Partial<ClaimInput> = {}) {
  const claim = await makeClaim(editor, overrides);
  for (const sentence of sentences) {
    const article = await makeArticle(editor, `Intro paragraph.\n\n${sentence}\n\nClosing paragraph.`);
    await addQuote(editor, claim.id, { articleId: article.id, exact: sentence });
  }
  return claim;
}

/** A status change proposal, as the status form sends it. */
export function proposeStatus(
  actor: Actor,
  input: {
    claimId: string;
    to: "UNVERIFIED" | "CORROBORATED" | "CONFLICTING";
    rationale: string;
    evidenceIds?: string[];
  },
) {
  return propose(actor, { kind: "STATUS", ...input });
}

/** Publishes a claim the way the newsroom does: one proposes, another approves. */
export async function publishClaim(claimId: string, proposer: Actor, reviewer: Actor) {
  const review = await propose(proposer, { claimId, kind: "PUBLISH", rationale: "Ready for readers." });
  return decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Published." });
}

/** A claim's history rows in order, with each event's content (stored apart since format 2). */
export async function eventsOf(claimId: string) {
  const events = await db().claimEvent.findMany({ where: { claimId }, orderBy: { seq: "asc" } });
  return withPayloads(db(), events);
}
