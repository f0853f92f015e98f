-- The public search index (lib/search): one row per published claim, holding only what the public
-- may read (the claim's own approved columns, its public quotes, its speaker's and subject's names),
-- kept current by the statement-level triggers below in the same transaction as the change. A
-- draft, an internal or a withdrawn claim has no row, so its text cannot be found.
-- (docs/decisions/0016-search.md)

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "ClaimSearch" (
    "claimId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "speakerId" TEXT,
    "statedOn" DATE,
    "outletIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "names" TEXT NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ClaimSearch_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE INDEX "ClaimSearch_publishedAt_claimId_idx" ON "ClaimSearch"("publishedAt", "claimId");
CREATE INDEX "ClaimSearch_status_publishedAt_claimId_idx" ON "ClaimSearch"("status", "publishedAt", "claimId");
CREATE INDEX "ClaimSearch_subjectId_publishedAt_claimId_idx" ON "ClaimSearch"("subjectId", "publishedAt", "claimId");
CREATE INDEX "ClaimSearch_speakerId_publishedAt_claimId_idx" ON "ClaimSearch"("speakerId", "publishedAt", "claimId");
CREATE INDEX "ClaimSearch_statedOn_idx" ON "ClaimSearch"("statedOn");
CREATE INDEX "ClaimSearch_outletIds_idx" ON "ClaimSearch" USING GIN ("outletIds");
CREATE INDEX "ClaimSearch_document_idx" ON "ClaimSearch" USING GIN ("document");
CREATE INDEX "ClaimSearch_names_idx" ON "ClaimSearch" USING GIN ("names" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ClaimSearch" ADD CONSTRAINT "ClaimSearch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The text search configurations for article languages (ISO 639-1 codes, as Article.language
-- holds them), limited to those this server has (PostgreSQL 16 added a few).
CREATE FUNCTION "search_languages"() RETURNS TABLE (code text, config regconfig)
LANGUAGE sql STABLE AS $$
  SELECT l.code, c.oid::regconfig
  FROM (VALUES
    ('ar', 'arabic'), ('hy', 'armenian'), ('eu', 'basque'), ('ca', 'catalan'), ('da', 'danish'),
    ('nl', 'dutch'), ('en', 'english'), ('fi', 'finnish'), ('fr', 'french'), ('de', 'german'),
    ('el', 'greek'), ('hi', 'hindi'), ('hu', 'hungarian'), ('id', 'indonesian'), ('ga', 'irish'),
    ('it', 'italian'), ('lt', 'lithuanian'), ('ne', 'nepali'), ('no', 'norwegian'), ('nb', 'norwegian'),
    ('nn', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'), ('ru', 'russian'), ('sr', 'serbian'),
    ('es', 'spanish'), ('sv', 'swedish'), ('ta', 'tamil'), ('tr', 'turkish'), ('yi', 'yiddish')
  ) AS l(code, name)
  JOIN pg_catalog.pg_ts_config c ON c.cfgname = l.name
  JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace AND n.nspname = 'pg_catalog'
$$;

-- A language code ("ar", "en-GB", "pt_BR") to its configuration; an unknown one is `simple`.
CREATE FUNCTION "search_config"(language text) RETURNS regconfig
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT config FROM search_languages() WHERE code = lower(split_part(split_part(language, '-', 1), '_', 1))),
    'simple'::regconfig)
$$;

-- One word or phrase of a query, as a tsquery over every configuration (each stems it its own
-- way, so "fighters" finds "fighter" in English and "المقاتلين" finds "مقاتلون" in Arabic) and
-- `simple` (the exact form, which every document also holds), optionally as a prefix.
CREATE FUNCTION "search_term_query"(term text, prefix boolean) RETURNS tsquery
LANGUAGE sql STABLE AS $$
  SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')::tsquery
  FROM (
    SELECT phraseto_tsquery(config, term) AS q
      FROM (SELECT config FROM search_languages() UNION SELECT 'simple'::regconfig) AS configs
    UNION ALL
    SELECT ('''' || replace(replace(min(lexeme), '\', '\\'), '''', '''''') || ''':*')::tsquery
      FROM unnest(to_tsvector('simple', term))
     WHERE prefix
    HAVING count(*) = 1
  ) AS alternatives
  WHERE q IS NOT NULL AND numnode(q) > 0
$$;

-- A statement is analysed as Arabic when written in Arabic script, otherwise in the language of its
-- first quoted article (English when it has none, or when that article is in Arabic).
CREATE FUNCTION "search_statement_config"(statement text, first_quote_config regconfig) RETURNS regconfig
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN statement ~ '[؀-ۿ]' THEN search_config('ar')
              ELSE coalesce(NULLIF(first_quote_config, search_config('ar')), 'english'::regconfig) END
$$;

CREATE AGGREGATE "tsvector_concat_agg"(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Rebuilds the rows of these claims from what the public may read (deleting those no longer public):
-- the statement in its language, each public quote in its article's language, names with `simple`. Every text is also indexed with `simple`, so its exact words (and stop words) match.
CREATE FUNCTION "claim_search_refresh"(ids text[]) RETURNS void
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
               || setweight(to_tsvector('simple', qu.exact), 'C')) AS document
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

-- Triggers, per statement (a bulk insert refreshes its claims in one pass), on everything the
-- index is made of. A claim's deletion cascades to its row.
CREATE FUNCTION "claim_search_claim_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM claim_search_refresh(ARRAY(SELECT id FROM new_rows WHERE visibility = 'PUBLIC'));
  ELSE
    PERFORM claim_search_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.visibility = 'PUBLIC' OR o.visibility = 'PUBLIC')
         AND (n.statement, n.visibility, n.status, n."subjectId", n."speakerId", n."statedOn", n."publishedAt", n."createdAt")
             IS DISTINCT FROM
             (o.statement, o.visibility, o.status, o."subjectId", o."speakerId", o."statedOn", o."publishedAt", o."createdAt")));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_claim_changed"();
