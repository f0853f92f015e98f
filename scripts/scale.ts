/**
 * `npm run test:scale`: several app servers on one database and one Redis, as a newsroom behind a
 * load balancer runs them.
 *
 * 1. Prepares a fresh database `claimtrail_scale` on the DATABASE_URL server with the sample data,
 *    builds the app unless SCALE_SKIP_BUILD=1, and starts two production servers on it, sharing
 *    REDIS_URL (default redis://127.0.0.1:6379), the session secret and the history key.
 * 2. Reads a claim through the second server (so it is in its cache), approves a status change to
 *    that claim through the first, and polls the second until its page and API give the new status.
 *    It reports how long that took, and fails past 10 s.
 * 3. Runs the 50-reviewer race split across both servers: 50 reviewers approve one proposal at once,
 *    25 through each server; exactly one approval may win, with no gap in the claim's history.
 *
 * Without Redis it says so and exits 0 (a user's machine may have none); `.ci/run` starts it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { actionAnswer, actionRefusal, actionSucceeded } from "../e2e/build-manifest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const started = Date.now();
const log = (line: string) => console.log(`[scale ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
const PORTS = [3311, 3312];
const bases = PORTS.map((port) => `http://127.0.0.1:${port}`);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PASSWORD = `scale-${randomBytes(8).toString("hex")}`;
let failures = 0;
const check = (ok: boolean, line: string) => {
  if (!ok) failures++;
  log(`${ok ? "ok  " : "FAIL"} ${line}`);
};

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname);
    socket.setTimeout(2000);
    socket.on("connect", () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => (socket.destroy(), resolve(false)));
  });
}

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in the build.`);
  return found[0];
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Could not sign in as ${email} on ${base} (HTTP ${response.status}).`);
  return session.split(";")[0];
}

/** Calls a server action as React does after hydration; returns the action's result state. */
async function callAction(base: string, page: string, id: string, cookie: string, fields: Record<string, string>) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: base, cookie },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    result: actionAnswer(text) ? { ok: actionSucceeded(text), message: actionRefusal(text) ?? undefined } : null,
  };
}

function startServer(port: number, databaseUrl: string, secrets: Record<string, string>): ChildProcess {
  const child = spawn("npm", ["start"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...secrets,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
  });
  child.stderr!.on("data", (d: Buffer) => {
    const text = d.toString();
    if (/uncaught|unhandled/i.test(text)) process.stderr.write(`[server ${port}] ${text}`);
  });
  child.stdout!.resume();
  return child;
}

