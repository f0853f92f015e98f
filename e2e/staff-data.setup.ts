import { STAGED_IMPORT_FILE, test } from "./fixtures";

/**
 * Data that read-only specs need and the sample data lacks, written once before any spec runs
 * (the "setup" project: every other project depends on it), so no spec writes it while another
 * checks that the database did not change. Idempotent: a second run finds it there.
 */
test("stage an import waiting to be confirmed", async ({ db }) => {
  const blocks = [
    "A headline long enough to wrap across a narrow phone screen without pushing the page sideways",
    "By A Reporter",
    `A paragraph of body text. ${"Longwordwithoutanyspaces".repeat(6)} and then ordinary words again.`,
  ];
  const suggestions = {
    headline: { value: blocks[0], inferred: false, source: "the first heading-like line of the text" },
    authors: { value: ["A Reporter"], inferred: false, source: "the byline “By A Reporter”" },
    outlet: null,
    published: null,
    url: null,
    language: { value: { language: "en", direction: "LTR" }, inferred: true, source: "guessed from the text" },
    dateMentions: [],
  };
  await db.query(
    `INSERT INTO "ArticleImport" (id, "fileName", format, "rawText", blocks, "sourceHash", suggestions, "createdById")
     SELECT 'e2e-staged-import', $1, 'TEXT', $2, $3, 'e2e-staged-import', $4, id
       FROM "User" WHERE email = 'admin@claimtrail.test'
     ON CONFLICT (id) DO NOTHING`,
    [STAGED_IMPORT_FILE, blocks.join("\n\n"), blocks, JSON.stringify(suggestions)],
  );
});