CREATE TRIGGER "Claim_search_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_claim_changed"();

CREATE FUNCTION "claim_search_quote_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM claim_search_refresh(ARRAY(SELECT DISTINCT "claimId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM claim_search_refresh(ARRAY(SELECT DISTINCT "claimId" FROM old_rows));
  ELSE
    PERFORM claim_search_refresh(ARRAY(
      SELECT x FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(ARRAY[n."claimId", o."claimId"]) x
       WHERE (n."claimId", n.exact, n."pendingChange", n."redactedAt", n."articleVersionId")
             IS DISTINCT FROM (o."claimId", o.exact, o."pendingChange", o."redactedAt", o."articleVersionId")
      GROUP BY x));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Quote_search_insert" AFTER INSERT ON "Quote"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_quote_changed"();
CREATE TRIGGER "Quote_search_update" AFTER UPDATE ON "Quote"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_quote_changed"();
CREATE TRIGGER "Quote_search_delete" AFTER DELETE ON "Quote"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_quote_changed"();

-- A renamed speaker or subject, an article's language or outlet: refresh the public claims it touches.
CREATE FUNCTION "claim_search_source_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Person' THEN
    PERFORM claim_search_refresh(ARRAY(
      SELECT c.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Claim" c ON c."speakerId" = n.id
       WHERE n.name IS DISTINCT FROM o.name AND c.visibility = 'PUBLIC'));
  ELSIF TG_TABLE_NAME = 'Subject' THEN
    PERFORM claim_search_refresh(ARRAY(
      SELECT c.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Claim" c ON c."subjectId" = n.id
       WHERE n.name IS DISTINCT FROM o.name AND c.visibility = 'PUBLIC'));
  ELSE
    PERFORM claim_search_refresh(ARRAY(
      SELECT DISTINCT qu."claimId" FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN "ArticleVersion" v ON v."articleId" = n.id JOIN "Quote" qu ON qu."articleVersionId" = v.id
       WHERE (n.language, n."outletId") IS DISTINCT FROM (o.language, o."outletId")));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Person_search_update" AFTER UPDATE ON "Person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_source_changed"();
CREATE TRIGGER "Subject_search_update" AFTER UPDATE ON "Subject"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_source_changed"();
CREATE TRIGGER "Article_search_update" AFTER UPDATE ON "Article"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_source_changed"();

-- The claims already published.
SELECT claim_search_refresh(ARRAY(SELECT id FROM "Claim" WHERE visibility = 'PUBLIC'));
