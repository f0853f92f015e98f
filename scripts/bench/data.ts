/**
 * `npm run bench:data -- --claims 100000 [--seed 1]`: fills the (empty) database in DATABASE_URL
 * with a synthetic newsroom for the benchmark, through bulk SQL:
 * - one article of 3–8 KB per 10 claims, 10% of them in Arabic, from a Zipf vocabulary;
 * - 1–5 quotes per claim, each the exact text of a sentence of an article;
 * - subjects and speakers drawn by Zipf, so a few subjects hold more than 1,000 claims;
 * - figures on a few hundred subjects, each of a measure of its subject;
 * - links between claims of one subject;
 * - histories of about 6 events per claim with a long tail (a few claims over 2,000 events), in the
 *   format docs/history-format.md defines (chains, stored content, event tags), written with the
 *   same functions as the app, and a signed checkpoint at the end, so `history:verify` passes;
 * - 1,000 pending proposals for the review queue;
 * - the public search index (ClaimSearch). Its triggers refresh it as rows change, which made the
 *   bulk load ~9x slower (678 s against 75 s for 100,000 claims under load), so they are off during
 *   the load and the index is filled at the end by the same function they call,
 *   claim_search_refresh, in batches, with its secondary indexes built afterwards (one rule, the
 *   same rows: scripts/bench/data.integration.test.ts). `--search-triggers` keeps them on instead.
 * The loaded tables' secondary indexes are dropped for the load and built after it, in one pass each.
 * It refuses a database that already has claims, and the embedded database for a million claims.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { acquireDataLock } from "../../lib/db/data-lock";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { bumpsVersion, type ClaimEventInput } from "../../lib/history/events";
import { contentHash, eventHashV2, eventTag } from "../../lib/history/format";
import { historyKeys } from "../../lib/history/signing-key";
import { article, corpus, int, pick, zipf, type GeneratedArticle, type Rng } from "./corpus";
import { BENCH_HISTORY_KEY, BENCH_PASSWORD, benchStaff } from "./settings";

process.env.HISTORY_SIGNING_KEY ||= BENCH_HISTORY_KEY;

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]?.replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} takes a positive whole number.`);
    process.exit(2);
  }
  return value;
}

const CLAIMS = argument("claims", 100_000);
const SEARCH_TRIGGERS = process.argv.includes("--search-triggers");
const SEED = argument("seed", 1);
// --embedded [folder]: fill an embedded database (PGlite) in that folder instead, for the
// benchmark's embedded-versus-server comparison (default folder .data/bench-embedded).
const embeddedAt = process.argv.indexOf("--embedded");
const EMBEDDED_DIR =
  embeddedAt < 0
    ? null
    : process.argv[embeddedAt + 1] && !process.argv[embeddedAt + 1].startsWith("--")
      ? process.argv[embeddedAt + 1]
      : ".data/bench-embedded";
if (EMBEDDED_DIR && CLAIMS >= 1_000_000) {
  console.error("A million claims is too much for the embedded database: use a PostgreSQL server.");
  process.exit(2);
}
let url = process.env.DATABASE_URL;
if (!url && !EMBEDDED_DIR) {
  console.error(
    "bench:data fills the PostgreSQL database in DATABASE_URL (or, with --embedded, an embedded one);\n" +
      "set it to an empty database, e.g.\n" +
      "  createdb -h 127.0.0.1 -U postgres claimtrail_bench\n" +
      "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/claimtrail_bench npm run bench:data -- --claims 100000",
  );
  process.exit(2);
}

const started = Date.now();
const log = (line: string) => console.log(`[bench:data ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const ts = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");
const day = (d: Date) => d.toISOString().slice(0, 10);

// -- bulk insert -----------------------------------------------------------------------------------

/** [column, element type for unnest, cast in the select list (enums, arrays, json)] */
type Column = [string, string, string?];

