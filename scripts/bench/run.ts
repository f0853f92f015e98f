/**
 * `npm run bench [-- --quick]`: the benchmark (not part of CI). Builds the app (BENCH_SKIP_BUILD=1
 * reuses the last build), starts the production server against the database that `bench:data`
 * filled (BENCH_DATABASE_URL, default claimtrail_bench on the local server), drives it with
 * autocannon and timed requests, and writes bench/results.json and bench/results.md.
 *
 * Every figure is compared with a baseline measured in the same run (a static file of the same
 * server, its prerendered 404 page), and is the median of 3 repetitions (1 with --quick), because
 * absolute numbers on a shared 2-core machine drift. The report states the load average; targets in
 * milliseconds are meant for an otherwise idle machine. Statements per page are counted on the wire
 * (scripts/bench/sql-counter.ts), by a server of their own; everything timed runs on a server
 * connected to the database directly. Targets are judged in the report, never by assertions.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { listenerPid, loadAverage, median, percentile, rssMb, throughput, timed, treeRssMb } from "./measure";
import { BENCH_HISTORY_KEY, BENCH_PASSWORD } from "./settings";
import { soak } from "./soak";
import { startSqlCounter } from "./sql-counter";
import { claimPath, outletPath, personPath, subjectPath } from "../../lib/claims/paths";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const QUICK = process.argv.includes("--quick");
const soakAt = process.argv.indexOf("--soak");
// The soak: 10 minutes on a full run, or the minutes given after --soak; none with --quick alone.
const SOAK_MINUTES = soakAt >= 0 ? Number(process.argv[soakAt + 1]) || 10 : QUICK ? 0 : 10;
const REPEAT = QUICK ? 1 : 3;
const SECONDS = QUICK ? 4 : 8;
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/claimtrail_bench";
const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

type Target = { name: string; figure: string; target: string; pass: boolean | null; note?: string };
const targets: Target[] = [];
const figures: Record<string, unknown> = {};

async function sample(db: pg.Pool) {
  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
  const counts = (
    await one(`SELECT (SELECT count(*) FROM "Claim")::int AS claims,
      (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "ClaimEvent")::int AS events`)
  )[0];
  if (counts.claims === 0) {
    console.error(`No claims in ${databaseUrl}: run npm run bench:data first (see the README).`);
    process.exit(2);
  }
  const publicClaims = `c.visibility = 'PUBLIC'`;
  const typical = await one(
    `SELECT c.id, c.statement FROM "Claim" c WHERE ${publicClaims} AND c.version < 12 ORDER BY md5(c.id) LIMIT 600`,
  );
  const hotSubject = await one(
    `SELECT "subjectId" AS id, count(*)::int AS n FROM "Claim" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
  );
  const hot = await one(
    `SELECT c.id, c.statement FROM "Claim" c WHERE ${publicClaims} AND c."subjectId" = $1 ORDER BY md5(c.id) LIMIT 90`,
    [hotSubject[0].id],
  );
  const long = await one(
    `SELECT e."claimId" AS id, c.statement, count(*)::int AS n FROM "ClaimEvent" e JOIN "Claim" c ON c.id = e."claimId"
     WHERE ${publicClaims} GROUP BY 1, 2 HAVING count(*) > 1000 ORDER BY 3 DESC LIMIT 10`,
  );
  const bigArticle = await one(
    `SELECT v."articleId" AS id, count(*)::int AS n FROM "Quote" q JOIN "ArticleVersion" v ON v.id = q."articleVersionId"
     GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
  );
  // Subject, person and outlet pages with public claims: the biggest first, then a sample.
  const pagesOf = (table: string, column: string) =>
    one(
      `SELECT x.slug FROM "${table}" x JOIN "Claim" c ON c."${column}" = x.id WHERE ${publicClaims}
       GROUP BY x.id, x.slug ORDER BY count(*) DESC LIMIT 40`,
    );
  const subjects = await pagesOf("Subject", "subjectId");
  const people = await pagesOf("Person", "speakerId");
  const outlets = await one(
    `SELECT o.slug FROM "Outlet" o JOIN "Article" a ON a."outletId" = o.id
     JOIN "ArticleVersion" v ON v."articleId" = a.id JOIN "Quote" q ON q."articleVersionId" = v.id
     JOIN "Claim" c ON c.id = q."claimId" WHERE ${publicClaims}
     GROUP BY o.id, o.slug ORDER BY count(DISTINCT a.id) DESC LIMIT 40`,
  );
  // Words for text search: from the statements, the most common first and then rarer ones.
  const words = await one(
    `SELECT word FROM (SELECT lower(w) AS word, count(*) AS n
       FROM (SELECT regexp_split_to_table(c.statement, '[^A-Za-z]+') AS w FROM "Claim" c WHERE ${publicClaims} LIMIT 20000) t
       WHERE length(w) > 4 GROUP BY 1) u ORDER BY n DESC LIMIT 400`,
  );
  const claimPaths = (rows: { id: string; statement: string }[]) => rows.map((r) => claimPath(r));
  return {
    counts,
    typical: typical.map((r) => r.id as string),
    typicalPaths: claimPaths(typical),
    hotPaths: claimPaths(hot),
    hotSubject: hotSubject[0] as { id: string; n: number },
    long: long as { id: string; statement: string; n: number }[],
    longPaths: claimPaths(long),
    bigArticle: bigArticle[0] as { id: string; n: number },
    subjectPaths: subjects.map((r) => subjectPath(r)),
    personPaths: people.map((r) => personPath(r)),
    outletPaths: outlets.map((r) => outletPath(r)),
    searchWords: words.map((r) => r.word as string),
  };
}

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: BASE },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Could not sign in as ${email} (HTTP ${response.status}).`);
  return session.split(";")[0];
}

/** `npm start` on PORT: on the PostgreSQL database `dbUrl`, or on the embedded one in `dataDir`. */
function startServer(dbUrl: string | null, dataDir?: string) {
  const { DATABASE_URL: _ignored, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn("npm", ["start"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      ...(dbUrl ? { DATABASE_URL: dbUrl } : { CLAIMTRAIL_DATA_DIR: dataDir }),
      PORT: String(PORT),
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      HISTORY_SIGNING_KEY: BENCH_HISTORY_KEY,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  return {
    child,
    output: () => output,
    /**
     * Stops the server and waits for it to exit. A server still shutting down keeps answering on
     * the port: the next server's first pages then came from it, with its database gone (HTTP 500).
     */
    stop: async () => {
      signal("SIGTERM");
      const killed = setTimeout(() => signal("SIGKILL"), 15_000);
      await exited;
      // npm exits first; the server it started may live on a moment, holding the port.
      for (let i = 0; i < 60 && (groupAlive(child.pid!) || (await answers())); i++) {
        await new Promise((r) => setTimeout(r, 500));
      }
      clearTimeout(killed);
    },
  };
}

/** Whether any process of the server's process group is still running. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether anything answers on the bench port. */
async function answers(): Promise<boolean> {
  try {
    await fetch(`${BASE}/robots.txt`);
    return true;
  } catch {
    return false;
  }
}

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(`${BASE}/robots.txt`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start within 5 minutes.");
}

function judge(name: string, value: number, limit: number, unit: string, higherIsBetter = false, note?: string) {
  const pass = higherIsBetter ? value >= limit : value <= limit;
  const figure = unit === "ratio" ? value.toFixed(3) : `${Math.round(value * 10) / 10} ${unit}`;
  const target = `${higherIsBetter ? "≥" : "≤"} ${unit === "ratio" ? limit : `${limit} ${unit}`}`;
  targets.push({ name, figure, target, pass, note });
  log(`${pass ? "PASS" : "FAIL"} ${name}: ${figure} (target ${target})`);
}

/**
 * One timed request that must answer 200: a redirect or an error page is not the page being
 * measured (a bare claim id answers 308 in a millisecond), so it stops the run.
 */
async function ok(p: string, headers: Record<string, string> = {}) {
  const result = await timed(BASE + p, headers);
  if (result.status !== 200) throw new Error(`${p} answered HTTP ${result.status}, not 200: the bench measures pages.`);
  return result;
}

/** One throughput run; every response must be a 2xx (or, for the 404 baseline, a 404). */
async function rateOnce(paths: string[], headers?: Record<string, string>, expected: "ok" | "404" = "ok") {
  const result = await throughput(BASE, paths, { seconds: SECONDS, headers });
  const wrong = expected === "ok" ? result.non2xx : 0;
  if (wrong > 0 || result.errors > 0) {
    throw new Error(`${paths[0]} (+${paths.length - 1}): ${wrong} non-2xx responses and ${result.errors} errors.`);
  }
  return result;
}

/**
 * The embedded database against the PostgreSQL server, on the same synthetic data (the same seed
 * and size, `bench:data -- --claims 10000` into BENCH_SMALL_DATABASE_URL and with --embedded): the
 * same page set on each, as ratios embedded ÷ server.
 */
async function embeddedComparison() {
  const smallUrl =
    process.env.BENCH_SMALL_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/claimtrail_bench_small";
  const dataDir = path.join(root, ".data/bench-embedded");
  const db = new pg.Pool({ connectionString: smallUrl, max: 1 });
  const paths = (
    await db.query<{ id: string; statement: string }>(
      `SELECT id, statement FROM "Claim" WHERE visibility = 'PUBLIC' AND version < 12 ORDER BY md5(id) LIMIT 120`,
    )
  ).rows.map((r) => claimPath(r));
  await db.end();
  const pageSet = async (dbUrl: string | null) => {
    const server = startServer(dbUrl, dataDir);
    server.child.once("exit", (code) => {
      if (code) console.error(`The comparison's server exited with ${code}:\n${server.output().slice(-4000)}`);
    });
    try {
      await waitForServer();
      const ms: number[] = [];
      for (const p of paths.slice(1, 101)) ms.push((await ok(p)).ms);
      const home: number[] = [];
      for (let i = 0; i < 20; i++) home.push((await ok("/")).ms);
      const list: number[] = [];
      for (let i = 0; i < 20; i++) list.push((await ok("/claims")).ms);
      const rps = (await rateOnce(paths.slice(0, 20))).rps;
      return { claimMissP50: percentile(ms, 50), homeP50: percentile(home, 50), listP50: percentile(list, 50), rps };
    } finally {
      await server.stop();
    }
  };
  log("Embedded comparison: the PostgreSQL server (10,000 claims)…");
  const server = await pageSet(smallUrl);
  log("Embedded comparison: the embedded database (10,000 claims)…");
  const embedded = await pageSet(null);
  const ratios = {
    claimMissP50: embedded.claimMissP50 / server.claimMissP50,
    homeP50: embedded.homeP50 / server.homeP50,
    listP50: embedded.listP50 / server.listP50,
    requestsPerSecond: embedded.rps / server.rps,
  };
  figures.embedded = { server, embedded, ratios };
  for (const [name, value] of Object.entries(ratios)) {
    targets.push({
      name: `Embedded ÷ server: ${name}`,
      figure: value.toFixed(2),
      target: "reported",
      pass: null,
    });
    log(`Embedded ÷ server, ${name}: ${value.toFixed(2)}`);
  }
}

async function main() {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const data = await sample(db);
  log(
    `Bench database: ${data.counts.claims.toLocaleString("en")} claims, ${data.counts.articles.toLocaleString("en")} ` +
      `articles, ${data.counts.events.toLocaleString("en")} events.`,
  );
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("Building (next build)…");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const loadBefore = loadAverage();
  const chunks = readdirSync(path.join(root, ".next/static/chunks")).filter((f) => f.endsWith(".js"));
  const staticPath = `/_next/static/chunks/${chunks[0]}`;
  const notFoundPath = "/bench-no-such-page";
  // Never requested before this point: the first request of each is a cache miss.
  const claimPaths = data.typicalPaths;
  const hotPaths = data.hotPaths;
  const longPaths = data.longPaths;
  const articlePath = `/articles/${data.bigArticle.id}`;

  // SQL statements per page, on a server whose database connection runs through the counter (a
  // TCP proxy in this process). That server is stopped before anything is timed: the proxy's hop,
  // and its CPU on the machine's two cores, would count against every page that queries.
  const dbTarget = new URL(databaseUrl);
  const counter = await startSqlCounter({ host: dbTarget.hostname, port: Number(dbTarget.port || 5432) });
  const countedUrl = new URL(databaseUrl);
  countedUrl.port = String(counter.port);
  const countedServer = startServer(countedUrl.toString());
  try {
    await waitForServer();
    log("Server up, its statements counted.");
    // Statements per page, each on a first (uncached) request.
    const statements = async (p: string, headers: Record<string, string> = {}) => {
      await new Promise((r) => setTimeout(r, 200));
      const before = counter.count();
      const result = await timed(BASE + p, headers);
      await new Promise((r) => setTimeout(r, 200));
      return { statements: counter.count() - before, bytes: result.bytes, status: result.status, missMs: result.ms };
    };
    const sqlTypical = await statements(claimPaths[0]);
    const sqlHot = await statements(hotPaths[0]);
    const sqlLong = await statements(longPaths[0]);
    const sqlArticle = await statements(articlePath);
    const sqlHome = await statements("/");
    const sqlList = await statements("/claims");
    const sqlUnknown = await statements("/claims/bench-no-such-claim");
    figures.statements = {
      claimTypical: sqlTypical,
      claimHotSubject: { ...sqlHot, subjectClaims: data.hotSubject.n },
      claimLongHistory: { ...sqlLong, events: data.long[0]?.n },
      article300Quotes: { ...sqlArticle, quotes: data.bigArticle.n },
      home: sqlHome,
      claimsList: sqlList,
      unknownClaim: sqlUnknown,
    };
    for (const [name, s] of Object.entries({
      "claim page, typical": sqlTypical,
      [`claim page, subject with ${data.hotSubject.n} claims`]: sqlHot,
      [`claim page, ${data.long[0]?.n} events`]: sqlLong,
    })) {
      judge(`SQL statements: ${name}`, s.statements, 5, "statements");
    }
    judge(`Article with ${data.bigArticle.n} quotes: HTML size`, sqlArticle.bytes / 1024, 300, "KB");
  } finally {
    await countedServer.stop();
    await counter.close();
  }

  const server = startServer(databaseUrl);
  // The app server's own memory (the process on the port), and everything npm start runs.
  let rssPeak = 0;
  let treePeak = 0;
  let serverPid: number | null = null;
  const rssTimer = setInterval(() => {
    serverPid ??= listenerPid(PORT);
    if (serverPid) rssPeak = Math.max(rssPeak, rssMb(serverPid));
    treePeak = Math.max(treePeak, treeRssMb(server.child.pid!));
  }, 500);
  try {
    await waitForServer();
    log("Server up, on the database directly.");

    // Cache misses: each URL requested once, in order (its first request renders it).
    const misses = async (paths: string[]) => {
      const ms: number[] = [];
      for (const p of paths) ms.push((await ok(p)).ms);
      return { p50: percentile(ms, 50), p95: percentile(ms, 95), n: ms.length };
    };
    const missTypical = await misses(claimPaths.slice(1, 201));
    const missHot = await misses(hotPaths.slice(1));
    const missLong = await misses(longPaths.slice(1).length > 0 ? longPaths.slice(1) : longPaths);
    const missArticle = await misses([articlePath]);
    figures.cacheMiss = {
      claimTypical: missTypical,
      claimHotSubject: missHot,
      claimLongHistory: missLong,
      article: missArticle,
    };
    judge("Claim page cache miss p95, typical", missTypical.p95, 150, "ms");
    judge(`Claim page cache miss p95, subject with ${data.hotSubject.n} claims`, missHot.p95, 150, "ms");
    judge(`Claim page cache miss p95, over 1,000 events`, missLong.p95, 150, "ms");

    // The other public pages' cache misses: subjects, people, outlets (the biggest first), and text
    // search, which stays dynamic (its first page; at most 50 searches, under the 60-a-minute limit).
    const missSubject = await misses(data.subjectPaths);
    const missPerson = await misses(data.personPaths);
    const missOutlet = await misses(data.outletPaths);
    const words = data.searchWords;
    const searchPaths = [
      ...words.slice(0, 10).map((w) => `/claims?q=${encodeURIComponent(w)}`),
      ...words.slice(0, 10).map((w) => `/claims?q=${encodeURIComponent(w)}&sort=newest`),
      ...words.slice(-15).map((w) => `/claims?q=${encodeURIComponent(w)}`),
      ...words.slice(20, 35).map((w, i) => `/claims?q=${encodeURIComponent(`${w} ${words[200 + i]}`)}`),
    ];
    const missSearch = await misses(searchPaths);
    Object.assign(figures.cacheMiss as object, {
      subject: missSubject,
      person: missPerson,
      outlet: missOutlet,
      search: { ...missSearch, paths: searchPaths },
    });
    judge("Subject page cache miss p95", missSubject.p95, 150, "ms");
    judge("Person page cache miss p95", missPerson.p95, 150, "ms");
    judge("Outlet page cache miss p95", missOutlet.p95, 150, "ms");
    judge("Search page (/claims?q=, dynamic) p95", missSearch.p95, 150, "ms");

    // Throughput against the same server's static file and prerendered 404, median of REPEAT runs.
    const rate = async (paths: string[], headers?: Record<string, string>, expected: "ok" | "404" = "ok") => {
      const runs: number[] = [];
      for (let i = 0; i < REPEAT; i++) runs.push((await rateOnce(paths, headers, expected)).rps);
      return median(runs);
    };
    const staticRps = await rate([staticPath]);
    const notFoundRps = await rate([notFoundPath], undefined, "404");
    const claimRps = await rate([claimPaths[0]]);
    const claimsRps = await rate(claimPaths.slice(0, 50));
    const homeRps = await rate(["/"]);
    const articleRps = await rate([articlePath]);
    figures.throughput = { staticRps, notFoundRps, claimRps, claimsRps, homeRps, articleRps };
    log(`Static file ${staticRps.toFixed(0)} req/s; 404 page ${notFoundRps.toFixed(0)} req/s.`);
    judge("Claim page (one URL, repeated) ÷ 404 page, requests/s", claimRps / notFoundRps, 0.7, "ratio", true);
    figures.ratios = {
      notFoundToStatic: notFoundRps / staticRps,
      claimToStatic: claimRps / staticRps,
      fiftyClaimsToNotFound: claimsRps / notFoundRps,
      homeToNotFound: homeRps / notFoundRps,
      articleToNotFound: articleRps / notFoundRps,
    };

    // Latency of the other pages under no other load: p95 of 30 requests each.
    const latency = async (p: string, headers: Record<string, string> = {}) => {
      const ms: number[] = [];
      for (let i = 0; i < 30; i++) ms.push((await ok(p, headers)).ms);
      return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
    };
    const home = await latency("/");
    const list = await latency("/claims");
    const article = await latency(articlePath);
    figures.latency = { home, claimsList: list, article };
    judge("Home p95", home.p95, 100, "ms");
    judge("/claims first page p95", list.p95, 100, "ms");
    judge(`Article with ${data.bigArticle.n} quotes p95`, article.p95, 150, "ms");

    // The review queue with its pending proposals, signed in as a reviewer.
    const session = await signIn("reviewer0@bench.test");
    const pending = (await db.query(`SELECT count(*)::int AS n FROM "Review" WHERE state = 'PENDING'`)).rows[0].n;
    const queue = await latency("/review", { cookie: session });
    figures.reviewQueue = { pending, ...queue };
    judge(`Review queue with ${pending} pending proposals p95`, queue.p95, 200, "ms");

    if (SOAK_MINUTES > 0) {
      log(`Soak: ${SOAK_MINUTES} minutes of mixed traffic…`);
      const editor = await signIn("editor0@bench.test");
      const result = await soak({
        base: BASE,
        root,
        serverPid: serverPid ?? listenerPid(PORT)!,
        minutes: SOAK_MINUTES,
        rate: 40,
        readPaths: [
          ...claimPaths.slice(0, 40),
          "/",
          "/claims",
          "/claims?q=security",
          articlePath,
          "/api/v1/claims",
          `/api/v1/claims/${data.typical[0]}`,
        ],
        editorCookie: editor,
        commentOn: data.typical.slice(0, 20),
      });
      figures.soak = result;
      judge(`Soak ${SOAK_MINUTES} min: 5xx responses`, result.status5xx, 0, "responses");
      judge(`Soak ${SOAK_MINUTES} min: memory growth after warm-up`, result.growth * 100, 10, "%");
    }
    judge("Server RSS under load (peak)", rssPeak, 500, "MB");
    figures.rssPeakMb = rssPeak;
    figures.processTreeRssPeakMb = treePeak;
  } finally {
    clearInterval(rssTimer);
    await server.stop();
    await db.end();
  }

  if (process.argv.includes("--embedded") || !QUICK) {
    // A failed comparison is reported, and the rest of the run still measured and written.
    await embeddedComparison().catch((error: unknown) => {
      targets.push({
        name: "Embedded ÷ server",
        figure: "failed",
        target: "reported",
        pass: false,
        note: String(error),
      });
      log(`Embedded comparison failed: ${String(error)}`);
    });
  }

  // history:verify throughput, on the same database.
  const verifyStart = Date.now();
  const verify = spawnSync("npm", ["run", "-s", "history:verify"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, HISTORY_SIGNING_KEY: BENCH_HISTORY_KEY },
  });
  const verifySeconds = (Date.now() - verifyStart) / 1000;
  const checked = Number(/Checked (\d+) events/.exec(verify.stdout)?.[1] ?? 0);
  figures.historyVerify = { events: checked, seconds: verifySeconds, ok: verify.status === 0 };
  judge("history:verify events per second (with start-up)", checked / verifySeconds, 100_000, "events/s", true);

  // Writes (target 5): re-anchoring and bulk import, on a scratch database (scripts/bench/writes.ts).
  log("Writes: re-anchoring 10,000 quotes and bulk import, on a scratch database.");
  const writes = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/writes.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_REPEAT: String(REPEAT) },
  });
  const written = writes.stdout.trim().split("\n").pop() ?? "";
  if (writes.status !== 0 || !written.startsWith("{")) {
    throw new Error(`scripts/bench/writes.ts failed:\n${writes.stderr.slice(-2000)}`);
  }
  const w = JSON.parse(written) as {
    reanchor: Record<string, { seconds: number; algorithmSeconds: number }>;
    import: { bytes: number; staged: number; whole: number; plain: number };
  };
  figures.writes = w;
  const editNames: Record<string, string> = {
    correction: "a paragraph added, one sentence reworded",
    moved: "the last paragraph moved to the top",
  };
  for (const [edit, r] of Object.entries(w.reanchor)) {
    judge(
      `Re-anchoring 10,000 quotes after an edit (${editNames[edit] ?? edit}; the algorithm alone: ${r.algorithmSeconds.toFixed(2)} s)`,
      r.seconds,
      2,
      "s",
    );
  }
  const kb = (w.import.bytes / 1024).toFixed(1);
  const plain = `plain INSERT: ${Math.round(w.import.plain)}/s`;
  judge(
    `Bulk import of ${kb} KB HTML articles, staged with metadata suggestions (npm run import; ${plain})`,
    w.import.staged,
    100,
    "articles/s",
    true,
  );
  judge(
    `Import to a confirmed article with its claim suggestions (stage, confirm, suggestions; ${plain})`,
    w.import.whole,
    100,
    "articles/s",
    true,
  );

  const loadAfter = loadAverage();
  const machine = {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
  };
  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    repetitions: REPEAT,
    data: data.counts,
    machine,
    targets,
    figures,
  };
  mkdirSync(path.join(root, "bench"), { recursive: true });
  writeFileSync(path.join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(root, "bench/results.md"), markdown(results));
  log(
    `Wrote bench/results.json and bench/results.md (${targets.filter((t) => t.pass).length}/${targets.length} targets met).`,
  );
}

