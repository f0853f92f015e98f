import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ClaimSuggestionList } from "@/components/desk/suggestions/claim-suggestion-list";
import { dismissClaimSuggestionAction } from "../../../suggestions/actions";
import { requirePermission } from "@/lib/auth/session";
import { getArticleSuggestions } from "@/lib/suggestions/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Suggested claims" };

type Props = { params: Promise<{ id: string }> };

/** Sentences of the article that may be claims: suggestions only, never recorded until accepted and saved. */
export default async function ArticleSuggestionsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("claim:create", `/desk/articles/${id}/suggestions`);
  const data = await getArticleSuggestions(actor, id).catch(orNotFound);
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> /{" "}
        <Link href={`/desk/articles/${data.article.id}`} dir="auto">
          {data.article.headline}
        </Link>{" "}
        / Suggested claims
      </p>
      <h1>Suggested claims</h1>
      <p className={txt.lede}>
        Sentences of version {data.version.number} that state a figure or quote a named speaker. Accept one to open the
        claim editor filled in from it and quoting the sentence; nothing is recorded until you save the claim.
      </p>
      <p className={txt.meta}>
        {data.suggestions.length} open · {data.quotedCount} already quoted by a claim · {data.dismissedCount} dismissed
      </p>
      <ClaimSuggestionList data={data} dismissAction={dismissClaimSuggestionAction} />
    </>
  );
}
