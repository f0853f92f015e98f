import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import fieldStyles from "@/components/ui/field.module.css";
import { STATUS_LABEL } from "@/lib/claims/format";
import { CLAIM_STATUSES, searchHref, type ClaimSearchQuery } from "@/lib/search/schema";
import styles from "./search.module.css";

type Names = { subject: string | null; speaker: string | null; outlet: string | null };

/**
 * The search form: a plain GET to /claims, so it works without JavaScript and the URL holds the
 * whole query. A subject or speaker filter (set from a result's links) stays as a hidden field,
 * shown as a chip with a link that removes it.
 */
export function SearchForm({
  query,
  outlets,
  names,
}: {
  query: ClaimSearchQuery;
  outlets: { id: string; name: string }[];
  names: Names;
}) {
  const without = (key: keyof ClaimSearchQuery) => searchHref({ ...query, cursor: undefined, [key]: undefined });
  return (
    <form method="get" action="/claims" role="search" aria-label="Search claims" className={styles.form}>
      <div className={`${fieldStyles.field} ${styles.wide}`}>
        <label htmlFor="search-q">Words</label>
        <div className={styles.query}>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={200}
            aria-describedby="search-q-hint"
            dir="auto"
          />
          <button type="submit" className={buttonClass("primary")}>
            Search
          </button>
        </div>
        <span id="search-q-hint" className={fieldStyles.hint}>
          Statements, quotes, speakers and subjects. Put a phrase in &quot;quotes&quot;.
        </span>
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="search-status">Status</label>
        <select id="search-status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="search-outlet">Outlet</label>
        <select id="search-outlet" name="outlet" defaultValue={query.outlet ?? ""}>
          <option value="">Any outlet</option>
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="search-from">Said from</label>
        <input id="search-from" type="date" name="from" defaultValue={query.from ?? ""} />
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="search-to">Said until</label>
        <input id="search-to" type="date" name="to" defaultValue={query.to ?? ""} />
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="search-sort">Order</label>
        <select id="search-sort" name="sort" defaultValue={query.sort === "newest" ? "newest" : ""}>
          <option value="">Best match (newest without words)</option>
          <option value="newest">Newest published</option>
        </select>
      </div>
      {query.subject && <input type="hidden" name="subject" value={query.subject} />}
      {query.speaker && <input type="hidden" name="speaker" value={query.speaker} />}
      {query.limit !== 20 && <input type="hidden" name="limit" value={query.limit} />}
      {(query.subject || query.speaker) && (
        <ul className={`${styles.chips} ${styles.wide}`} aria-label="Other filters">
          {query.subject && (
            <li>
              Subject: <span dir="auto">{names.subject ?? "no published claims"}</span>{" "}
              <Link href={without("subject")}>Remove</Link>
            </li>
          )}
          {query.speaker && (
            <li>
              Said by: <span dir="auto">{names.speaker ?? "no published claims"}</span>{" "}
              <Link href={without("speaker")}>Remove</Link>
            </li>
          )}
        </ul>
      )}
    </form>
  );
}
