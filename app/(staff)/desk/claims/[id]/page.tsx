import deskStyles from "@/components/desk/desk.module.css";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { CommentsSection } from "@/components/desk/claim-sections/comments-section";
import { EditorSection } from "@/components/desk/claim-sections/editor-section";
import { EvidenceSection } from "@/components/desk/claim-sections/evidence-section";
import { HistorySection } from "@/components/desk/claim-sections/history-section";
import { LinksSection } from "@/components/desk/claim-sections/links-section";
import { ProposalSection } from "@/components/desk/claim-sections/proposal-section";
import { QuotesSection } from "@/components/desk/claim-sections/quotes-section";
import { StatusBadge } from "@/components/status-badge";
import { LinkSuggestionsSection } from "@/components/desk/suggestions/link-suggestions-section";
import { requirePermission } from "@/lib/auth/session";
import { getStaffClaim, listSubjectsAndSpeakers } from "@/lib/claims/staff-queries";
import { suggestLinks } from "@/lib/suggestions/links";
import { linkClaimsAction, updateClaimAction } from "../../actions";
import { dismissLinkSuggestionAction } from "../../suggestions/actions";
import { VISIBILITY_LABEL } from "@/lib/labels";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Claim workspace" };

/**
 * The staff workspace for one claim. The data layer checks the role again on every read and
 * write; this page only decides what to show.
 */
export default async function StaffClaimPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("read:internal", `/desk/claims/${id}`);
  const [claim, choices] = await Promise.all([
    getStaffClaim(actor, id).catch(orNotFound),
    listSubjectsAndSpeakers(actor),
  ]);
  const linkSuggestions = claim.visibility === "WITHDRAWN" ? [] : await suggestLinks(actor, claim.id);
  return (
    <article className="claim-workspace">
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / Claim
      </p>
      <h1>{claim.statement}</h1>
      <p className={deskStyles.claimHeader}>
        <StatusBadge status={claim.status} large />
        <span
          className={`${deskStyles.visibilityTag} ${claim.visibility === "INTERNAL" ? deskStyles.visibilityInternal : ""}`}
        >
          {VISIBILITY_LABEL[claim.visibility]}
        </span>
        {claim.visibility !== "INTERNAL" && <Link href={`/claims/${claim.id}`}>Public page</Link>}
        <span className={txt.meta}>
          {claim.subject.name} · recorded by {claim.createdBy.name}
        </span>
      </p>

      <ProposalSection claim={claim} actor={actor} />
      <EditorSection claim={claim} choices={choices} update={updateClaimAction} />
      <QuotesSection claim={claim} />
      <LinksSection claim={claim} />
      {claim.visibility !== "WITHDRAWN" && (
        <LinkSuggestionsSection
          claimId={claim.id}
          suggestions={linkSuggestions}
          linkAction={linkClaimsAction}
          dismissAction={dismissLinkSuggestionAction}
        />
      )}
      <EvidenceSection claim={claim} />
      <CommentsSection claim={claim} />
      <HistorySection history={claim.history} />
    </article>
  );
}
