import deskStyles from "@/components/desk/desk.module.css";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import Link from "next/link";
import { STATUS_LABEL } from "@/lib/claims/format";

/** What the list's visibility filter calls each visibility (staff words). */
export const DESK_VISIBILITY_LABEL = {
  INTERNAL: "Internal draft",
  PUBLIC: "Published",
  WITHDRAWN: "Withdrawn",
} as const;

type Status = keyof typeof STATUS_LABEL;
type Visibility = keyof typeof DESK_VISIBILITY_LABEL;

export type ClaimFilterValues = {
  q: string;
  status?: Status;
  visibility?: Visibility;
  pending: boolean;
  noQuote: boolean;
  mine: boolean;
  review: boolean;
};

const CHECKS = [
  ["pending", "Has a pending proposal"],
  ["noQuote", "No quote yet"],
  ["mine", "Created by me"],
  ["review", "Needs my review"],
] as const;

/**
 * The claims list's filters as a plain GET form: the choice lives in the URL, so a filtered list
 * can be bookmarked, shared and reloaded, and it works without client JavaScript.
 */
export function ClaimFilters({ values, canReview }: { values: ClaimFilterValues; canReview: boolean }) {
  const active =
    Boolean(values.q || values.status || values.visibility) ||
    values.pending ||
    values.noQuote ||
    values.mine ||
    values.review;
  return (
    <form method="get" action="/desk/claims" className={deskStyles.deskFilters} aria-label="Filter claims">
      <div className={fieldStyles.field}>
        <label htmlFor="claims-q">Statement contains</label>
        <input id="claims-q" name="q" type="search" defaultValue={values.q} maxLength={200} dir="auto" />
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="claims-status">Status</label>
        <select id="claims-status" name="status" defaultValue={values.status ?? ""}>
          <option value="">Any status</option>
          {(Object.keys(STATUS_LABEL) as Status[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="claims-visibility">Visibility</label>
        <select id="claims-visibility" name="visibility" defaultValue={values.visibility ?? ""}>
          <option value="">Any visibility</option>
          {(Object.keys(DESK_VISIBILITY_LABEL) as Visibility[]).map((v) => (
            <option key={v} value={v}>
              {DESK_VISIBILITY_LABEL[v]}
            </option>
          ))}
        </select>
      </div>
      {CHECKS.filter(([name]) => name !== "review" || canReview).map(([name, label]) => (
        <label key={name} className={fieldStyles.check}>
          <input type="checkbox" name={name} value="1" defaultChecked={values[name]} /> {label}
        </label>
      ))}
      <button type="submit" className={buttonClass("quiet")}>
        Apply filters
      </button>
      {active && <Link href="/desk/claims">Clear filters</Link>}
    </form>
  );
}
