import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ConfirmImportForm } from "@/components/desk/import/confirm-import-form";
import { confirmImportAction, discardImportAction, reimportAction } from "../actions";
import { getPendingImport } from "@/lib/articles/import/queries";
import { findNewerVersionTarget } from "@/lib/articles/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm import" };

type Props = { params: Promise<{ id: string }> };

export default async function ConfirmImportPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("article:import", `/desk/import/${id}`);
  const staged = await getPendingImport(actor, id).catch(orNotFound);
  // Editors may also edit articles; a role that may only import is not offered a new version.
  const newerVersionOf = can(actor.role, "article:edit")
    ? await findNewerVersionTarget(actor, {
        url: staged.suggestions.url,
        headline: staged.suggestions.headline?.value ?? null,
      })
    : null;
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> / <Link href="/desk/import">Import</Link> / Confirm
      </p>
      <h1>Confirm the import</h1>
      <p className={txt.lede}>
        {staged.fileName ? `“${staged.fileName}”` : "Pasted text"} ({staged.format.toLowerCase()}). Check the suggested
        details, mark what is only inferred, and choose where the article starts and ends and which paragraphs are page
        furniture. Nothing is saved as an article until you confirm.
      </p>
      <ConfirmImportForm
        staged={staged}
        confirm={confirmImportAction}
        discard={discardImportAction}
        newerVersionOf={newerVersionOf}
        reimport={reimportAction}
      />
    </>
  );
}