class Table {
  rows: unknown[][] = [];
  constructor(
    readonly name: string,
    readonly columns: Column[],
  ) {}
  add(...values: unknown[]) {
    this.rows.push(values);
  }
  /** Hands over the rows added so far, so that they are written while the next ones are made. */
  take(): unknown[][] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
  async flush(client: pg.PoolClient | pg.Pool, rows = this.take()) {
    const BATCH = 5000;
    for (let from = 0; from < rows.length; from += BATCH) {
      const batch = rows.slice(from, from + BATCH);
      const params = this.columns.map((_, i) => batch.map((row) => row[i] ?? null));
      const names = this.columns.map(([name]) => `"${name}"`).join(", ");
      const unnest = this.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
      const select = this.columns.map(([, , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(", ");
      const alias = this.columns.map((_, i) => `c${i}`).join(", ");
      await client.query(
        `INSERT INTO "${this.name}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS t(${alias})`,
        params,
      );
    }
  }
}

/**
 * Writes one chunk's rows in a transaction of its own. The load starts it and goes on making the
 * next chunk, so generating (this process's core) and inserting (the server's) overlap; it waits
 * for one chunk's write before starting the next, so chunks land in order.
 */
async function writeChunk(rows: [Table, unknown[][]][], done: string) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const [table, tableRows] of rows) await table.flush(client, tableRows);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  log(done);
}

/** Lets a chunk being written send its next statement while generating runs on. */
const yieldToWrites = () => new Promise<void>((resolve) => setImmediate(resolve));

const tables = {
  article: new Table("Article", [
    ["id", "text"],
    ["headline", "text"],
    ["outletId", "text"],
    ["authors", "text", "text[]"],
    ["publishedOn", "date"],
    ["publishedPrecision", "text", '"DatePrecision"'],
    ["url", "text"],
    ["language", "text"],
    ["direction", "text", '"TextDirection"'],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]),
  version: new Table("ArticleVersion", [
    ["id", "text"],
    ["articleId", "text"],
    ["number", "int"],
    ["rawText", "text"],
    ["body", "text"],
    ["contentHash", "text"],
    ["bodyHash", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
  ]),
  claim: new Table("Claim", [
    ["id", "text"],
    ["statement", "text"],
    ["subjectId", "text"],
    ["speakerId", "text"],
    ["statedOn", "date"],
    ["statedPrecision", "text", '"DatePrecision"'],
    ["status", "text", '"ClaimStatus"'],
    ["statusChangedAt", "timestamp"],
    ["visibility", "text", '"Visibility"'],
    ["version", "int"],
    ["draftAuthorIds", "text", "text[]"],
    ["publishedAt", "timestamp"],
    ["withdrawnAt", "timestamp"],
    ["withdrawalReason", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]),
  quantity: new Table("ClaimQuantity", [
    ["id", "text"],
    ["claimId", "text"],
    ["value", "float8"],
    ["low", "float8"],
    ["high", "float8"],
    ["unit", "text"],
    ["approximate", "bool"],
    ["asOf", "date"],
    ["asOfPrecision", "text", '"DatePrecision"'],
    ["scopePlace", "text"],
    ["measureId", "text"],
  ]),
  quote: new Table("Quote", [
    ["id", "text"],
    ["claimId", "text"],
    ["articleVersionId", "text"],
    ["exact", "text"],
    ["prefix", "text"],
    ["suffix", "text"],
    ["start", "int"],
    ["end", "int"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
  ]),
  link: new Table("ClaimLink", [
    ["id", "text"],
    ["fromClaimId", "text"],
    ["toClaimId", "text"],
    ["type", "text", '"ClaimLinkType"'],
    ["note", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
  ]),
  review: new Table("Review", [
    ["id", "text"],
    ["claimId", "text"],
    ["kind", "text", '"ProposalKind"'],
    ["pendingClaimId", "text"],
    ["proposerId", "text"],
    ["authorIds", "text", "text[]"],
    ["fromStatus", "text", '"ClaimStatus"'],
    ["toStatus", "text", '"ClaimStatus"'],
    ["rationale", "text"],
    ["publicReason", "text"],
    ["publicSummary", "text"],
    ["resultStatus", "text", '"ClaimStatus"'],
    ["claimVersion", "int"],
    ["state", "text", '"ReviewState"'],
    ["reviewerId", "text"],
    ["decidedAt", "timestamp"],
    ["createdAt", "timestamp"],
  ]),
  comment: new Table("Comment", [
    ["id", "text"],
    ["claimId", "text"],
    ["authorId", "text"],
    ["body", "text"],
    ["internal", "bool"],
    ["createdAt", "timestamp"],
  ]),
  content: new Table("ClaimEventContent", [
    ["hash", "text"],
    ["claimId", "text"],
    ["seq", "int"],
    ["payload", "text", "jsonb"],
  ]),
  event: new Table("ClaimEvent", [
    ["id", "text"],
    ["claimId", "text"],
    ["seq", "int"],
    ["kind", "text", '"ClaimEventKind"'],
    ["actorId", "text"],
    ["format", "int"],
    ["contentHash", "text"],
    ["prevHash", "text"],
    ["hash", "text"],
    ["tag", "text"],
    ["keyId", "text"],
    ["createdAt", "timestamp"],
  ]),
};

const pgArray = (items: string[]) => `{${items.map((s) => `"${s.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

// -- the newsroom ------------------------------------------------------------------------------------

const c = corpus(SEED);
const rng: Rng = c.rng;
const SUBJECTS = Math.max(50, Math.round(CLAIMS / 250));
const PEOPLE = Math.max(100, Math.round(CLAIMS / 20));
const OUTLETS = 200;
const CHUNK_ARTICLES = 1000;
const CLAIMS_PER_ARTICLE = 10;
const PENDING_PROPOSALS = Math.min(1000, Math.round(CLAIMS / 50));
const LONG_HISTORIES = Math.max(1, Math.round(CLAIMS / 20_000));
const FIGURE_SUBJECTS = Math.min(400, SUBJECTS);
// s = 0.6 over 400 subjects: the hottest holds about 4% of the claims, a handful more than 1,000 each.
const subjectOf = zipf(SUBJECTS, 0.6);
const speakerOf = zipf(PEOPLE, 0.9);
const epoch = Date.UTC(2018, 0, 1);
const span = Date.UTC(2026, 9, 1) - epoch;

let pool: pg.Pool;
let events = 0;
const counts = { articles: 0, quotes: 0, claims: 0, figures: 0, links: 0, reviews: 0, pending: 0 };

async function main() {
  let stopEmbedded = async () => {};
  if (EMBEDDED_DIR) {
    const dataDir = path.resolve(EMBEDDED_DIR);
    const lock = await acquireDataLock(dataDir, { owner: "import" });
    if ("heldBy" in lock) {
      console.error(`${EMBEDDED_DIR} is in use by process ${lock.heldBy.pid}; stop it first.`);
      process.exit(2);
    }
    // The app keeps its embedded database in <data folder>/pglite (scripts/serve.ts).
    const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
    url = process.env.DATABASE_URL = embedded.url;
    // One connection: PGlite serves one session at a time.
    process.env.DATABASE_POOL_MAX = "1";
    stopEmbedded = async () => {
      await embedded.stop();
      await lock.release();
    };
  }
  pool = new pg.Pool({ connectionString: url, max: EMBEDDED_DIR ? 1 : 2 });
  const server = (await pool.query(`SELECT version() AS v`)).rows[0].v as string;
  if (CLAIMS >= 1_000_000 && /emscripten|wasm|pglite/i.test(server)) {
    console.error("A million claims is too much for the embedded database: use a PostgreSQL server.");
    process.exit(2);
  }
  await migrate(url!, { log: () => {} });
  const existing = await pool.query(`SELECT count(*)::int AS n FROM "Claim"`);
  if (existing.rows[0].n > 0) {
    console.error(`The database already has ${existing.rows[0].n} claims: give bench:data an empty database.`);
    process.exit(2);
  }
  const searchTriggers = SEARCH_TRIGGERS ? [] : await disableSearchTriggers();
  const loadedIndexes = await dropSecondaryIndexes(Object.values(tables).map((t) => t.name));
  log(`${loadedIndexes.length} secondary indexes of the loaded tables off during the load; built at the end.`);
  try {
    await load();
  } finally {
    await enableSearchTriggers(searchTriggers);
  }
  await buildIndexes(loadedIndexes);
  log(`Indexes of the loaded tables built (${loadedIndexes.length}).`);
  if (!SEARCH_TRIGGERS) await fillSearchIndex();

  // VACUUM as well as ANALYZE: bulk-loaded tables have no visibility map until autovacuum gets
  // to them, so index-only scans (the home page's claims per subject) read every heap page.
  // A live database is vacuumed, so the benchmark measures it vacuumed (EXPLAIN: 134 -> 34 ms).
  // It also merges the search index's GIN pending lists (with --search-triggers), which every
  // search would otherwise scan in full.
  log("VACUUM (ANALYZE)");
  await pool.query("VACUUM (ANALYZE)");
  await pool.end();
  // A signed checkpoint over every history, as the running app writes each hour.
  const { writeCheckpoint } = await import("../../lib/history/mutations");
  const checkpoint = await writeCheckpoint();
  const { db } = await import("../../lib/db/client");
  await db().$disconnect();
  await stopEmbedded();
  log(
    `Made ${counts.claims.toLocaleString("en")} claims (${counts.figures.toLocaleString("en")} with a figure), ` +
      `${counts.articles.toLocaleString("en")} articles, ${counts.quotes.toLocaleString("en")} quotes, ` +
      `${counts.links.toLocaleString("en")} links, ${counts.reviews.toLocaleString("en")} reviews ` +
      `(${counts.pending.toLocaleString("en")} pending), ${events.toLocaleString("en")} history events ` +
      `(${(events / counts.claims).toFixed(1)} per claim), on ${SUBJECTS} subjects and ${PEOPLE} people; ` +
      `checkpoint #${checkpoint.seq}.`,
  );
}

/** The search index's triggers (those calling a claim_search_*_changed function), switched off. */
async function disableSearchTriggers(): Promise<{ table: string; name: string }[]> {
  const { rows } = await pool.query<{ table: string; name: string }>(
    `SELECT t.tgrelid::regclass::text AS table, t.tgname AS name
       FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE NOT t.tgisinternal AND p.proname LIKE 'claim\\_search\\_%\\_changed' ORDER BY 1, 2`,
  );
  for (const t of rows) await pool.query(`ALTER TABLE ${t.table} DISABLE TRIGGER "${t.name}"`);
  log(`Search triggers off during the load (${rows.length}); the index is filled at the end.`);
  return rows;
}

async function enableSearchTriggers(triggers: { table: string; name: string }[]) {
  for (const t of triggers) await pool.query(`ALTER TABLE ${t.table} ENABLE TRIGGER "${t.name}"`);
}

type Index = { name: string; definition: string };

/**
 * Drops the tables' secondary indexes (not primary keys or unique ones, which guard the data), to
 * be built again by buildIndexes: a B-tree or GIN index builds far faster in one pass than row by
 * row, and at a million claims row-by-row upkeep no longer fits in memory.
 */
async function dropSecondaryIndexes(tables: string[]): Promise<Index[]> {
  const { rows } = await pool.query<Index>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY (SELECT format('%I', t)::regclass FROM unnest($1::text[]) t)
        AND NOT i.indisprimary AND NOT i.indisunique
      ORDER BY 1`,
    [tables],
  );
  for (const index of rows) await pool.query(`DROP INDEX ${index.name}`);
  return rows;
}

/** Builds the indexes on both connections, each with room to sort in memory. */
async function buildIndexes(indexes: Index[]) {
  let next = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '512MB'`);
      while (next < indexes.length) await client.query(indexes[next++].definition);
    } finally {
      client.release();
    }
  };
  await Promise.all([worker(), worker()]);
}

/**
 * Fills ClaimSearch with claim_search_refresh (the triggers' own function) over every public
 * claim, in batches on both connections, with its secondary indexes dropped meanwhile and built
 * again after.
 */
async function fillSearchIndex() {
  const indexes = await dropSecondaryIndexes(["ClaimSearch"]);
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM "Claim" WHERE visibility = 'PUBLIC' ORDER BY id`);
  const ids = rows.map((r) => r.id);
  const BATCH = 10_000;
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const batch = ids.slice(next, (next += BATCH));
      await pool.query(`SELECT claim_search_refresh($1::text[])`, [batch]);
    }
  };
  await Promise.all([worker(), worker()]);
  log(`Search index: ${ids.length.toLocaleString("en")} public claims refreshed; building its indexes.`);
  await buildIndexes(indexes);
  log(`Search index built (${indexes.length} indexes).`);
}

async function load() {
  const key = historyKeys().current;
  log(`Generating ${CLAIMS.toLocaleString("en")} claims (seed ${SEED}).`);

  // Staff, with one known password (scripts/bench/settings.ts) so the benchmark can sign in.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const staff = benchStaff();
  for (const user of staff) {
    await pool.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4::"Role", $5, now())`,
      [user.id, user.email, user.name, user.role, passwordHash],
    );
  }
  const editors = staff.filter((u) => u.role === "EDITOR").map((u) => u.id);
  const reviewers = staff.filter((u) => u.role === "REVIEWER").map((u) => u.id);

