import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ClaimCard, claimRowStyles } from "@/components/claim-card";
import { STATUS_LABEL } from "@/lib/claims/format";
import { listPublicClaims } from "@/lib/claims/queries";
import { CLAIM_STATUSES } from "@/lib/reviews/rules";
import styles from "../public.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claims" };

const searchSchema = z.object({
  status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

function href(status: string | undefined, page?: number) {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { status, page } = searchSchema.parse(await searchParams);
  const result = await listPublicClaims({ status, page });
  return (
    <>
      <h1>Claims</h1>
      <nav aria-label="Filter by status" className={styles.filters}>
        <Link href={href(undefined)} aria-current={!status ? "page" : undefined}>
          All
        </Link>
        {CLAIM_STATUSES.map((s) => (
          <Link key={s} href={href(s)} aria-current={status === s ? "page" : undefined}>
            {STATUS_LABEL[s]}
          </Link>
        ))}
      </nav>
      <p className={styles.count} role="status">
        {result.total} {result.total === 1 ? "claim" : "claims"}
        {status ? ` marked ${STATUS_LABEL[status].toLowerCase()}` : ""}
      </p>
      <ul className={claimRowStyles.list}>
        {result.items.map((claim) => (
          <li key={claim.id}>
            <ClaimCard claim={claim} />
          </li>
        ))}
      </ul>
      {result.pageCount > 1 && (
        <nav aria-label="Pages" className={styles.pager}>
          {result.page > 1 && <Link href={href(status, result.page - 1)}>← Newer</Link>}
          <span>
            Page {result.page} of {result.pageCount}
          </span>
          {result.page < result.pageCount && <Link href={href(status, result.page + 1)}>Older →</Link>}
        </nav>
      )}
    </>
  );
}
