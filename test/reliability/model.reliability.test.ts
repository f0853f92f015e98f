/**
 * Reliability 3: a model-based test (fast-check commands). Random sequences of propose (a status
 * change), publish, revise, withdraw-claim, approve, reject, withdraw (a proposal), edit and link,
 * by 2–5 staff of mixed roles, run against the data layer on PostgreSQL and against a small
 * in-memory model of the publication rules (DESIGN.md, "Integrity rules"; written here from the
 * rules as the README states them, not from lib/reviews/rules.ts). After every step the claim's
 * status, visibility, public statement, pending draft, pending proposal and history (event kinds
 * in order, gapless) must equal the model's, and every refusal must be one the model expects.
 * Each sequence works on fresh claims in one database.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { updateClaim, linkClaims } from "../../lib/claims/mutations";
import type { ClaimLinkType as LinkType } from "../../lib/enums";
import { db } from "../../lib/db/client";
import { AppError } from "../../lib/errors";
import { cancelProposal, decideProposal, propose } from "../../lib/reviews/mutations";
import { eventsOf, makeClaim, makeStaff } from "../factories";
import { gapless, report } from "./report";

const SEQUENCES = Number(process.env.RELIABILITY_MODEL_RUNS || 1000);
type Role = Actor["role"];
type Status = "UNVERIFIED" | "CORROBORATED" | "CONFLICTING";
type Kind = "STATUS" | "PUBLISH" | "REVISION" | "WITHDRAWAL";

type Model = {
  visibility: "INTERNAL" | "PUBLIC" | "WITHDRAWN";
  status: Status;
  statement: string;
  /** A published claim's unapproved statement. */
  draft: string | null;
  version: number;
  draftAuthors: Set<string>;
  links: { type: LinkType; pending: boolean }[];
  pending: { kind: Kind; proposer: string; authors: Set<string>; version: number; to: Status | null } | null;
  events: string[];
};
type Real = { claimId: string; partnerId: string; subjectId: string; actors: Actor[]; reviewId: string | null };

const can = {
  decide: (role: Role) => role !== "EDITOR",
  publish: (role: Role) => role !== "EDITOR",
};
const CONTENT = new Set(["LINKED", "PUBLISHED", "REVISED", "WITHDRAWN", "STATUS_APPROVED"]);

function append(model: Model, kind: string, bumps = CONTENT.has(kind)) {
  model.events.push(kind);
  if (bumps) model.version++;
}
const hasDraft = (m: Model) => m.draft !== null || m.links.some((l) => l.pending);

/** Whether moving `from` → `to` is allowed (no quotes here, so never two independent sources). */
function transitionOk(m: Model, to: Status): boolean {
  if (m.status === to) return false;
  if (to === "CORROBORATED") return false;
  if (to === "CONFLICTING") return m.links.some((l) => l.type === "CONTRADICTS");
  return true;
}

/** The model's verdict on a proposal: null if it goes through, else refused. */
function proposalOk(m: Model, actor: Actor, kind: Kind, to: Status | null): boolean {
  if (kind === "WITHDRAWAL" && !can.publish(actor.role)) return false;
  if (m.pending) return false;
  const allowed = {
    STATUS: ["INTERNAL", "PUBLIC"],
    PUBLISH: ["INTERNAL"],
    REVISION: ["PUBLIC"],
    WITHDRAWAL: ["PUBLIC"],
  };
  if (!allowed[kind].includes(m.visibility)) return false;
  if (kind === "STATUS" && !to) return false;
  if (kind === "WITHDRAWAL" && to) return false;
  if (kind === "STATUS" && m.visibility === "PUBLIC" && hasDraft(m)) return false;
  if (kind === "REVISION" && !hasDraft(m)) return false;
  if (to && !transitionOk(m, to)) return false;
  return true;
}

