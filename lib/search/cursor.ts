import { z } from "zod";

/**
 * A page boundary of a search, opaque to readers (base64url JSON): the sort it belongs to, which
 * way it points, and the keys of the boundary row. `asOf` freezes a relevance search's candidate
 * set at its first page, so claims published meanwhile cannot shift later pages (no gap, no repeat).
 * `match` keeps how the first page matched its words (exact words, or also prefixes and partial
 * names: lib/search/queries.ts), so its later pages are pages of the same result set.
 */
// Years PostgreSQL's timestamp reads (a hand-made cursor must get a 400, never a database error).
const at = z.iso.datetime().regex(/^(19|2\d)\d\d-/);
// Optional: a cursor made before matching had two ways matched the wide way (lib/search/queries.ts).
const match = z.enum(["exact", "wide"]).optional();
const cursorSchema = z.discriminatedUnion("sort", [
  z.object({
    sort: z.literal("newest"),
    dir: z.enum(["next", "previous"]),
    at,
    id: z.string().min(1).max(64),
    match,
  }),
  z.object({
    sort: z.literal("relevance"),
    dir: z.enum(["next", "previous"]),
    // ts_rank as PostgreSQL prints a real: compared exactly when cast back.
    rank: z.string().regex(/^\d{1,2}(\.\d{1,12})?(e-\d{1,2})?$/),
    at,
    id: z.string().min(1).max(64),
    asOf: at,
    match,
  }),
]);

export type SearchCursor = z.output<typeof cursorSchema>;

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

export function decodeCursor(text: string): SearchCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
