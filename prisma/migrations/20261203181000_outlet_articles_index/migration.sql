-- An outlet's page of public articles, newest first (lib/outlets/queries.ts: publishedOn with unknown
-- dates last, then id): the page's LIMIT stops the index walk instead of building every public
-- article of the outlet and sorting them (199 → 47 ms for an outlet with 158 public articles at
-- 100,000 claims, EXPLAIN ANALYZE of the page's query). schema.prisma cannot spell NULLS LAST.
CREATE INDEX "Article_outletId_publishedOn_id_idx" ON "Article"("outletId", "publishedOn" DESC NULLS LAST, "id" DESC);
