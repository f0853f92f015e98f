import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import { ProposalCard } from "@/components/review/proposal-card";
import { requirePermission } from "@/lib/auth/session";
import { listPendingProposals } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

/** Reviewers only: an editor gets a plain 404 here, and the data layer refuses them again. */
export default async function ReviewPage() {
  const actor = await requirePermission("review:decide", "/review");
  const proposals = await listPendingProposals(actor);
  return (
    <>
      <h1>Review queue</h1>
      <p className={txt.meta}>
        Proposed status changes waiting for a reviewer, oldest first. Nobody decides their own proposal.
      </p>
      {proposals.length === 0 ? (
        <p className={noticeClass()}>Nothing is waiting for review.</p>
      ) : (
        <ol className={`${txt.stack} review-queue`}>
          {proposals.map((p) => (
            <li key={p.id}>
              <ProposalCard proposal={p} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
