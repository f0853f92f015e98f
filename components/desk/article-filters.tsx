import deskStyles from "@/components/desk/desk.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import Link from "next/link";

type Props = {
  outlets: { id: string; name: string }[];
  outletId?: string;
  unverified: boolean;
};

/**
 * The desk's filters as a plain GET form: the choice lives in the URL, so a filtered list can be
 * bookmarked, shared and reloaded, and it works before (or without) client JavaScript.
 */
export function ArticleFilters({ outlets, outletId, unverified }: Props) {
  const active = Boolean(outletId) || unverified;
  return (
    <form method="get" action="/desk" className={deskStyles.deskFilters} aria-label="Filter articles">
      <div className={fieldStyles.field}>
        <label htmlFor="filter-outlet">Outlet</label>
        <select id="filter-outlet" name="outlet" defaultValue={outletId ?? ""}>
          <option value="">All outlets</option>
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <label className={fieldStyles.check}>
        <input type="checkbox" name="unverified" value="1" defaultChecked={unverified} /> Has unverified claims
      </label>
      <button type="submit" className={buttonClass("quiet")}>
        Apply filters
      </button>
      {active && <Link href="/desk">Clear filters</Link>}
    </form>
  );
}
