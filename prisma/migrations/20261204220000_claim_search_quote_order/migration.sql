-- A claim's quotes enter its search document in one order, the order they were made in (as its
-- first quote's language already did). Without ORDER BY the aggregate took them in whatever order
-- the plan read them, so the same rows gave documents whose word positions differed with the
-- indexes present (seen when bench:data built Quote's indexes after its load). Rows written before
-- this keep their order until their claim next changes; only ranking by position can tell.
CREATE OR REPLACE FUNCTION "claim_search_refresh"(ids text[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM "ClaimSearch" s
   WHERE s."claimId" = ANY (ids)
     AND NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = s."claimId" AND c.visibility = 'PUBLIC');

  INSERT INTO "ClaimSearch" ("claimId", "publishedAt", status, "subjectId", "speakerId", "statedOn", "outletIds", names, document)
  SELECT c.id, coalesce(c."publishedAt", c."createdAt"), c.status, c."subjectId", c."speakerId", c."statedOn",
         coalesce(q.outlets, ARRAY[]::text[]),
         concat_ws(' ', p.name, sj.name),
         setweight(to_tsvector(search_statement_config(c.statement, q.first_config), c.statement), 'A')
         || setweight(to_tsvector('simple', c.statement), 'A')
         || setweight(to_tsvector('simple', concat_ws(' ', p.name, sj.name)), 'B')
         || coalesce(q.document, ''::tsvector)
    FROM "Claim" c
    JOIN "Subject" sj ON sj.id = c."subjectId"
    LEFT JOIN "Person" p ON p.id = c."speakerId"
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT a."outletId") FILTER (WHERE a."outletId" IS NOT NULL) AS outlets,
             (array_agg(search_config(a.language) ORDER BY qu."createdAt", qu.id))[1] AS first_config,
             tsvector_concat_agg(
               setweight(to_tsvector(search_config(a.language), qu.exact), 'C')
               || setweight(to_tsvector('simple', qu.exact), 'C') ORDER BY qu."createdAt", qu.id) AS document
        FROM "Quote" qu
        JOIN "ArticleVersion" v ON v.id = qu."articleVersionId"
        JOIN "Article" a ON a.id = v."articleId"
       WHERE qu."claimId" = c.id AND qu."pendingChange" IN ('NONE', 'REMOVE') AND qu."redactedAt" IS NULL
    ) q ON true
   WHERE c.id = ANY (ids) AND c.visibility = 'PUBLIC'
  ON CONFLICT ("claimId") DO UPDATE SET
    "publishedAt" = EXCLUDED."publishedAt", status = EXCLUDED.status, "subjectId" = EXCLUDED."subjectId",
    "speakerId" = EXCLUDED."speakerId", "statedOn" = EXCLUDED."statedOn", "outletIds" = EXCLUDED."outletIds",
    names = EXCLUDED.names, document = EXCLUDED.document;
$$;
