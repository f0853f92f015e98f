import deskStyles from "@/components/desk/desk.module.css";
import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { createClaimAction } from "@/app/(staff)/desk/actions";
import { ClaimEditor } from "@/components/desk/claim-editor";
import { getSelectedPassage } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { selectionSchema } from "@/lib/claims/schemas";
import { listSubjectsAndSpeakers } from "@/lib/claims/staff-queries";
import { AppError } from "@/lib/errors";
import { claimPrefillFromParams } from "@/lib/suggestions/prefill";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New claim" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The selection in the URL, checked against the article version; an expected refusal becomes a message. */
async function loadPassage(actor: Parameters<typeof getSelectedPassage>[0], params: Awaited<Props["searchParams"]>) {
  if (params.version === undefined) return { passage: null };
  const parsed = selectionSchema.safeParse({
    articleVersionId: one(params.version),
    start: one(params.start),
    end: one(params.end),
  });
  if (!parsed.success) return { error: "The selection in the address is incomplete or not a pair of offsets." };
  try {
    return { passage: await getSelectedPassage(actor, parsed.data) };
  } catch (error) {
    if (error instanceof AppError && error.code !== "UNAUTHENTICATED" && error.code !== "FORBIDDEN") {
      return { error: error.message };
    }
    throw error;
  }
}

const selectionOf = (p: Awaited<ReturnType<typeof getSelectedPassage>>) => ({
  articleVersionId: p.version.id,
  start: p.anchor.start,
  end: p.anchor.end,
});

/** A new claim, from a passage selected in an article (quoted in the same transaction) or from nothing. */
export default async function NewClaimPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = `/desk/claims/new${params.version ? `?${new URLSearchParams(params as Record<string, string>)}` : ""}`;
  const actor = await requirePermission("claim:create", returnTo);
  const [{ passage, error }, { subjects, speakers }] = await Promise.all([
    loadPassage(actor, params),
    listSubjectsAndSpeakers(actor),
  ]);
  if (error) {
    return (
      <>
        <h1>New claim</h1>
        <p role="alert" className={noticeClass("error")}>
          This selection cannot be quoted: {error}
        </p>
        <p>
          Go back to the <Link href="/desk">desk</Link>, open the article and select the passage again, or{" "}
          <Link href="/desk/claims/new">record a claim without a quote</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <p className={txt.meta}>
        <Link href="/desk">Desk</Link> /{" "}
        {passage && (
          <>
            <Link href={`/desk/articles/${passage.article.id}`}>{passage.article.headline}</Link> /{" "}
          </>
        )}
        New claim
      </p>
      <h1>New claim</h1>
      {passage ? (
        <section aria-labelledby="quote-heading" className={`quote-draft ${deskStyles.quoteDraft}`}>
          <h2 id="quote-heading">The quote it will have</h2>
          <blockquote lang={passage.article.language} dir={passage.article.direction === "RTL" ? "rtl" : "ltr"}>
            <span className={txt.muted}>…{passage.anchor.prefix}</span>
            <mark>{passage.anchor.exact}</mark>
            <span className={txt.muted}>{passage.anchor.suffix}…</span>
          </blockquote>
          <p className={txt.meta}>
            From “{passage.article.headline}”, version {passage.version.number}, characters {passage.anchor.start}–
            {passage.anchor.end}.
          </p>
        </section>
      ) : (
        <p className={txt.meta}>This claim will have no quote yet; add one later by selecting words in an article.</p>
      )}
      <ClaimEditor
        action={createClaimAction}
        submitLabel="Save claim"
        subjects={subjects}
        speakers={speakers}
        initial={claimPrefillFromParams(params)}
        hidden={passage ? { selection: JSON.stringify(selectionOf(passage)) } : {}}
      />
    </>
  );
}
