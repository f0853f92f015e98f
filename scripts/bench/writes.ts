/**
 * The benchmark's writes (issue 14, target 5), each beside a baseline measured in the same run, on a
 * scratch database of its own (created on the server in BENCH_DATABASE_URL, migrated, dropped at
 * the end), so the bench data stays as `bench:data` made it. Run by `npm run bench` (run.ts) as a
 * child process; prints one JSON line: `tsx --conditions=react-server scripts/bench/writes.ts`.
 *
 * - Re-anchoring 10,000 quotes after an edit, through changeArticleBody (the editor's action: the
 *   new version and every quote's outcome in one transaction), for the two edits of
 *   test/reanchor-case.ts; baseline: the re-anchoring algorithm alone on the same text.
 * - Bulk import of 5 KB HTML articles: as `npm run import` does it (each staged with its metadata
 *   suggestions, waiting for an editor), and the whole way to an article whose claim suggestions
 *   an editor reads (stage, confirm, suggestions); baseline: one plain INSERT per article.
 */
import { performance } from "node:perf_hooks";
import { positionMap, reanchorInTextOrder } from "../../lib/anchoring/reanchor";
import { selectorsAt } from "../../lib/anchoring/selectors";
import { confirmImportSchema } from "../../lib/articles/schemas";
import { createTestDatabase } from "../../test/database";
import { quoteRows, reanchorCase } from "../../test/reanchor-case";
import { corpus, englishSentence, int } from "./corpus";
import { median } from "./measure";
import { BENCH_HISTORY_KEY } from "./settings";

const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const ARTICLES = Number(process.env.BENCH_IMPORT_ARTICLES ?? 100);
const base = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/claimtrail_bench";

async function main() {
  const scratch = await createTestDatabase(base);
  process.env.DATABASE_URL = scratch.url;
  process.env.HISTORY_SIGNING_KEY ??= BENCH_HISTORY_KEY;
  // Imported after DATABASE_URL is set: the data layer reads it once.
  const { db } = await import("../../lib/db/client");
  const { makeArticle, makeClaim, makeStaff } = await import("../../test/factories");
  const { changeArticleBody } = await import("../../lib/articles/mutations");
  const { confirmImport, stageImport } = await import("../../lib/articles/import/mutations");
  const { getPendingImport } = await import("../../lib/articles/import/queries");
  const { getArticleSuggestions } = await import("../../lib/suggestions/queries");
  try {
    const editor = await makeStaff("EDITOR");
    const c = reanchorCase();

    // The algorithm alone, on the same text and quotes (in text order, as the app reads them):
    // what the database adds is the rest.
    const stored = c.quotes.map((q) => selectorsAt(c.body, q.start, q.end)).sort((a, b) => a.start - b.start);
    const algorithm = (edited: string) => {
      const started = performance.now();
      const map = positionMap(c.body, edited);
      reanchorInTextOrder(edited, stored, (q) => map(q.start, q.end));
      return (performance.now() - started) / 1000;
    };
    const reanchor: Record<string, { seconds: number; algorithmSeconds: number; summary: unknown }> = {};
    for (const [name, edited] of Object.entries(c.edits)) {
      const runs: number[] = [];
      let summary: unknown = null;
      for (let r = 0; r < REPEAT; r++) {
        const article = await makeArticle(editor, c.body);
        const version = await db().articleVersion.findFirstOrThrow({
          where: { articleId: article.id },
          select: { id: true, body: true },
        });
        const claimIds: string[] = [];
        for (let i = 0; i < 100; i++) claimIds.push((await makeClaim(editor)).id);
        await db().quote.createMany({
          data: quoteRows(c, { versionId: version.id, body: version.body, createdById: editor.id, claimIds }),
        });
        const started = performance.now();
        const result = await changeArticleBody(editor, article.id, { body: edited, reason: "Benchmark edit" }, 1);
        runs.push((performance.now() - started) / 1000);
        summary = result.kind === "version" ? result.summary : result.kind;
      }
      const algorithmRuns = Array.from({ length: REPEAT }, () => algorithm(edited));
      reanchor[name] = { seconds: median(runs), algorithmSeconds: median(algorithmRuns), summary };
    }

    // 5 KB HTML articles, each its own text (a duplicate would be refused as one).
    const words = corpus(1405);
    const articleHtml = (n: number) => {
      const paragraphs: string[] = [];
      let length = 0;
      while (length < 4800) {
        const sentences = Array.from({ length: int(words.rng, 2, 5) }, (_, i) =>
          englishSentence(words, i === 0 && words.rng() < 0.4 ? words.names[n % words.names.length] : undefined),
        );
        const p = `<p>${sentences.join(" ")}</p>`;
        paragraphs.push(p);
        length += p.length;
      }
      return `<!doctype html><html lang="en"><head><title>Report ${n}: ${words.words[n % 500]}</title><meta name="author" content="Staff writer"><meta property="article:published_time" content="2020-03-${String((n % 27) + 1).padStart(2, "0")}"></head><body><article><h1>Report ${n}</h1>${paragraphs.join("")}</article></body></html>`;
    };
    let next = 0;
    const batch = () => Array.from({ length: ARTICLES }, () => articleHtml(next++));
    const bytes = median(batch().map((html) => html.length));
    const rate = async (run: (html: string) => Promise<unknown>) => {
      const rates: number[] = [];
      for (let r = 0; r < REPEAT; r++) {
        const files = batch();
        const started = performance.now();
        for (const html of files) await run(html);
        rates.push(files.length / ((performance.now() - started) / 1000));
      }
      return median(rates);
    };
    const staged = await rate((html) => stageImport(editor, { fileName: "report.html", text: html }));
    const whole = await rate(async (html) => {
      const result = await stageImport(editor, { fileName: "report.html", text: html });
      if (result.status !== "staged") throw new Error(`the benchmark's article was refused: ${result.status}`);
      const pending = await getPendingImport(editor, result.importId);
      const s = pending.suggestions;
      const confirmed = await confirmImport(
        editor,
        confirmImportSchema.parse({
          importId: result.importId,
          start: 0,
          end: pending.blocks.length - 1,
          remove: [],
          headline: s.headline?.value ?? "Untitled",
          authors: s.authors?.value.join(", ") ?? "",
          outlet: s.outlet?.value ?? "Benchmark Outlet",
          published: s.published?.value.on ?? "",
          language: s.language.value.language,
          direction: s.language.value.direction,
        }),
      );
      if (confirmed.status !== "imported") throw new Error(`the benchmark's article was refused: ${confirmed.status}`);
      await getArticleSuggestions(editor, confirmed.articleId);
    });
    const plain = await rate(
      (html) =>
        db()
          .$executeRaw`INSERT INTO "ArticleImport" (id, "rawText", blocks, format, "sourceHash", suggestions, "createdById")
        VALUES (md5(random()::text), ${html}, ARRAY[]::text[], 'HTML', md5(random()::text), '{}'::jsonb, ${editor.id})`,
    );
    console.log(JSON.stringify({ reanchor, import: { bytes, articles: ARTICLES, staged, whole, plain } }));
  } finally {
    const { db } = await import("../../lib/db/client");
    await db().$disconnect();
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
