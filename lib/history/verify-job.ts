import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { logger } from "../logger";
import { verifyAllHistory, type VerificationReport } from "./verify";

/**
 * /admin/history's check, as a background job of this server process: the walk over every
 * history takes seconds to minutes (14 s at 570,000 events), too long for one web request. The
 * page starts it, shows its progress and then its report. One check runs at a time per server;
 * behind a load balancer each server keeps its own (the `history:verify` command checks all).
 */
export type VerificationJob = {
  startedAt: Date;
  startedBy: string;
  totalClaims: number;
  claims: number;
  events: number;
  finishedAt: Date | null;
  report: VerificationReport | null;
  error: string | null;
};

const state = globalThis as unknown as { claimtrailVerification?: VerificationJob };

export function currentVerification(actor: Actor): VerificationJob | null {
  assertCan(actor, "history:verify");
  return state.claimtrailVerification ?? null;
}

/** Starts the check unless one is running (then that one is the answer). */
export async function startVerification(actor: Actor): Promise<VerificationJob> {
  assertCan(actor, "history:verify");
  const running = state.claimtrailVerification;
  if (running && !running.finishedAt) return running;
  const job: VerificationJob = {
    startedAt: new Date(),
    startedBy: actor.name,
    totalClaims: await db().claim.count(),
    claims: 0,
    events: 0,
    finishedAt: null,
    report: null,
    error: null,
  };
  state.claimtrailVerification = job;
  void verifyAllHistory({
    onProgress: ({ claims, events }) => {
      job.claims = claims;
      job.events = events;
    },
  }).then(
    (report) => {
      job.report = report;
      job.finishedAt = new Date();
    },
    (error: unknown) => {
      logger.error({ err: error }, "history verification failed");
      job.error = "The check stopped on an error (see the server log); start it again.";
      job.finishedAt = new Date();
    },
  );
  return job;
}
