import type { Metadata } from "next";
import { cache } from "react";
import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { orNotFound } from "@/app/_lib/or-not-found";
import { EvidenceLink } from "@/components/evidence-link";
import { HistoryList } from "@/components/history-list";
import { VerifyHistoryButton } from "@/components/verify-history-button";
import { CorrectionRequestForm } from "@/components/corrections/correction-request-form";
import { requestCorrectionAction } from "@/app/(public)/corrections/actions";
import { PreciseDateText, Timestamp } from "@/components/precise-date";
import { QuantityFacts } from "@/components/quantity";
import { StatusBadge } from "@/components/status-badge";
import { Table } from "@/components/ui/table";
import { buildClaimReview, jsonLdText } from "@/lib/claims/claim-review";
import { formatQuantity, LINK_LABEL, quantityAsOf, STATUS_EXPLANATION, STATUS_LABEL } from "@/lib/claims/format";
import { appUrl, publisher } from "@/lib/env";
import {
  articlePath,
  canonicalClaimSegment,
  claimIdOf,
  claimPath,
  outletPath,
  personPath,
  subjectPath,
} from "@/lib/claims/paths";
import { getPublicClaim, type ClaimSummary } from "@/lib/claims/queries";
import styles from "../../public.module.css";

// Cached (ISR): rendered on a reader's first visit, then served from Next's cache until a decision
// on the claim expires it (lib/cache/expire.ts) or, at the latest, after an hour.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

// The title and the page share one load per render. The segment is `<id>-<slug>` (lib/claims/paths.ts);
// proxy.ts has already answered any other spelling of a public claim's URL with a 308.
const loadClaim = cache((segment: string) => getPublicClaim(claimIdOf(segment)));

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).id).catch(() => null);
  if (!claim) return { title: "Claim not found" };
  const description = `${STATUS_LABEL[claim.status]}: ${STATUS_EXPLANATION[claim.status]}`;
  return {
    title: claim.statement,
    description,
    alternates: { canonical: `${appUrl()}${claimPath(claim)}` },
    openGraph: { type: "article", title: claim.statement, description, url: `${appUrl()}${claimPath(claim)}` },
    twitter: { card: "summary", title: claim.statement, description },
  };
}

const DECISION_KINDS = new Set(["PUBLISHED", "STATUS_APPROVED", "REVISED", "REDACTED"]);

function FigureScope({ claim }: { claim: ClaimSummary }) {
  const q = claim.quantity;
  if (!q) return null;
  const asOf = quantityAsOf(q);
  return (
    <p className={txt.meta}>
      <strong>{formatQuantity(q)}</strong> as of <PreciseDateText date={asOf} />
      {q.scopePlace && <> · where: {q.scopePlace}</>}
      {q.scopePopulation && <> · counted: {q.scopePopulation}</>}
    </p>
  );
}