/** Runs the real call; returns whether it succeeded. Any error but an AppError fails the test. */
const tally = new Map<string, { ok: number; refused: number }>();
async function attempt(run: () => Promise<unknown>, what = "call"): Promise<boolean> {
  const counts = tally.get(what) ?? { ok: 0, refused: 0 };
  tally.set(what, counts);
  try {
    await run();
    counts.ok++;
    return true;
  } catch (error) {
    if (error instanceof AppError) {
      counts.refused++;
      return false;
    }
    throw error;
  }
}

async function expectSame(m: Model, r: Real, step: string) {
  const claim = await db().claim.findUniqueOrThrow({ where: { id: r.claimId } });
  const pending = await db().review.findUnique({ where: { pendingClaimId: r.claimId } });
  const events = await eventsOf(r.claimId);
  const draft = (claim.draft as { statement?: string } | null)?.statement ?? null;
  expect(
    {
      visibility: claim.visibility,
      status: claim.status,
      statement: claim.statement,
      draft,
      version: claim.version,
      pending: pending?.kind ?? null,
      events: events.map((e) => e.kind),
      gapless: gapless(events.map((e) => e.seq)),
    },
    step,
  ).toEqual({
    visibility: m.visibility,
    status: m.status,
    statement: m.statement,
    draft: m.draft,
    version: m.version,
    pending: m.pending?.kind ?? null,
    events: m.events,
    gapless: true,
  });
}

type Cmd = fc.AsyncCommand<Model, Real>;

class Edit implements Cmd {
  constructor(
    readonly who: number,
    readonly text: string,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const actor = r.actors[this.who % r.actors.length];
    const ok = await attempt(
      () => updateClaim(actor, r.claimId, { statement: this.text, subjectId: r.subjectId }),
      "edit",
    );
    const working = m.draft ?? m.statement;
    expect(ok, this.toString()).toBe(m.visibility !== "WITHDRAWN");
    if (ok && this.text !== working) {
      if (m.visibility === "INTERNAL") m.statement = this.text;
      else m.draft = this.text === m.statement ? null : this.text;
      m.draftAuthors.add(actor.id);
      append(m, "EDITED", true);
      if (m.visibility === "PUBLIC" && !hasDraft(m)) m.draftAuthors.clear();
    }
    await expectSame(m, r, this.toString());
  }
  toString = () => `edit(${this.who}, ${JSON.stringify(this.text)})`;
}

class Link implements Cmd {
  constructor(
    readonly who: number,
    readonly type: LinkType,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const actor = r.actors[this.who % r.actors.length];
    const ok = await attempt(
      () => linkClaims(actor, { fromClaimId: r.claimId, toClaimId: r.partnerId, type: this.type, note: "model" }),
      "link",
    );
    expect(ok, this.toString()).toBe(m.visibility !== "WITHDRAWN" && !m.links.some((l) => l.type === this.type));
    if (ok) {
      m.links.push({ type: this.type, pending: m.visibility === "PUBLIC" });
      m.draftAuthors.add(actor.id);
      append(m, "LINKED");
    }
    await expectSame(m, r, this.toString());
  }
  toString = () => `link(${this.who}, ${this.type})`;
}

class Propose implements Cmd {
  constructor(
    readonly who: number,
    readonly kind: Kind,
    readonly to: Status | null,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const actor = r.actors[this.who % r.actors.length];
    let reviewId: string | null = null;
    const ok = await attempt(async () => {
      reviewId = (
        await propose(actor, {
          claimId: r.claimId,
          kind: this.kind,
          to: this.to,
          rationale: "Model step.",
          publicReason: this.kind === "WITHDRAWAL" ? "The source retracted it." : null,
        })
      ).id;
    }, `propose ${this.kind}`);
    expect(ok, this.toString()).toBe(proposalOk(m, actor, this.kind, this.to));
    if (ok) {
      r.reviewId = reviewId;
      const carries = this.kind === "PUBLISH" || this.kind === "REVISION";
      m.pending = {
        kind: this.kind,
        proposer: actor.id,
        authors: new Set([actor.id, ...(carries ? m.draftAuthors : [])]),
        version: m.version,
        to: this.to,
      };
      append(m, "PROPOSED");
    }
    await expectSame(m, r, this.toString());
  }
  toString = () => `propose(${this.who}, ${this.kind}, ${this.to})`;
}