function markdown(r: {
  date: string;
  quick: boolean;
  repetitions: number;
  data: { claims: number; articles: number; events: number };
  machine: Record<string, unknown>;
  targets: Target[];
  figures: Record<string, unknown>;
}) {
  const m = r.machine as {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  return [
    `# Benchmark results`,
    ``,
    `Run on ${r.date.slice(0, 16).replace("T", " ")} UTC with \`npm run bench${r.quick ? " -- --quick" : ""}\`; medians of ${r.repetitions} repetition(s).`,
    ``,
    `- Data: ${r.data.claims.toLocaleString("en")} claims, ${r.data.articles.toLocaleString("en")} articles, ${r.data.events.toLocaleString("en")} history events (\`npm run bench:data\`).`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GiB, Node ${m.node}.`,
    `- Load average (1, 5, 15 min) before: ${m.loadAverageBefore.join(", ")}; after: ${m.loadAverageAfter.join(", ")}. Targets in ms assume an otherwise idle machine.`,
    ``,
    `| target | measured | goal | result |`,
    `| --- | --- | --- | --- |`,
    ...r.targets.map(
      (t) => `| ${t.name} | ${t.figure} | ${t.target} | ${t.pass === null ? "reported" : t.pass ? "pass" : "FAIL"} |`,
    ),
    ``,
    `All figures: \`bench/results.json\`.`,
    ``,
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
