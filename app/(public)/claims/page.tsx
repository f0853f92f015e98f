import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { claimRowStyles } from "@/components/claim-card";
import { SearchForm } from "@/components/search/search-form";
import { SearchResultRow } from "@/components/search/search-result";
import searchStyles from "@/components/search/search.module.css";
import { Notice } from "@/components/ui/notice";
import { STATUS_LABEL } from "@/lib/claims/format";
import { clientAddress } from "@/lib/http/client-address";
import { cachedPublicOutlets } from "@/lib/cache/data";
import { searchFacets } from "@/lib/search/facets";
import { takePageSearch } from "@/lib/search/mutations";
import { searchClaims, type SearchCount } from "@/lib/search/queries";
import { parseSearchParams, searchHref, type ClaimSearchQuery } from "@/lib/search/schema";
import styles from "../public.module.css";

// The query string is the page: arbitrary text stays dynamic, within the cache-miss budget.
export const dynamic = "force-dynamic";

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<Metadata> {
  const { query } = parseSearchParams(await searchParams);
  return { title: query.q ? `Claims matching “${query.q}”` : "Claims" };
}

function summary(query: ClaimSearchQuery, count: SearchCount | null, sort: string): string {
  const n = count
    ? count.more
      ? `More than ${count.value.toLocaleString("en")}`
      : count.value.toLocaleString("en")
    : null;
  const noun = count && !count.more && count.value === 1 ? "claim" : "claims";
  const status = query.status ? ` marked ${STATUS_LABEL[query.status].toLowerCase()}` : "";
  const words = query.q ? ` matching “${query.q}”` : "";
  const order = sort === "relevance" ? "best match first" : "newest first";
  return n === null ? `Claims${status}${words}, ${order}` : `${n} ${noun}${status}${words}, ${order}`;
}

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { query, problems } = parseSearchParams(params);
  // Text search is uncached work: one per-address budget with the API's (lib/search/mutations.ts).
  // A page cannot set its HTTP status in Next, so it answers 200 with the reason and the wait.
  const wait = await takePageSearch(query, clientAddress(await headers()));
  if (wait > 0) {
    return (
      <>
        <h1>Claims</h1>
        <Notice tone="error" as="div" role="alert">
          <strong>Too many searches from your connection.</strong> Please wait {wait} second{wait === 1 ? "" : "s"} and
          search again. <Link href="/claims">Browsing every published claim</Link> still works meanwhile.
        </Notice>
      </>
    );
  }
  const [result, facets] = await Promise.all([searchClaims(query), searchFacets(query, cachedPublicOutlets)]);
  const filtered = Boolean(
    query.q || query.status || query.subject || query.speaker || query.outlet || query.from || query.to,
  );
  return (
    <>
      <h1>Claims</h1>
      <SearchForm query={query} outlets={facets.outlets} names={facets.names} />
      {problems.length > 0 && (
        <Notice tone="error" as="div" role="alert" className={searchStyles.problems}>
          <strong>Part of this address could not be used:</strong>
          <ul>
            {problems.map((p) => (
              <li key={p.param}>
                <code>{p.param}</code>: {p.message}
              </li>
            ))}
          </ul>
          The results below leave {problems.length === 1 ? "it" : "them"} out.
        </Notice>
      )}
      {query.q === undefined && "q" in params && !problems.some((p) => p.param === "q") && (
        <Notice role="note">No words to search for: showing every published claim.</Notice>
      )}
      <p className={styles.count} role="status">
        {result.unsearchable
          ? `“${query.q}” has no words to search for.`
          : query.cursor
            ? summary(query, null, result.sort)
            : summary(query, result.count, result.sort)}
      </p>
      {result.items.length === 0 ? (
        <Notice>
          {filtered ? (
            <>
              No published claim matches this search. Try fewer or other words, or remove a filter.{" "}
              <Link href="/claims">Clear the search</Link>
            </>
          ) : query.cursor ? (
            <>
              No more claims. <Link href="/claims">Back to the first page</Link>
            </>
          ) : (
            "No claims have been published yet."
          )}
        </Notice>
      ) : (
        <ul className={`${claimRowStyles.list} ${searchStyles.results}`}>
          {result.items.map((claim) => (
            <li key={claim.id}>
              <SearchResultRow claim={claim} query={query} />
            </li>
          ))}
        </ul>
      )}
      {(result.previous || result.next) && (
        <nav aria-label="Pages" className={styles.pager}>
          {result.previous && (
            <Link href={searchHref({ ...query, cursor: result.previous })} rel="prev">
              ← Previous
            </Link>
          )}
          {result.next && (
            <Link href={searchHref({ ...query, cursor: result.next })} rel="next">
              Next →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
