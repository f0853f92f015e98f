import type { Metadata } from "next";
import Link from "next/link";
import { CorrectionStepForm } from "@/components/corrections/correction-step-form";
import styles from "@/components/corrections/corrections.module.css";
import { Timestamp } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { cardClass } from "@/components/ui/card";
import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import { requirePermission } from "@/lib/auth/session";
import { listCorrectionRequests, CORRECTIONS_PAGE_SIZE, type CorrectionRequestRow } from "@/lib/corrections/queries";
import { canTake } from "@/lib/corrections/rules";
import {
  CORRECTION_LIMITS,
  CORRECTION_STATE_LABEL,
  CORRECTION_STATES,
  type CorrectionState,
} from "@/lib/corrections/schemas";
import { answerCorrectionAction, closeCorrectionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Correction requests" };

type Search = { state?: string | string[]; page?: string | string[] };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const hrefOf = (state: CorrectionState, page = 1) =>
  `/desk/corrections?state=${state.toLowerCase()}${page > 1 ? `&page=${page}` : ""}`;

function RequestCard({ request: r }: { request: CorrectionRequestRow }) {
  const headingId = `correction-${r.id}`;
  return (
    <article className={`${cardClass} ${styles.request} correction-request`} aria-labelledby={headingId}>
      <p className={txt.meta}>
        <Badge>{CORRECTION_STATE_LABEL[r.state]}</Badge> Received <Timestamp at={r.createdAt} /> · reference{" "}
        <code>{r.id}</code>
      </p>
      <h2 id={headingId} className={styles.anywhere}>
        About: <StatusBadge status={r.claim.status} />{" "}
        <Link href={`/desk/claims/${r.claim.id}`} dir="auto">
          {r.claim.statement}
        </Link>
      </h2>
      <p className={txt.meta}>
        {r.claim.visibility === "PUBLIC" ? (
          <Link href={`/claims/${r.claim.id}`}>The public page</Link>
        ) : (
          <>The claim is {r.claim.visibility.toLowerCase()} now: no public page.</>
        )}
      </p>
      <h3>What the reader says is wrong</h3>
      <p className={styles.message} dir="auto">
        {r.message}
      </p>
      <dl className={txt.facts}>
        <dt>Source</dt>
        <dd>
          {r.sourceUrl ? (
            <a href={r.sourceUrl} rel="noopener noreferrer nofollow" dir="auto">
              {r.sourceUrl}
            </a>
          ) : (
            <span className={txt.muted}>None given</span>
          )}
        </dd>
        <dt>Reply to</dt>
        <dd>
          {r.email ? (
            <a href={`mailto:${r.email}?subject=${encodeURIComponent("Your correction request")}`} dir="auto">
              {r.email}
            </a>
          ) : (
            <span className={txt.muted}>No e-mail given</span>
          )}
        </dd>
      </dl>
      {r.events.length > 0 && (
        <>
          <h3>What staff did</h3>
          <ul className={styles.events}>
            {r.events.map((e) => (
              <li key={e.id}>
                <p className={txt.meta}>
                  {e.kind === "ANSWERED" ? "Answered" : "Closed"} by {e.actor.name}, <Timestamp at={e.createdAt} />
                  {e.kind === "CLOSED" ? " (reason)" : " (reply)"}:
                </p>
                <p className={styles.message} dir="auto">
                  {e.text}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {(canTake(r.state, "answer") || canTake(r.state, "close")) && (
        <div className={styles.steps}>
          {canTake(r.state, "answer") && (
            <CorrectionStepForm
              requestId={r.id}
              name="reply"
              label="Reply"
              hint={
                r.email
                  ? "Recorded here; send it to the reader from your own e-mail (the address above)."
                  : "Recorded here for the desk; the reader left no address."
              }
              maxLength={CORRECTION_LIMITS.reply}
              submitLabel="Record the answer"
              action={answerCorrectionAction}
            />
          )}
          {canTake(r.state, "close") && (
            <CorrectionStepForm
              requestId={r.id}
              name="reason"
              label="Reason for closing"
              hint="E.g. “Corrected on the claim page”, “Not an error”, “Spam”."
              maxLength={CORRECTION_LIMITS.reason}
              submitLabel="Close the request"
              action={closeCorrectionAction}
            />
          )}
        </div>
      )}
    </article>
  );
}

/** Readers' correction requests, for any staff member: answer or close each one. */
export default async function CorrectionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePermission("correction:handle", "/desk/corrections");
  const search = await searchParams;
  const asked = one(search.state)?.toUpperCase();
  const state = CORRECTION_STATES.find((s) => s === asked) ?? "OPEN";
  const list = await listCorrectionRequests(actor, { state, page: Number(one(search.page)) });
  const { page, pageCount } = list;
  return (
    <>
      <h1>Correction requests</h1>
      <p className={txt.meta}>
        What readers asked us to correct, from the form on every public claim page.{" "}
        {state === "OPEN" ? "Oldest first" : "Most recent first"}, {CORRECTIONS_PAGE_SIZE} to a page. The reader&apos;s
        e-mail address is for a reply only: it never appears in public.
      </p>
      <nav aria-label="Filter by state">
        <ul className={styles.filters}>
          {CORRECTION_STATES.map((s) => (
            <li key={s}>
              <Link href={hrefOf(s)} aria-current={s === state ? "page" : undefined}>
                {CORRECTION_STATE_LABEL[s]} ({list.counts[s].toLocaleString("en")})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length === 0 ? (
        <p className={noticeClass()}>No {CORRECTION_STATE_LABEL[state].toLowerCase()} requests.</p>
      ) : (
        <ol className={`${txt.stack} correction-queue`}>
          {list.rows.map((r) => (
            <li key={r.id}>
              <RequestCard request={r} />
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 && (
        <nav aria-label="Correction request pages" className={txt.meta}>
          {page > 1 && <Link href={hrefOf(state, page - 1)}>← Previous page</Link>}
          {page > 1 && " · "}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && " · "}
          {page < pageCount && <Link href={hrefOf(state, page + 1)}>Next page →</Link>}
        </nav>
      )}
    </>
  );
}
