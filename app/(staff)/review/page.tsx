import type { Metadata } from "next";
import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { requirePermission } from "@/lib/auth/session";
import { listPendingProposals } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage() {
  const actor = await requirePermission("review:decide", "/review");
  const proposals = await listPendingProposals(actor);
  return (
    <>
      <h1>Review queue</h1>
      <p className="meta">Proposed status changes waiting for a reviewer, oldest first.</p>
      {proposals.length === 0 ? (
        <p className="notice">Nothing is waiting for review.</p>
      ) : (
        <ul className="list-plain">
          {proposals.map((p) => (
            <li key={p.id} className="card">
              <StatusBadge status={p.fromStatus} /> → <StatusBadge status={p.toStatus} />
              <h2>
                <Link href={`/claims/${p.claim.id}`}>{p.claim.statement}</Link>
              </h2>
              <p>{p.rationale}</p>
              <p className="meta">
                Proposed by {p.proposer.name}
                {p.proposerId === actor.id && " (you: another reviewer must decide)"} · <Timestamp at={p.createdAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