  const outlets = Array.from({ length: OUTLETS }, (_, i) => `bo${i.toString(36)}`);
  await insertSimple(
    "Outlet",
    ["id", "slug", "name", "homepage"],
    outlets.map((id, i) => [id, `outlet-${i}`, `Outlet ${i}`, `https://outlet-${i}.example`]),
  );
  const people = Array.from({ length: PEOPLE }, (_, i) => `bp${i.toString(36)}`);
  await insertSimple(
    "Person",
    ["id", "slug", "name", "description"],
    people.map((id, i) => {
      const name = i < c.names.length ? c.names[i] : `${pick(rng, c.names)} ${i}`;
      return [
        id,
        `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${i}`,
        name,
        i % 3 === 0 ? "security analyst" : null,
      ];
    }),
  );
  const subjects = Array.from({ length: SUBJECTS }, (_, i) => `bs${i.toString(36)}`);
  await insertSimple(
    "Subject",
    ["id", "slug", "name"],
    subjects.map((id, i) => [id, `subject-${i}`, `${capital(c.words[i % 400])} ${c.words[(i * 7 + 3) % 400]} ${i}`]),
  );
  // One or two measures on each of the first few hundred subjects: the figures' groups.
  const measures = new Map<number, { id: string; unit: string }[]>();
  const measureRows: unknown[][] = [];
  for (let s = 0; s < FIGURE_SUBJECTS; s++) {
    const list = [{ id: `bm${s.toString(36)}a`, unit: "fighters" }];
    if (s % 2 === 0) list.push({ id: `bm${s.toString(36)}b`, unit: "people displaced" });
    measures.set(s, list);
    for (const m of list)
      measureRows.push([m.id, subjects[s], m.unit.replace(/ /g, "-"), `${capital(m.unit)} counted`, m.unit]);
  }
  await insertSimple("Measure", ["id", "subjectId", "slug", "name", "unit"], measureRows);

