-- Exact words first, one index pass for count and page (docs/decisions/0019-search.md).
--
-- Measured at 1,000,000 claims: a prefix (`'venro':*`) and a trigram (`%venro%`) cost several
-- times the exact word's stems (a prefix's GIN lookup reads every lexeme it covers; a long word's
-- trigrams read many posting lists even when nothing matches), and a sparse search ran its GIN
-- lookups twice (the capped count, then the page). Now:
-- - A search first matches its words exactly (their stems in every configuration and their
--   `simple` form). Only when that finds fewer than `widen` claims (a page) does it match the
--   wider way, each word also as a prefix and inside a name by trigram (what it always did). The
--   answer says which (`match`), and a later page asks for the same (the cursor keeps it), so the
--   pages of one search are one result set.
-- - A sparse search reads its matches once, capped, into a MATERIALIZED CTE, which gives both the
--   count and the page.

-- The prefix alternative of one word (a single lexeme in `simple`), or NULL: one rule for
-- search_term_query and for claim_search_page's widening.
CREATE OR REPLACE FUNCTION "search_prefix_query"(term text) RETURNS tsquery
LANGUAGE sql IMMUTABLE AS $$
  SELECT ('''' || replace(replace(min(lexeme), '\', '\\'), '''', '''''') || ''':*')::tsquery
    FROM unnest(to_tsvector('simple', term))
  HAVING count(*) = 1
$$;

CREATE OR REPLACE FUNCTION "search_term_query"(term text, prefix boolean) RETURNS tsquery
LANGUAGE sql STABLE AS $$
  SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')::tsquery
  FROM (
    SELECT phraseto_tsquery(config, term) AS q
      FROM (SELECT config FROM search_languages() UNION SELECT 'simple'::regconfig) AS configs
    UNION ALL
    SELECT search_prefix_query(term) WHERE prefix
  ) AS alternatives
  WHERE q IS NOT NULL AND numnode(q) > 0
$$;

-- The statement of one page, over `source` (the table, or the capped matches `m` of
-- claim_search_page) where `where_sql` holds: newest first, or the newest `candidates` matches
-- published before the first page ranked by `all_q`; keyset by the cursor; `take` rows; as one jsonb
-- array. Every value of `query` reaches it as a quoted literal (format %L).
CREATE OR REPLACE FUNCTION "claim_search_page_sql"(query jsonb, source text, where_sql text, all_q text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  page_sql text;
  at_sql constant text := 'to_char(s."publishedAt", ''YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'')';
  cur constant jsonb := nullif(query->'cursor', 'null'::jsonb);
BEGIN
  IF query->>'sort' = 'relevance' THEN
    page_sql := format(
      'SELECT c.id, c.at, c.rank::text AS rank FROM (
         SELECT s."claimId" AS id, s."publishedAt", %s AS at, %s AS rank FROM (
           SELECT s."claimId", s."publishedAt", s.document FROM %s s
            WHERE %s AND s."publishedAt" <= %L::timestamp(3)
            ORDER BY s."publishedAt" DESC, s."claimId" DESC LIMIT %s) s) c',
      at_sql, CASE WHEN all_q IS NULL THEN '0::real' ELSE format('ts_rank(s.document, %L::tsquery)', all_q) END,
      source, where_sql, query->>'asOf', (query->>'candidates')::int);
    page_sql := page_sql || CASE
      WHEN cur IS NULL THEN ' ORDER BY c.rank DESC, c."publishedAt" DESC, c.id DESC'
      WHEN cur->>'dir' = 'next' THEN format(
        ' WHERE (c.rank, c."publishedAt", c.id) < (%L::real, %L::timestamp(3), %L) ORDER BY c.rank DESC, c."publishedAt" DESC, c.id DESC',
        cur->>'rank', cur->>'at', cur->>'id')
      ELSE format(
        ' WHERE (c.rank, c."publishedAt", c.id) > (%L::real, %L::timestamp(3), %L) ORDER BY c.rank ASC, c."publishedAt" ASC, c.id ASC',
        cur->>'rank', cur->>'at', cur->>'id') END;
  ELSE
    page_sql := format('SELECT s."claimId" AS id, %s AS at, NULL::text AS rank FROM %s s WHERE %s', at_sql, source, where_sql);
    page_sql := page_sql || CASE
      WHEN cur IS NULL THEN ' ORDER BY s."publishedAt" DESC, s."claimId" DESC'
      WHEN cur->>'dir' = 'next' THEN format(
        ' AND (s."publishedAt", s."claimId") < (%L::timestamp(3), %L) ORDER BY s."publishedAt" DESC, s."claimId" DESC',
        cur->>'at', cur->>'id')
      ELSE format(
        ' AND (s."publishedAt", s."claimId") > (%L::timestamp(3), %L) ORDER BY s."publishedAt" ASC, s."claimId" ASC',
        cur->>'at', cur->>'id') END;
  END IF;
  RETURN format('SELECT coalesce(jsonb_agg(jsonb_build_object(''id'', p.id, ''at'', p.at, ''rank'', p.rank)), ''[]'') FROM (%s LIMIT %s) p',
    page_sql, (query->>'take')::int);
END;
$$;

-- `query`, as before (20261203071700_claim_search_page), and:
--   match   "exact" | "wide": how a later page matches (what the first page's answer said); absent: choose
--   widen   match the wide way when the exact words find fewer than this many claims (a page);
--           absent (a caller from before this migration): the wide way only, as before
-- Answers, as before, and `match` (the way used, when there are words).
CREATE OR REPLACE FUNCTION "claim_search_page"(query jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  term jsonb;
  tq tsquery;
  prefix_tq tsquery;
  pattern text;
  -- Each way's terms (for highlights), conditions and AND of tsqueries (for the rank).
  exact_terms jsonb := '[]';
  exact_parts text[] := '{}';
  exact_q text;
  wide_terms jsonb := '[]';
  wide_parts text[] := '{}';
  wide_q text;
  exact_complete boolean := true;
  widens boolean := false;
  fixed boolean;
  match text;
  filters text[] := '{}';
  has_terms boolean;
  where_sql text;
  all_q text;
  m_sql text;
  cap constant int := (query->>'cap')::int;
  widen constant int := (query->>'widen')::int;
  estimate jsonb;
  kind text; -- the plan: dense (the planner's), bitmap (one GIN pass), walk (over the cap)
  n int;
  found jsonb;
  plan jsonb;
  line text;
  old_seqscan constant text := current_setting('enable_seqscan');
  old_indexscan constant text := current_setting('enable_indexscan');
BEGIN
  FOR term IN SELECT * FROM jsonb_array_elements(coalesce(query->'terms', '[]')) LOOP
    tq := search_term_query(term->>'text', false);
    prefix_tq := CASE WHEN (term->>'prefix')::boolean THEN search_prefix_query(term->>'text') END;
    pattern := CASE WHEN (term->>'prefix')::boolean
                    THEN '%' || regexp_replace(term->>'text', '([\\%_])', '\\\1', 'g') || '%' END;
    CONTINUE WHEN tq IS NULL AND pattern IS NULL;
    IF tq IS NULL THEN
      exact_complete := false; -- no word in it (punctuation, say): only its trigram can match
    ELSE
      exact_terms := exact_terms || jsonb_build_object('text', term->>'text', 'tsquery', tq::text, 'pattern', NULL);
      exact_parts := exact_parts || format('s.document @@ %L::tsquery', tq::text);
      exact_q := CASE WHEN exact_q IS NULL THEN '' ELSE exact_q || ' & ' END || '(' || tq::text || ')';
    END IF;
    widens := widens OR pattern IS NOT NULL;
    tq := CASE WHEN prefix_tq IS NULL THEN tq ELSE coalesce(tq || prefix_tq, prefix_tq) END;
    wide_terms := wide_terms || jsonb_build_object('text', term->>'text', 'tsquery', coalesce(tq::text, ''), 'pattern', pattern);
    wide_parts := wide_parts || CASE
      WHEN tq IS NOT NULL AND pattern IS NOT NULL THEN format('(s.document @@ %L::tsquery OR s.names ILIKE %L)', tq::text, pattern)
      WHEN tq IS NOT NULL THEN format('s.document @@ %L::tsquery', tq::text)
      ELSE format('s.names ILIKE %L', pattern) END;
    IF tq IS NOT NULL THEN
      wide_q := CASE WHEN wide_q IS NULL THEN '' ELSE wide_q || ' & ' END || '(' || tq::text || ')';
    END IF;
  END LOOP;
  has_terms := jsonb_array_length(wide_terms) > 0;
  IF jsonb_array_length(coalesce(query->'terms', '[]')) > 0 AND NOT has_terms THEN
    RETURN jsonb_build_object('terms', wide_terms, 'unsearchable', true, 'count', 0, 'more', false, 'rows', '[]'::jsonb);
  END IF;
  -- The way is fixed by the cursor, or when there is one way only: nothing to widen (phrases,
  -- short words, no words), or no exact way (a term with no word).
  match := CASE WHEN NOT widens THEN 'exact' WHEN NOT exact_complete OR NOT query ? 'widen' THEN 'wide'
                ELSE coalesce(query->>'match', 'exact') END;
  fixed := match = 'wide' OR NOT widens OR query->>'match' IS NOT NULL;

  IF query->>'status' IS NOT NULL THEN filters := filters || format('s.status = %L::"ClaimStatus"', query->>'status'); END IF;
  IF query->>'subject' IS NOT NULL THEN filters := filters || format('s."subjectId" = %L', query->>'subject'); END IF;
  IF query->>'speaker' IS NOT NULL THEN filters := filters || format('s."speakerId" = %L', query->>'speaker'); END IF;
  IF query->>'outlet' IS NOT NULL THEN filters := filters || format('s."outletIds" @> ARRAY[%L]::text[]', query->>'outlet'); END IF;
  IF query->>'from' IS NOT NULL THEN filters := filters || format('s."statedOn" >= %L::date', query->>'from'); END IF;
  IF query->>'to' IS NOT NULL THEN filters := filters || format('s."statedOn" <= %L::date', query->>'to'); END IF;

  -- The exact way, then, unless fixed, the wide way when that found fewer than `widen`.
  LOOP
    all_q := CASE WHEN match = 'exact' THEN exact_q ELSE wide_q END;
    where_sql := coalesce(nullif(array_to_string(
      CASE WHEN NOT has_terms THEN '{}' WHEN match = 'exact' THEN exact_parts ELSE wide_parts END || filters,
      ' AND '), ''), 'TRUE');

    -- With words, the plan is not left to the planner's guess: several terms (each an OR of stems
    -- and a trigram) are misestimated either way. A guess of `dense` matches or more (a common
    -- word, whose own statistics hold) keeps the planner's plans: the page (a date walk), then,
    -- when asked, a capped count. Otherwise the GIN indexes read the matches once, by bitmap (no
    -- sequential or index scan), up to `cap` + 1 into `m`, which gives the count and, within the
    -- cap, the page; over the cap the page goes back to the date walk. Same rows either way; only
    -- the plan differs.
    kind := 'dense';
    found := NULL;
    n := NULL;
    IF has_terms THEN
      EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM "ClaimSearch" s WHERE ' || where_sql INTO estimate;
      IF (estimate->0->'Plan'->>'Plan Rows')::float8 < (query->>'dense')::float8 THEN kind := 'bitmap'; END IF;
    END IF;
    IF kind = 'bitmap' THEN
      m_sql := format(
        'WITH m AS MATERIALIZED (SELECT s."claimId", s."publishedAt"%s FROM "ClaimSearch" s WHERE %s LIMIT %s),
              n AS (SELECT count(*)::int AS n FROM m)
         SELECT n.n, CASE WHEN n.n <= %s THEN (%s) END FROM n',
        CASE WHEN query->>'sort' = 'relevance' THEN ', s.document' ELSE '' END, where_sql, cap + 1, cap,
        claim_search_page_sql(query, 'm', 'TRUE', all_q));
      PERFORM set_config('enable_seqscan', 'off', true);
      PERFORM set_config('enable_indexscan', 'off', true);
      EXECUTE m_sql INTO n, found;
      PERFORM set_config('enable_seqscan', old_seqscan, true);
      PERFORM set_config('enable_indexscan', old_indexscan, true);
      IF found IS NULL THEN kind := 'walk'; END IF;
    ELSE
      EXECUTE claim_search_page_sql(query, '"ClaimSearch"', where_sql, all_q) INTO found;
      IF (query->>'count')::boolean THEN
        EXECUTE format('SELECT count(*)::int FROM (SELECT 1 FROM "ClaimSearch" s WHERE %s LIMIT %s) x', where_sql, cap + 1) INTO n;
      END IF;
    END IF;
    -- Enough exact matches: a full page of them (on a first page, which alone chooses, the page
    -- holds min(matches, a page + 1) rows), or more than the cap.
    EXIT WHEN fixed OR match = 'wide' OR coalesce(n > cap, false) OR coalesce(jsonb_array_length(found), 0) >= widen;
    match := 'wide';
  END LOOP;

  IF (query->>'explain')::boolean THEN
    plan := jsonb_build_array(format('-- %s words; %s', match, CASE kind
      WHEN 'dense' THEN 'dense (planner''s own plan)'
      WHEN 'walk' THEN 'sparse estimate, over the cap: date walk'
      ELSE 'sparse: one bitmap pass for count and page' END));
    IF kind = 'bitmap' THEN
      PERFORM set_config('enable_seqscan', 'off', true);
      PERFORM set_config('enable_indexscan', 'off', true);
    END IF;
    FOR line IN EXECUTE 'EXPLAIN (ANALYZE, BUFFERS) ' ||
        CASE WHEN kind = 'bitmap' THEN m_sql ELSE claim_search_page_sql(query, '"ClaimSearch"', where_sql, all_q) END LOOP
      plan := plan || to_jsonb(line);
    END LOOP;
    PERFORM set_config('enable_seqscan', old_seqscan, true);
    PERFORM set_config('enable_indexscan', old_indexscan, true);
  ELSIF kind = 'walk' THEN
    EXECUTE claim_search_page_sql(query, '"ClaimSearch"', where_sql, all_q) INTO found;
  END IF;

  RETURN jsonb_build_object(
    'terms', CASE WHEN NOT has_terms THEN '[]'::jsonb WHEN match = 'exact' THEN exact_terms ELSE wide_terms END,
    'unsearchable', false, 'match', CASE WHEN has_terms THEN match END,
    'count', CASE WHEN n IS NULL THEN NULL ELSE least(n, cap) END, 'more', coalesce(n > cap, false),
    'rows', coalesce(found, '[]'::jsonb), 'plan', plan);
END;
$$;