class Decide implements Cmd {
  constructor(
    readonly who: number,
    readonly approve: boolean,
    readonly statusHolds: boolean,
    readonly pickEligible: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.pending !== null;
  async run(m: Model, r: Real) {
    const p = m.pending!;
    // Usually a reviewer who may decide it (if the team has one), else whoever `who` names.
    const eligible = r.actors.find(
      (a) =>
        can.decide(a.role) &&
        (p.kind === "STATUS" || p.kind === "REVISION" || can.publish(a.role)) &&
        !p.authors.has(a.id),
    );
    const actor = (this.pickEligible && eligible) || r.actors[this.who % r.actors.length];
    const ok = await attempt(
      () =>
        decideProposal(actor, {
          reviewId: r.reviewId!,
          decision: this.approve ? "APPROVED" : "REJECTED",
          comment: "Model decision.",
          publicSummary: "Model summary.",
          statusHolds: this.statusHolds,
        }),
      `${this.approve ? "approve" : "reject"} ${m.pending!.kind}`,
    );
    const decider =
      can.decide(actor.role) &&
      (p.kind === "STATUS" || p.kind === "REVISION" || can.publish(actor.role)) &&
      p.proposer !== actor.id &&
      !p.authors.has(actor.id);
    if (!this.approve) {
      expect(ok, this.toString()).toBe(decider);
      if (ok) {
        m.pending = null;
        append(m, "PROPOSAL_REJECTED");
      }
      return expectSame(m, r, this.toString());
    }
    const fits =
      p.version === m.version &&
      {
        STATUS: m.visibility !== "WITHDRAWN",
        PUBLISH: m.visibility === "INTERNAL",
        REVISION: m.visibility === "PUBLIC",
        WITHDRAWAL: m.visibility === "PUBLIC",
      }[p.kind] &&
      !(p.kind === "STATUS" && m.visibility === "PUBLIC" && hasDraft(m)) &&
      !(p.kind === "REVISION" && !hasDraft(m)) &&
      (!p.to || transitionOk(m, p.to));
    expect(ok, this.toString()).toBe(decider && fits);
    if (ok) {
      const asks = p.kind === "REVISION" && !p.to && m.status !== "UNVERIFIED";
      const result = p.to ?? (asks && !this.statusHolds ? "UNVERIFIED" : null);
      m.pending = null;
      if (p.kind === "PUBLISH" || p.kind === "REVISION") {
        if (m.draft !== null) m.statement = m.draft;
        m.draft = null;
        m.links.forEach((l) => (l.pending = false));
        m.draftAuthors.clear();
      }
      if (p.kind === "PUBLISH") m.visibility = "PUBLIC";
      if (p.kind === "WITHDRAWAL") m.visibility = "WITHDRAWN";
      if (p.kind !== "STATUS")
        append(m, { PUBLISH: "PUBLISHED", REVISION: "REVISED", WITHDRAWAL: "WITHDRAWN" }[p.kind]);
      if (result && result !== m.status) {
        m.status = result;
        append(m, "STATUS_APPROVED");
      }
    }
    await expectSame(m, r, this.toString());
  }
  toString = () =>
    `${this.approve ? "approve" : "reject"}(${this.pickEligible ? "eligible" : this.who}, holds=${this.statusHolds})`;
}

class Cancel implements Cmd {
  constructor(readonly who: number) {}
  check = (m: Readonly<Model>) => m.pending !== null;
  async run(m: Model, r: Real) {
    const actor = r.actors[this.who % r.actors.length];
    const ok = await attempt(() => cancelProposal(actor, r.reviewId!), "withdraw proposal");
    expect(ok, this.toString()).toBe(m.pending!.proposer === actor.id);
    if (ok) {
      m.pending = null;
      append(m, "PROPOSAL_CANCELLED");
    }
    await expectSame(m, r, this.toString());
  }
  toString = () => `withdraw-proposal(${this.who})`;
}

const who = fc.nat({ max: 4 });
const status = fc.constantFrom<Status>("UNVERIFIED", "CORROBORATED", "CONFLICTING");
// Weighted towards decisions and publication, so that sequences reach published, revised and
// withdrawn claims often, not only refusals on drafts.
const eligible = fc.constantFrom(true, true, true, false);
const approve = fc.tuple(who, fc.boolean(), eligible).map(([w, holds, e]) => new Decide(w, true, holds, e));
const publish = fc.tuple(who, fc.option(status)).map(([w, to]) => new Propose(w, "PUBLISH", to));
const revise = fc.tuple(who, fc.option(status)).map(([w, to]) => new Propose(w, "REVISION", to));
const commands = [
  fc.tuple(who, fc.constantFrom("A", "B", "C")).map(([w, t]) => new Edit(w, `Statement ${t}`)),
  fc.tuple(who, fc.constantFrom<LinkType>("CONTRADICTS", "RELATED", "UPDATES")).map(([w, t]) => new Link(w, t)),
  fc.tuple(who, status).map(([w, to]) => new Propose(w, "STATUS", to)),
  publish,
  publish,
  revise,
  revise,
  who.map((w) => new Propose(w, "WITHDRAWAL", null)),
  approve,
  approve,
  approve,
  approve,
  fc.tuple(who, fc.boolean(), eligible).map(([w, holds, e]) => new Decide(w, false, holds, e)),
  who.map((w) => new Cancel(w)),
];

describe("reliability: model-based", () => {
  it(`${SEQUENCES} random sequences by 2–5 staff: the database always equals the model`, async () => {
    const since = Date.now();
    const staff: Record<Role, Actor[]> = { EDITOR: [], REVIEWER: [], ADMIN: [] };
    for (const role of ["EDITOR", "REVIEWER", "ADMIN"] as const) {
      for (let i = 0; i < 5; i++) staff[role].push(await makeStaff(role));
    }
    let sequences = 0;
    const team = fc
      .array(fc.tuple(fc.constantFrom<Role>("EDITOR", "REVIEWER", "ADMIN"), fc.nat({ max: 4 })), {
        minLength: 2,
        maxLength: 5,
      })
      .map((picks) => [...new Map(picks.map(([role, i]) => [`${role}${i}`, staff[role][i]])).values()])
      .filter((actors) => actors.length >= 2);
    await fc.assert(
      fc.asyncProperty(team, fc.commands(commands, { maxCommands: 30, size: "max" }), async (actors, cmds) => {
        sequences++;
        const creator = actors[0];
        const claim = await makeClaim(creator, { statement: "Statement A" });
        const partner = await makeClaim(creator);
        const model: Model = {
          visibility: "INTERNAL",
          status: "UNVERIFIED",
          statement: "Statement A",
          draft: null,
          version: 0,
          draftAuthors: new Set([creator.id]),
          links: [],
          pending: null,
          events: ["CREATED"],
        };
        const real: Real = {
          claimId: claim.id,
          partnerId: partner.id,
          subjectId: claim.subjectId,
          actors,
          reviewId: null,
        };
        model.version = (await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: SEQUENCES, endOnFailure: true },
    );
    const calls = [...tally.values()].reduce((n, c) => n + c.ok + c.refused, 0);
    const detail = [...tally.entries()]
      .sort()
      .map(([what, c]) => `${what} ${c.ok} ok/${c.refused} refused`)
      .join(", ");
    report("model-based", `${sequences} sequences, ${calls} calls, every step equal to the model (${detail})`, since);
    // Every kind of step both succeeded and was refused somewhere, or the model was never tested.
    for (const [what, c] of tally) if (!what.startsWith("reject")) expect(c.ok, what).toBeGreaterThan(0);
    expect(sequences).toBeGreaterThanOrEqual(SEQUENCES);
  }, 900_000);
});