  // Claims that get a long history, and the ones with a pending proposal.
  const longHistory = new Set(Array.from({ length: LONG_HISTORIES }, () => int(rng, 0, CLAIMS - 1)));
  const pendingEvery = Math.max(1, Math.floor((CLAIMS * 0.85) / PENDING_PROPOSALS));

  const lastOfSubject = new Map<number, string>();
  let claimIndex = 0;
  let articleIndex = 0;
  let writing: Promise<void> = Promise.resolve();
  while (claimIndex < CLAIMS) {
    const chunkArticles = Math.min(CHUNK_ARTICLES, Math.ceil((CLAIMS - claimIndex) / CLAIMS_PER_ARTICLE));
    const articles: { id: string; versionId: string; text: GeneratedArticle; outlet: string; at: Date }[] = [];
    for (let a = 0; a < chunkArticles; a++, articleIndex++) {
      const id = `ba${articleIndex.toString(36)}`;
      const text = article(c, rng() < 0.1);
      const at = new Date(epoch + Math.floor((articleIndex / (CLAIMS / CLAIMS_PER_ARTICLE)) * span));
      const outlet = outlets[Math.floor(Math.pow(rng(), 2) * OUTLETS)];
      articles.push({ id, versionId: `${id}v1`, text, outlet, at });
      const headline = text.body.slice(0, text.body.indexOf(".")).slice(0, 120);
      tables.article.add(
        id,
        headline,
        outlet,
        pgArray([pick(rng, c.names)]),
        day(at),
        "DAY",
        `https://${outlet}.example/${articleIndex}`,
        text.language,
        text.language === "ar" ? "RTL" : "LTR",
        pick(rng, editors),
        ts(at),
        ts(at),
      );
      const hash = sha256(text.body);
      tables.version.add(`${id}v1`, id, 1, text.body, text.body, hash, hash, pick(rng, editors), ts(at));
    }
    counts.articles += articles.length;

    const chunkClaims = Math.min(CLAIMS - claimIndex, chunkArticles * CLAIMS_PER_ARTICLE);
    const histories = new Map<string, { kind: string; actor: string | null; at: Date; payload: unknown }[]>();
    const versions = new Map<string, number>();
    const inChunk = new Set<string>();
    for (let k = 0; k < chunkClaims; k++, claimIndex++) {
      if (k % 20 === 0) await yieldToWrites();
      const id = `bc${claimIndex.toString(36)}`;
      inChunk.add(id);
      const history: { kind: string; actor: string | null; at: Date; payload: unknown }[] = [];
      histories.set(id, history);
      const subject = subjectOf(rng);
      const speaker = rng() < 0.85 ? people[speakerOf(rng)] : null;
      const editor = pick(rng, editors);
      const reviewer = pick(rng, reviewers);
      const home = articles[int(rng, 0, articles.length - 1)];
      const createdAt = new Date(home.at.getTime() + int(rng, 1, 48) * 3_600_000);
      let clock = createdAt.getTime();
      const tick = () => new Date((clock += int(rng, 60, 3600) * 1000));

      // Quotes first: the statement is the first quote's words.
      const quoteCount = claimIndex < 300 ? int(rng, 2, 5) : pick(rng, [1, 1, 1, 2, 2, 3, 3, 4, 5]);
      const quotes = Array.from({ length: quoteCount }, (_, q) => {
        // The first 300 claims all quote the first article too: an article with 300 quotes.
        const source =
          claimIndex < 300 && q === quoteCount - 1 && q > 0
            ? articles[0]
            : q === 0 && claimIndex >= 300
              ? home
              : articles[int(rng, 0, articles.length - 1)];
        const [start, end] = pick(rng, source.text.sentences);
        const body = source.text.body;
        return {
          id: `${id}q${q}`,
          source,
          exact: body.slice(start, end),
          prefix: body.slice(Math.max(0, start - 32), start),
          suffix: body.slice(end, end + 32),
          start,
          end,
        };
      });
      const statement = quotes[0].exact.slice(0, 280);
      const statedOn = home.at;

      const figureMeasures = measures.get(subject);
      let quantity: Record<string, unknown> | null = null;
      if (figureMeasures && rng() < 0.15) {
        const measure = pick(rng, figureMeasures);
        const range = rng() < 0.3;
        const base = int(rng, 500, 6000);
        quantity = {
          value: range ? null : base,
          low: range ? base : null,
          high: range ? base + int(rng, 100, 1500) : null,
          unit: measure.unit,
          approximate: rng() < 0.5,
          asOf: `${day(statedOn)}T00:00:00.000Z`,
          asOfPrecision: "DAY",
          asOfInferred: false,
          scopePlace: `Sector ${int(rng, 1, 12)}`,
          scopePopulation: null,
          scopeMethod: null,
          measureId: measure.id,
        };
        tables.quantity.add(
          `${id}n`,
          id,
          quantity.value,
          quantity.low,
          quantity.high,
          measure.unit,
          quantity.approximate,
          day(statedOn),
          "DAY",
          quantity.scopePlace,
          measure.id,
        );
        counts.figures++;
      }
      const snapshot = {
        statement,
        subjectId: subjects[subject],
        speakerId: speaker,
        statedOn: `${day(statedOn)}T00:00:00.000Z`,
        statedPrecision: "DAY",
        statedInferred: false,
        quantity,
      };
      history.push({
        kind: "CREATED",
        actor: editor,
        at: createdAt,
        payload: {
          statement,
          subjectId: subjects[subject],
          speakerId: speaker,
          visibility: "INTERNAL",
          quantity,
          snapshot,
        },
      });
      for (const q of quotes) {
        const at = tick();
        tables.quote.add(q.id, id, q.source.versionId, q.exact, q.prefix, q.suffix, q.start, q.end, editor, ts(at));
        history.push({
          kind: "QUOTE_ADDED",
          actor: editor,
          at,
          payload: {
            quoteId: q.id,
            articleId: q.source.id,
            articleVersionId: q.source.versionId,
            exact: q.exact,
            start: q.start,
            end: q.end,
          },
        });
      }
      counts.quotes += quotes.length;

      // A link to the previous claim of the same subject, when it is in this chunk.
      const previous = lastOfSubject.get(subject);
      if (previous && inChunk.has(previous) && rng() < 0.3) {
        const linkId = `${id}l`;
        const type = pick(rng, ["CORROBORATES", "UPDATES", "CONTRADICTS", "RELATED"] as const);
        const at = tick();
        tables.link.add(linkId, id, previous, type, null, editor, ts(at));
        const common = { linkId, type, note: null };
        history.push({
          kind: "LINKED",
          actor: editor,
          at,
          payload: { ...common, direction: "from", otherClaimId: previous },
        });
        histories
          .get(previous)!
          .push({ kind: "LINKED", actor: editor, at, payload: { ...common, direction: "to", otherClaimId: id } });
        counts.links++;
      }
      lastOfSubject.set(subject, id);

      // Publication (most claims), with the reviewed status.
      const roll = rng();
      const visibility = roll < 0.9 ? "PUBLIC" : roll < 0.98 ? "INTERNAL" : "WITHDRAWN";
      let status = "UNVERIFIED";
      let statusChangedAt: Date | null = null;
      let publishedAt: Date | null = null;
      let withdrawnAt: Date | null = null;
      let review = 0;
      const reviewId = () => `${id}r${review++}`;
      if (visibility !== "INTERNAL") {
        const to = pick(rng, ["UNVERIFIED", "UNVERIFIED", "CORROBORATED", "CORROBORATED", "CONFLICTING"]);
        const rid = reviewId();
        const proposedAt = tick();
        const decidedAt = tick();
        const rationale = "Quotes checked against their articles.";
        const summary = to === "UNVERIFIED" ? "Published as unverified: one source." : "Independent sources agree.";
        history.push({
          kind: "PROPOSED",
          actor: editor,
          at: proposedAt,
          payload: {
            reviewId: rid,
            proposal: "PUBLISH",
            from: "UNVERIFIED",
            to: to === "UNVERIFIED" ? null : to,
            rationale,
            evidenceIds: [],
            publicReason: null,
            redaction: null,
          },
        });
        tables.review.add(
          rid,
          id,
          "PUBLISH",
          null,
          editor,
          pgArray([editor]),
          "UNVERIFIED",
          to === "UNVERIFIED" ? null : to,
          rationale,
          null,
          summary,
          to,
          versionOf(history),
          "APPROVED",
          reviewer,
          ts(decidedAt),
          ts(proposedAt),
        );
        history.push({ kind: "PUBLISHED", actor: reviewer, at: decidedAt, payload: { reviewId: rid, summary } });
        publishedAt = decidedAt;
        if (to !== "UNVERIFIED") {
          history.push({
            kind: "STATUS_APPROVED",
            actor: reviewer,
            at: decidedAt,
            payload: { reviewId: rid, from: "UNVERIFIED", to, rationale, proposerId: editor, comment: null, summary },
          });
          status = to;
          statusChangedAt = decidedAt;
        }
        counts.reviews++;

        // The long tail: status decisions back and forth, and comments.
        const extra = longHistory.has(claimIndex) ? int(rng, 2000, 2400) : rng() < 0.02 ? int(rng, 10, 60) : 0;
        let written = 0;
        while (written < extra) {
          if (rng() < 0.5) {
            const at = tick();
            const commentId = `${id}c${written}`;
            const body = `Checked again: ${c.words[c.wordRank(rng)]} ${c.words[c.wordRank(rng)]}.`;
            tables.comment.add(commentId, id, editor, body, true, ts(at));
            history.push({ kind: "COMMENTED", actor: editor, at, payload: { commentId, internal: true, body } });
            written += 1;
          } else {
            const next = status === "CORROBORATED" ? "CONFLICTING" : "CORROBORATED";
            const rid = reviewId();
            const proposedAt = tick();
            const decidedAt = tick();
            const rationale = "A new source changes the picture.";
            history.push({
              kind: "PROPOSED",
              actor: editor,
              at: proposedAt,
              payload: {
                reviewId: rid,
                proposal: "STATUS",
                from: status,
                to: next,
                rationale,
                evidenceIds: [],
                publicReason: null,
                redaction: null,
              },
            });
            const summary = `Now ${next.toLowerCase()}: a new source.`;
            tables.review.add(
              rid,
              id,
              "STATUS",
              null,
              editor,
              pgArray([editor]),
              status,
              next,
              rationale,
              null,
              summary,
              next,
              versionOf(history),
              "APPROVED",
              reviewer,
              ts(decidedAt),
              ts(proposedAt),
            );
            history.push({
              kind: "STATUS_APPROVED",
              actor: reviewer,
              at: decidedAt,
              payload: { reviewId: rid, from: status, to: next, rationale, proposerId: editor, comment: null, summary },
            });
            status = next;
            statusChangedAt = decidedAt;
            counts.reviews++;
            written += 2;
          }
        }

        if (visibility === "WITHDRAWN") {
          const rid = reviewId();
          const proposedAt = tick();
          withdrawnAt = tick();
          const reason = "The only source retracted its report.";
          history.push({
            kind: "PROPOSED",
            actor: editor,
            at: proposedAt,
            payload: {
              reviewId: rid,
              proposal: "WITHDRAWAL",
              from: status,
              to: null,
              rationale: reason,
              evidenceIds: [],
              publicReason: reason,
              redaction: null,
            },
          });
          tables.review.add(
            rid,
            id,
            "WITHDRAWAL",
            null,
            editor,
            pgArray([editor]),
            status,
            null,
            reason,
            reason,
            reason,
            status,
            versionOf(history),
            "APPROVED",
            reviewer,
            ts(withdrawnAt),
            ts(proposedAt),
          );
          history.push({
            kind: "WITHDRAWN",
            actor: reviewer,
            at: withdrawnAt,
            payload: { reviewId: rid, reason, summary: reason },
          });
          counts.reviews++;
        } else if (claimIndex % pendingEvery === 0 && counts.pending < PENDING_PROPOSALS) {
          // A status proposal waiting for a reviewer.
          const rid = reviewId();
          const at = tick();
          const next = status === "CORROBORATED" ? "CONFLICTING" : "CORROBORATED";
          const rationale = "A second outlet reports the same figure.";
          history.push({
            kind: "PROPOSED",
            actor: editor,
            at,
            payload: {
              reviewId: rid,
              proposal: "STATUS",
              from: status,
              to: next,
              rationale,
              evidenceIds: [],
              publicReason: null,
              redaction: null,
            },
          });
          tables.review.add(
            rid,
            id,
            "STATUS",
            id,
            editor,
            pgArray([editor]),
            status,
            next,
            rationale,
            null,
            null,
            null,
            versionOf(history),
            "PENDING",
            null,
            null,
            ts(at),
          );
          counts.pending++;
          counts.reviews++;
        }
      }
      versions.set(id, 0);
      tables.claim.add(
        id,
        statement,
        subjects[subject],
        speaker,
        day(statedOn),
        "DAY",
        status,
        statusChangedAt && ts(statusChangedAt),
        visibility,
        0, // set below, once links from later claims are in
        pgArray([editor]),
        publishedAt && ts(publishedAt),
        withdrawnAt && ts(withdrawnAt),
        visibility === "WITHDRAWN" ? "The only source retracted its report." : null,
        editor,
        ts(createdAt),
        ts(new Date(clock)),
      );
    }
    counts.claims += chunkClaims;

    // Chains: each claim's events in order, hashed and tagged as lib/history/append.ts does.
    const versionColumn = tables.claim.columns.findIndex(([name]) => name === "version");
    const claimRows = new Map(tables.claim.rows.map((row) => [row[0] as string, row]));
    let chained = 0;
    for (const [claimId, history] of histories) {
      if (chained++ % 20 === 0) await yieldToWrites();
      history.sort((a, b) => a.at.getTime() - b.at.getTime());
      let prevHash: string | null = null;
      let version = 1;
      history.forEach((event, i) => {
        const seq = i + 1;
        const payload = JSON.parse(JSON.stringify(event.payload));
        const content = contentHash(claimId, seq, payload);
        const header = { claimId, seq, kind: event.kind, actorId: event.actor, createdAt: event.at, prevHash };
        const hash = eventHashV2({ ...header, contentHash: content });
        tables.content.add(content, claimId, seq, JSON.stringify(payload));
        tables.event.add(
          `${claimId}e${seq}`,
          claimId,
          seq,
          event.kind,
          event.actor,
          2,
          content,
          prevHash,
          hash,
          eventTag(key.tagKey, hash),
          key.id,
          ts(event.at),
        );
        if (bumpsVersion({ kind: event.kind, payload } as ClaimEventInput)) version += 1;
        prevHash = hash;
      });
      claimRows.get(claimId)![versionColumn] = version;
      events += history.length;
    }

    await writing;
    writing = writeChunk(
      Object.values(tables).map((table): [Table, unknown[][]] => [table, table.take()]),
      `${counts.claims.toLocaleString("en")} claims, ${counts.articles.toLocaleString("en")} articles, ` +
        `${events.toLocaleString("en")} events`,
    );
    // Awaited before the next chunk (or at the end); a failure until then is not unhandled.
    writing.catch(() => {});
  }
  await writing;
}

/** The claim's version after the events so far (a proposal records the version it was made on). */
const versionSoFar = new WeakMap<object, { length: number; version: number }>();
function versionOf(history: { kind: string; payload: unknown }[]): number {
  const known = versionSoFar.get(history) ?? { length: 0, version: 1 };
  let { version } = known;
  for (const e of history.slice(known.length)) {
    if (bumpsVersion({ kind: e.kind, payload: e.payload } as ClaimEventInput)) version++;
  }
  versionSoFar.set(history, { length: history.length, version });
  return version;
}

async function insertSimple(table: string, columns: string[], rows: unknown[][]) {
  const simple = new Table(
    table,
    columns.map((name): Column => [name, "text"]),
  );
  for (const row of rows) simple.add(...row);
  await simple.flush(pool);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
