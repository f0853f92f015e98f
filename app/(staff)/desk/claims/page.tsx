import { noticeClass } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { ClaimFilters, DESK_VISIBILITY_LABEL } from "@/components/desk/claim-filters";
import { StatusBadge } from "@/components/status-badge";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { DESK_CLAIMS_PAGE_SIZE, listDeskClaims, parseDeskClaimFilters } from "@/lib/claims/desk-list";
import { PROPOSAL_RULES } from "@/lib/reviews/rules";
import { counted } from "@/lib/text/plural";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Desk claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every claim staff can work on, internal and unquoted ones too, with the filters in the URL. */
export default async function DeskClaimsPage({ searchParams }: Props) {
  const actor = await requirePermission("read:internal", "/desk/claims");
  const params = await searchParams;
  const filters = parseDeskClaimFilters(params);
  const { claims, next, isFirstPage } = await listDeskClaims(actor, filters);
  const { after: _after, ...values } = filters;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === true) query.set(key, "1");
    else if (typeof value === "string" && value) query.set(key, value);
  }
  const filtered = query.size > 0;
  const firstPage = `/desk/claims${filtered ? `?${query}` : ""}`;
  const nextPage = next ? `/desk/claims?${new URLSearchParams([...query, ["after", next]])}` : null;
  return (
    <>
      <h1>Claims</h1>
      <p className={txt.meta}>
        Every claim on the desk, newest first: internal drafts, published and withdrawn claims, and claims with no quote
        yet. <Link href="/desk/claims/new">Add a claim</Link>
      </p>
      <ClaimFilters values={values} canReview={can(actor.role, "review:decide")} />
      <p className={txt.meta} role="status">
        {claims.length === 0
          ? filtered
            ? "No claims match the filters."
            : "No claims yet."
          : filtered
            ? `${counted(claims.length, "claim matches", "claims match")} the filters${next ? " on this page" : ""}.`
            : `${counted(claims.length, "claim")}${next ? ` on this page, ${DESK_CLAIMS_PAGE_SIZE} to a page` : ""}.`}
      </p>
      {claims.length > 0 && (
        <Table label="Claims">
          <caption className="visually-hidden">Claims</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">Status</th>
              <th scope="col">Visibility</th>
              <th scope="col">Subject</th>
              <th scope="col">Quotes</th>
              <th scope="col">Pending proposal</th>
              <th scope="col">Created by</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/desk/claims/${c.id}`} dir="auto">
                    {c.statement}
                  </Link>
                </th>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>{DESK_VISIBILITY_LABEL[c.visibility]}</td>
                <td dir="auto">{c.subject}</td>
                <td>{c.quoteCount}</td>
                <td>{c.pendingKind ? PROPOSAL_RULES[c.pendingKind].label : "None"}</td>
                <td dir="auto">{c.createdBy}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {claims.length === 0 && !isFirstPage && (
        <p className={noticeClass()}>
          No more claims after these. <Link href={firstPage}>Back to the newest</Link>
        </p>
      )}
      {(nextPage || !isFirstPage) && (
        <nav aria-label="Claims pages" className={txt.meta}>
          {!isFirstPage && <Link href={firstPage}>Newest claims</Link>}
          {!isFirstPage && nextPage && " · "}
          {nextPage && <Link href={nextPage}>Next {DESK_CLAIMS_PAGE_SIZE} claims</Link>}
        </nav>
      )}
    </>
  );
}