async function waitFor(base: string) {
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not start within 3 minutes.`);
}

/** The status a server gives for a claim, from its API and from its page's ClaimReview. */
async function statusOn(base: string, claimId: string) {
  const api = (await (await fetch(`${base}/api/v1/claims/${claimId}`)).json()) as {
    status?: string;
    data?: { status?: string };
  };
  const page = await (await fetch(`${base}/claims/${claimId}`)).text();
  const rating = /"alternateName":"(\w+)"/.exec(page)?.[1]?.toUpperCase() ?? null;
  return { api: api.status ?? api.data?.status ?? null, page: rating };
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      "test:scale needs DATABASE_URL (a local PostgreSQL server): several servers cannot share an embedded database.",
    );
    process.exit(2);
  }
  if (!(await reachable(REDIS_URL))) {
    log(
      `Skipped: no Redis at ${REDIS_URL}. Several servers share their cache through Redis; start one to run this test.`,
    );
    return;
  }
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = "/claimtrail_scale";
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS claimtrail_scale WITH (FORCE)`);
  await admin.query(`CREATE DATABASE claimtrail_scale`);
  await admin.end();
  const secrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    HISTORY_SIGNING_KEY: randomBytes(32).toString("base64url"),
    REDIS_URL,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const env = { ...process.env, ...secrets, DATABASE_URL: databaseUrl.toString() };
  // One migration step before the servers start, as the README's "Running several servers" says.
  if (spawnSync("npm", ["run", "db:reset"], { cwd: root, env, stdio: "inherit" }).status !== 0) process.exit(1);
  if (process.env.SCALE_SKIP_BUILD !== "1") {
    if (spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" }).status !== 0) process.exit(1);
  }
  const setup = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/scale-setup.ts"], {
    cwd: root,
    env: { ...env, SCALE_PASSWORD: PASSWORD },
    encoding: "utf8",
  });
  if (setup.status !== 0) {
    console.error(setup.stdout, setup.stderr);
    process.exit(1);
  }
  const prepared = JSON.parse(setup.stdout.trim().split("\n").at(-1)!) as {
    claimId: string;
    reviewId: string;
    raceClaimId: string;
    raceReviewId: string;
    reviewers: string[];
  };

  const servers = PORTS.map((port) => startServer(port, databaseUrl.toString(), secrets));
  try {
    await Promise.all(bases.map(waitFor));
    log("Two servers up on one database and one Redis.");
    const decide = actionId("decideProposalAction");

    // 1. A decision through the first server reaches the second.
    const before = await statusOn(bases[1], prepared.claimId);
    log(`Second server before: API ${before.api}, page ${before.page}.`);
    const reviewer = await signIn(bases[0], prepared.reviewers[0]);
    const approved = await callAction(bases[0], "/review", decide, reviewer, {
      reviewId: prepared.reviewId,
      decision: "APPROVED",
      comment: "Approved on the first server.",
      publicSummary: "Checked again: one source only.",
      statusHolds: "",
    });
    check(approved.result?.ok === true, `approval through the first server (${approved.result?.message ?? "ok"})`);
    const since = Date.now();
    let after = before;
    while (Date.now() - since < 10_000) {
      after = await statusOn(bases[1], prepared.claimId);
      if (after.api === "UNVERIFIED" && after.page === "UNVERIFIED") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const took = Date.now() - since;
    check(
      after.api === "UNVERIFIED" && after.page === "UNVERIFIED",
      `the second server served the new status after ${took} ms (page ${after.page}, API ${after.api}; limit 10 s)`,
    );

    // 2. The 50-reviewer race, half through each server.
    const sessions = await Promise.all(prepared.reviewers.map((email, i) => signIn(bases[i % 2], email)));
    const results = await Promise.all(
      sessions.map((cookie, i) =>
        callAction(bases[i % 2], "/review", decide, cookie, {
          reviewId: prepared.raceReviewId,
          decision: "APPROVED",
          comment: `Reviewer ${i}`,
          publicSummary: "Sources disagree.",
          statusHolds: "",
        }),
      ),
    );
    const wins = results.filter((r) => r.result?.ok === true).length;
    const errors = results.filter((r) => r.status >= 500).length;
    const db = new pg.Client({ connectionString: databaseUrl.toString() });
    await db.connect();
    const { rows: events } = await db.query<{ seq: number; kind: string }>(
      `SELECT seq, kind::text FROM "ClaimEvent" WHERE "claimId" = $1 ORDER BY seq`,
      [prepared.raceClaimId],
    );
    const { rows: review } = await db.query<{ state: string }>(`SELECT state::text FROM "Review" WHERE id = $1`, [
      prepared.raceReviewId,
    ]);
    await db.end();
    const gapless = events.every((e, i) => e.seq === i + 1);
    const approvals = events.filter((e) => e.kind === "STATUS_APPROVED").length;
    check(wins === 1, `50 reviewers across two servers: ${wins} approval(s) succeeded (one expected)`);
    check(approvals === 1 && review[0]?.state === "APPROVED", `one STATUS_APPROVED event, review ${review[0]?.state}`);
    check(gapless, `no gap in the claim's ${events.length} event sequence numbers`);
    check(errors === 0, `${errors} server errors among the 50 decisions`);
  } finally {
    for (const server of servers) {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // gone
      }
    }
  }
  log(failures === 0 ? "Several servers: every check holds." : `${failures} check(s) failed.`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
