-- One page of the public search (lib/search/queries.ts) in one statement: the query's words as
-- tsqueries, the plan choice, the capped count and the page, which cost about eight round trips
-- from the app (term preparation, a planner estimate, SET LOCALs, the count and the page in a
-- transaction). (docs/decisions/0019-search.md)
--
-- `query` (built by lib/search/queries.ts, which owns the constants):
--   terms   [{ "text": word or phrase, "prefix": also a prefix and a partial name (trigram) }]
--   status, subject, speaker, outlet, from, to   filters (absent: not set)
--   sort    "newest" | "relevance"; cursor { dir, at, id, rank? }; asOf (relevance candidates)
--   take, count (count matches, capped), cap, candidates, dense (the estimate that keeps the
--   planner's own plans), explain (answer the page statement's EXPLAIN ANALYZE instead of rows)
-- Answers { terms: [{ text, tsquery, pattern }], unsearchable, count, more, rows: [{ id, at, rank }],
--   plan }. Every value reaches the SQL it runs as a quoted literal (format %L).
CREATE FUNCTION "claim_search_page"(query jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  term jsonb;
  tq tsquery;
  pattern text;
  parts text[] := '{}';
  terms jsonb := '[]';
  all_q text;
  where_sql text;
  page_sql text;
  rank_sql text;
  at_sql constant text := 'to_char(s."publishedAt", ''YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'')';
  cur jsonb := nullif(query->'cursor', 'null'::jsonb);
  take int := (query->>'take')::int;
  cap int := (query->>'cap')::int;
  estimate jsonb;
  dense boolean := true;
  n int;
  more boolean := false;
  found jsonb;
  plan jsonb;
  line text;
  old_seqscan constant text := current_setting('enable_seqscan');
  old_indexscan constant text := current_setting('enable_indexscan');
BEGIN
  FOR term IN SELECT * FROM jsonb_array_elements(coalesce(query->'terms', '[]')) LOOP
    tq := search_term_query(term->>'text', (term->>'prefix')::boolean);
    pattern := CASE WHEN (term->>'prefix')::boolean
                    THEN '%' || regexp_replace(term->>'text', '([\\%_])', '\\\1', 'g') || '%' END;
    CONTINUE WHEN tq IS NULL AND pattern IS NULL;
    terms := terms || jsonb_build_object('text', term->>'text', 'tsquery', coalesce(tq::text, ''), 'pattern', pattern);
    parts := parts || CASE
      WHEN tq IS NOT NULL AND pattern IS NOT NULL THEN format('(s.document @@ %L::tsquery OR s.names ILIKE %L)', tq::text, pattern)
      WHEN tq IS NOT NULL THEN format('s.document @@ %L::tsquery', tq::text)
      ELSE format('s.names ILIKE %L', pattern) END;
    IF tq IS NOT NULL THEN
      all_q := CASE WHEN all_q IS NULL THEN '' ELSE all_q || ' & ' END || '(' || tq::text || ')';
    END IF;
  END LOOP;
  IF jsonb_array_length(coalesce(query->'terms', '[]')) > 0 AND jsonb_array_length(terms) = 0 THEN
    RETURN jsonb_build_object('terms', terms, 'unsearchable', true, 'count', 0, 'more', false, 'rows', '[]'::jsonb);
  END IF;

  IF query->>'status' IS NOT NULL THEN parts := parts || format('s.status = %L::"ClaimStatus"', query->>'status'); END IF;
  IF query->>'subject' IS NOT NULL THEN parts := parts || format('s."subjectId" = %L', query->>'subject'); END IF;
  IF query->>'speaker' IS NOT NULL THEN parts := parts || format('s."speakerId" = %L', query->>'speaker'); END IF;
  IF query->>'outlet' IS NOT NULL THEN parts := parts || format('s."outletIds" @> ARRAY[%L]::text[]', query->>'outlet'); END IF;
  IF query->>'from' IS NOT NULL THEN parts := parts || format('s."statedOn" >= %L::date', query->>'from'); END IF;
  IF query->>'to' IS NOT NULL THEN parts := parts || format('s."statedOn" <= %L::date', query->>'to'); END IF;
  where_sql := CASE WHEN cardinality(parts) = 0 THEN 'TRUE' ELSE array_to_string(parts, ' AND ') END;

  IF query->>'sort' = 'relevance' THEN
    -- The newest `candidates` matches published before the first page, ranked.
    rank_sql := CASE WHEN all_q IS NULL THEN '0::real' ELSE format('ts_rank(s.document, %L::tsquery)', all_q) END;
    page_sql := format(
      'SELECT c.id, c.at, c.rank::text AS rank FROM (
         SELECT s."claimId" AS id, s."publishedAt", %s AS at, %s AS rank FROM (
           SELECT s."claimId", s."publishedAt", s.document FROM "ClaimSearch" s
            WHERE %s AND s."publishedAt" <= %L::timestamp(3)
            ORDER BY s."publishedAt" DESC, s."claimId" DESC LIMIT %s) s) c',
      at_sql, rank_sql, where_sql, query->>'asOf', (query->>'candidates')::int);
    page_sql := page_sql || CASE
      WHEN cur IS NULL THEN ' ORDER BY c.rank DESC, c."publishedAt" DESC, c.id DESC'
      WHEN cur->>'dir' = 'next' THEN format(
        ' WHERE (c.rank, c."publishedAt", c.id) < (%L::real, %L::timestamp(3), %L) ORDER BY c.rank DESC, c."publishedAt" DESC, c.id DESC',
        cur->>'rank', cur->>'at', cur->>'id')
      ELSE format(
        ' WHERE (c.rank, c."publishedAt", c.id) > (%L::real, %L::timestamp(3), %L) ORDER BY c.rank ASC, c."publishedAt" ASC, c.id ASC',
        cur->>'rank', cur->>'at', cur->>'id') END;
  ELSE
    page_sql := format('SELECT s."claimId" AS id, %s AS at, NULL::text AS rank FROM "ClaimSearch" s WHERE %s', at_sql, where_sql);
    page_sql := page_sql || CASE
      WHEN cur IS NULL THEN ' ORDER BY s."publishedAt" DESC, s."claimId" DESC'
      WHEN cur->>'dir' = 'next' THEN format(
        ' AND (s."publishedAt", s."claimId") < (%L::timestamp(3), %L) ORDER BY s."publishedAt" DESC, s."claimId" DESC',
        cur->>'at', cur->>'id')
      ELSE format(
        ' AND (s."publishedAt", s."claimId") > (%L::timestamp(3), %L) ORDER BY s."publishedAt" ASC, s."claimId" ASC',
        cur->>'at', cur->>'id') END;
  END IF;
  page_sql := page_sql || format(' LIMIT %s', take);

  -- With words, the plan is not left to the planner's guess: several terms (each an OR of stems and
  -- a trigram) are misestimated either way. A guess of `dense` matches or more (a common word, whose
  -- own statistics hold) keeps the planner's date walk; otherwise the GIN indexes count matches up
  -- to `cap` (no sequential scan), and up to that many are read by bitmap and sorted (no index
  -- scan); more go back to the date walk. Same rows either way; only the plan differs.
  IF jsonb_array_length(terms) > 0 THEN
    EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM "ClaimSearch" s WHERE ' || where_sql INTO estimate;
    dense := (estimate->0->'Plan'->>'Plan Rows')::float8 >= (query->>'dense')::float8;
    IF NOT dense THEN PERFORM set_config('enable_seqscan', 'off', true); END IF;
  END IF;
  IF jsonb_array_length(terms) > 0 OR (query->>'count')::boolean THEN
    EXECUTE format('SELECT count(*)::int FROM (SELECT 1 FROM "ClaimSearch" s WHERE %s LIMIT %s) x', where_sql, cap + 1) INTO n;
    more := n > cap;
  END IF;
  IF NOT dense THEN
    IF more THEN PERFORM set_config('enable_seqscan', old_seqscan, true);
    ELSE PERFORM set_config('enable_indexscan', 'off', true); END IF;
  END IF;

  IF (query->>'explain')::boolean THEN
    plan := jsonb_build_array(CASE WHEN dense THEN '-- dense (planner''s own plan)'
                                   WHEN more THEN '-- sparse estimate, over the cap: date walk'
                                   ELSE '-- sparse: bitmap' END);
    FOR line IN EXECUTE 'EXPLAIN (ANALYZE, BUFFERS) ' || page_sql LOOP
      plan := plan || to_jsonb(line);
    END LOOP;
  ELSE
    EXECUTE format('SELECT coalesce(jsonb_agg(jsonb_build_object(''id'', p.id, ''at'', p.at, ''rank'', p.rank)), ''[]'') FROM (%s) p', page_sql)
      INTO found;
  END IF;

  PERFORM set_config('enable_seqscan', old_seqscan, true);
  PERFORM set_config('enable_indexscan', old_indexscan, true);
  RETURN jsonb_build_object(
    'terms', terms, 'unsearchable', false,
    'count', CASE WHEN n IS NULL THEN NULL ELSE least(n, cap) END, 'more', more,
    'rows', coalesce(found, '[]'::jsonb), 'plan', plan);
END;
$$;
