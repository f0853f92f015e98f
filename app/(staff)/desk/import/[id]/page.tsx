import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ConfirmImportForm } from "@/components/desk/import/confirm-import-form";
import { confirmImportAction, discardImportAction } from "../actions";
import { getPendingImport } from "@/lib/articles/import/queries";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm import" };

type Props = { params: Promise<{ id: string }> };

export default async function ConfirmImportPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("article:import", `/desk/import/${id}`);
  const staged = await getPendingImport(actor, id).catch(orNotFound);
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
      <ConfirmImportForm staged={staged} confirm={confirmImportAction} discard={discardImportAction} />
    </>
  );
}
