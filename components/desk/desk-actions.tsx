"use client";

import { createContext, useContext } from "react";
import { ActionForm, type ActionFormProps } from "@/components/action-form";
import { ConfirmActionForm, type ConfirmActionFormProps } from "@/components/confirm-action-form";
import type { FoundClaim } from "@/components/desk/claim-sections/claim-search";
import type { PickableQuote } from "@/components/desk/claim-sections/quote-picker";
import type { FormAction } from "@/components/use-action-form";

export type { FormAction };

/**
 * The desk's server actions, handed in by app/(staff)/desk/layout.tsx. components/ never imports
 * app/ (lint enforces it): the route owns its actions and passes them down, typed here, so each
 * form gets its answer's type without a cast.
 */
export type DeskActions = {
  searchClaims: FormAction<FoundClaim[]>;
  listClaimQuotes: FormAction<PickableQuote[]>;
  addQuote: FormAction<{ claimId: string }>;
  addEvidence: FormAction<void>;
  linkClaims: FormAction<void>;
  addComment: FormAction<void>;
  propose: FormAction<void>;
  removeQuote: FormAction<void>;
  unlinkClaims: FormAction<void>;
  discardDraft: FormAction<void>;
  cancelProposal: FormAction<void>;
};

type OneButton = keyof Pick<DeskActions, "removeQuote" | "unlinkClaims" | "discardDraft" | "cancelProposal">;

/** An ActionForm for one of the desk's actions, named, for server components that render it. */
export function DeskActionForm({ use, ...props }: Omit<ActionFormProps<void>, "action"> & { use: OneButton }) {
  return <ActionForm {...props} action={useDeskActions()[use]} />;
}

/** The same, behind a confirmation dialog. */
export function DeskConfirmActionForm({
  use,
  ...props
}: Omit<ConfirmActionFormProps<void>, "action"> & { use: OneButton }) {
  return <ConfirmActionForm {...props} action={useDeskActions()[use]} />;
}

const Context = createContext<DeskActions | null>(null);

export function DeskActionsProvider({ actions, children }: { actions: DeskActions; children: React.ReactNode }) {
  return <Context.Provider value={actions}>{children}</Context.Provider>;
}

export function useDeskActions(): DeskActions {
  const actions = useContext(Context);
  if (!actions) throw new Error("Desk forms need the DeskActionsProvider of app/(staff)/desk/layout.tsx.");
  return actions;
}
