import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { ProposalCard } from "@/components/review/proposal-card";
import { decideProposalAction } from "./actions";
import { requirePermission } from "@/lib/auth/session";
import { listPendingProposals, QUEUE_PAGE_SIZE } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

/** Reviewers only: an editor gets a plain 404 here, and the data layer refuses them again. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const actor = await requirePermission("review:decide", "/review");
  const { after } = await searchParams;
  const { proposals, total, next, isFirstPage } = await listPendingProposals(actor, {
    after: typeof after === "string" ? after : undefined,
  });
  return (
    <>
      <h1>Review queue</h1>
      <p className={txt.meta}>
        {total === 1 ? "1 proposal is" : `${total.toLocaleString("en")} proposals are`} waiting for a reviewer, oldest
        first{total > QUEUE_PAGE_SIZE ? `, ${QUEUE_PAGE_SIZE} to a page` : ""}. Nobody decides their own proposal.
      </p>
      {proposals.length === 0 ? (
        <p className={noticeClass()}>
          {isFirstPage ? "Nothing is waiting for review." : "No more proposals after these."}{" "}
          {!isFirstPage && <Link href="/review">Back to the oldest</Link>}
        </p>
      ) : (
        <ol className={`${txt.stack} review-queue`}>
          {proposals.map((p) => (
            <li key={p.id}>
              <ProposalCard proposal={p} decide={decideProposalAction} />
            </li>
          ))}
        </ol>
      )}
      {(next || !isFirstPage) && (
        <nav aria-label="Review queue pages" className={txt.meta}>
          {!isFirstPage && <Link href="/review">Oldest proposals</Link>}
          {!isFirstPage && next && " · "}
          {next && <Link href={`/review?after=${encodeURIComponent(next)}`}>Next {QUEUE_PAGE_SIZE} proposals</Link>}
        </nav>
      )}
    </>
  );
}
