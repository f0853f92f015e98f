import { DeskActionsProvider } from "@/components/desk/desk-actions";
import {
  addCommentAction,
  addEvidenceAction,
  addQuoteAction,
  cancelProposalAction,
  discardDraftAction,
  linkClaimsAction,
  proposeAction,
  removeQuoteAction,
  searchClaimsAction,
  unlinkClaimsAction,
} from "./actions";
import { listClaimQuotesAction } from "./claims/[id]/actions";

/** Hands the desk's server actions to its client forms (components/ never imports app/). */
export default function DeskLayout({ children }: { children: React.ReactNode }) {
  return (
    <DeskActionsProvider
      actions={{
        searchClaims: searchClaimsAction,
        listClaimQuotes: listClaimQuotesAction,
        addQuote: addQuoteAction,
        addEvidence: addEvidenceAction,
        linkClaims: linkClaimsAction,
        addComment: addCommentAction,
        propose: proposeAction,
        removeQuote: removeQuoteAction,
        unlinkClaims: unlinkClaimsAction,
        discardDraft: discardDraftAction,
        cancelProposal: cancelProposalAction,
      }}
    >
      {children}
    </DeskActionsProvider>
  );
}
