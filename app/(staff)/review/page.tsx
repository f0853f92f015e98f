import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { ProposalCard } from "@/components/review/proposal-card";
import { decideProposalAction } from "./actions";
import { countArticleRevisionsAwaiting } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { listPendingProposals, QUEUE_PAGE_SIZE } from "@/lib/reviews/queries";
import { counted } from "@/lib/text/plural";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

/** Reviewers only: an editor gets a plain 404 here, and the data layer refuses them again. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const actor = await requirePermission("review:decide", "/review");
  const { after } = await searchParams;
  const [{ proposals, total, next, isFirstPage }, articleRevisions] = await Promise.all([
    listPendingProposals(actor, { after: typeof after === "string" ? after : undefined }),
    countArticleRevisionsAwaiting(actor),
  ]);
  return (
    <>
      <h1>Review queue</h1>
      <p className={txt.meta}>
        {total === 1 ? "1 proposal is" : `${total.toLocaleString("en")} proposals are`} waiting for a reviewer, oldest
        first{total > QUEUE_PAGE_SIZE ? `, ${QUEUE_PAGE_SIZE} to a page` : ""}. Nobody decides their own proposal.
      </p>
      <p className={txt.meta} id="article-revisions">
        {articleRevisions === 0 ? (
          "No revision of a public article waits for you."
        ) : (
          <>
            {counted(articleRevisions, "revision of a public article waits", "revisions of public articles wait")} for
            you (its text or details):{" "}
            <Link href="/desk/reanchoring#revisions">
              decide {articleRevisions === 1 ? "it" : "them"} on the re-anchoring page
            </Link>
            .
          </>
        )}
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