export default async function ClaimPage({ params }: Props) {
  const segment = (await params).id;
  const claim = await loadClaim(segment).catch(orNotFound);
  // Only if the proxy could not look the claim up: the right URL is still a 308 away.
  if (segment !== canonicalClaimSegment(claim)) permanentRedirect(claimPath(claim));
  const others = claim.figures.filter((f) => f.id !== claim.id);
  // The verdict's reasoning comes first: the reviewer's public summary of the latest decision.
  const lastDecision = claim.history.findLast((h) => DECISION_KINDS.has(h.kind));
  const claimReview = buildClaimReview(claim, { baseUrl: appUrl(), publisher: publisher() });
  return (
    <article className={styles.story}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(claimReview) }} />
      <div className={styles.kicker}>
        <StatusBadge status={claim.status} large />
        <p>{STATUS_EXPLANATION[claim.status]}</p>
      </div>
      <h1 dir="auto">{claim.statement}</h1>
      {lastDecision && (
        <div className={styles.verdict}>
          {lastDecision.detail && (
            <p className={styles.reasoning} dir="auto">
              {lastDecision.detail}
            </p>
          )}
          <p className={txt.meta}>
            Last decision: <Timestamp at={lastDecision.at} />
            {lastDecision.actor && <>, approved by {lastDecision.actor}</>}.
          </p>
        </div>
      )}
      <p className={`${txt.meta} verdict-links`}>
        <Link href="/how-we-check">How we check claims</Link> · Spotted an error?{" "}
        <a href="#request-correction">Request a correction</a>
      </p>
      {claim.correctedAt && (
        <p className={`${noticeClass()} corrected-on`}>
          Corrected on <PreciseDateText date={{ on: claim.correctedAt, precision: "DAY", inferred: false }} />:{" "}
          <a href="#history">see what changed</a>.
        </p>
      )}
      <dl className={txt.facts}>
        <dt>Said by</dt>
        <dd>
          {claim.speaker ? (
            <>
              <Link href={personPath(claim.speaker)} dir="auto">
                {claim.speaker.name}
              </Link>
              {claim.speaker.description && <span className={txt.muted}>, {claim.speaker.description}</span>}
            </>
          ) : (
            <span className={txt.muted}>No named speaker</span>
          )}
        </dd>
        <dt>When</dt>
        <dd>
          <PreciseDateText date={claim.stated} />
        </dd>
        <dt>Subject</dt>
        <dd>
          <Link href={subjectPath(claim.subject)}>{claim.subject.name}</Link>
        </dd>
      </dl>

      {claim.quantity && (
        <section aria-labelledby="figure">
          <h2 id="figure">The figure</h2>
          <QuantityFacts quantity={claim.quantity} />
        </section>
      )}

      {claim.quantity && others.length > 0 && (
        <section aria-labelledby="over-time">
          <h2 id="over-time">This figure over time</h2>
          <p className={txt.meta}>
            Other figures of the same measure
            {claim.quantity.measure ? <> (“{claim.quantity.measure.name}”)</> : null}
            {claim.moreFigures ? <>, the {claim.figures.length} most recent</> : null}. Check the scope before comparing
            numbers. <Link href={subjectPath(claim.subject)}>See them charted on the subject page</Link>.
          </p>
          <Table label="Figures on this subject">
            <thead>
              <tr>
                <th scope="col">As of</th>
                <th scope="col">Figure</th>
                <th scope="col">Scope</th>
                <th scope="col">Said by</th>
                <th scope="col">Claim</th>
              </tr>
            </thead>
            <tbody>
              {claim.figures.map((f) => {
                const q = f.quantity!;
                const asOf = quantityAsOf(q) ?? f.stated;
                const current = f.id === claim.id;
                return (
                  <tr key={f.id} aria-current={current ? "true" : undefined}>
                    <td>
                      <PreciseDateText date={asOf} />
                    </td>
                    <td>{formatQuantity(q)}</td>
                    <td>{[q.scopePlace, q.scopePopulation].filter(Boolean).join("; ") || "—"}</td>
                    <td>{f.speaker ? <Link href={personPath(f.speaker)}>{f.speaker.name}</Link> : "—"}</td>
                    <td>
                      {current ? (
                        "This claim"
                      ) : (
                        <Link href={claimPath(f)} dir="auto">
                          {f.statement}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </section>
      )}

      <section aria-labelledby="quotes">
        <h2 id="quotes">Where it appears</h2>
        {claim.quotes.length === 0 && <p className={txt.muted}>No quotes yet.</p>}
        <ul className={styles.plainList}>
          {claim.quotes.map((q) => (
            <li key={q.id}>
              <blockquote dir="auto">{q.exact}</blockquote>
              <p className={txt.meta}>
                {q.article.outlet && q.article.outletSlug ? (
                  <Link href={outletPath({ slug: q.article.outletSlug })}>{q.article.outlet}</Link>
                ) : (
                  "Unknown outlet"
                )}{" "}
                · <PreciseDateText date={q.article.published} /> ·{" "}
                {/* A full page load, so the browser sets :target on the quote. */}
                <a href={`${articlePath(q.article)}#q-${q.id}`}>{q.article.headline}</a> (see it in the article)
              </p>
              {q.articleCorrectedAt && (
                <p className={txt.meta}>
                  The article was corrected on{" "}
                  <time dateTime={q.articleCorrectedAt.toISOString()}>
                    {q.articleCorrectedAt.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}
                  </time>
                  , after this quote was approved; the quote above is the approved text.
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      {claim.links.length > 0 && (
        <section aria-labelledby="links">
          <h2 id="links">Linked claims</h2>
          <ul className={styles.plainList}>
            {claim.links.map((l) => (
              <li key={`${l.type}-${l.direction}-${l.other.id}`}>
                <p className={txt.meta}>
                  <strong>{LINK_LABEL[l.type][l.direction]}</strong>
                </p>
                <StatusBadge status={l.other.status} />{" "}
                <Link href={claimPath(l.other)} dir="auto">
                  {l.other.statement}
                </Link>
                <p className={txt.meta}>
                  {l.other.speaker?.name ?? "No named speaker"} · <PreciseDateText date={l.other.stated} />
                </p>
                <FigureScope claim={l.other} />
                {l.note && <p>{l.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {claim.evidence.length > 0 && (
        <section aria-labelledby="evidence">
          <h2 id="evidence">Evidence</h2>
          <ul className={styles.plainList}>
            {claim.evidence.map((e) => (
              <li key={e.id}>
                {e.url && (
                  <EvidenceLink url={e.url} title={e.title} archivedUrl={e.archivedUrl} archivedAt={e.archivedAt} />
                )}
                {e.note && <p dir="auto">{e.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        {claim.earlierHistory && (
          <p className={txt.meta}>
            The latest {claim.history.length} entries. The whole history, every event with its hash:{" "}
            <a href={`/claims/${claim.id}/history.json`}>history.json</a>.
          </p>
        )}
        <HistoryList history={claim.history} claimPath="/claims/" />
        <VerifyHistoryButton claimId={claim.id} />
      </section>

      <section aria-labelledby="request-correction">
        <h2 id="request-correction">Request a correction</h2>
        <p className={txt.meta}>
          Something here wrong or out of date? Tell our editors; no account needed. They read every request and answer
          or close each one.
        </p>
        <CorrectionRequestForm claimId={claim.id} action={requestCorrectionAction} />
      </section>
    </article>
  );
}
