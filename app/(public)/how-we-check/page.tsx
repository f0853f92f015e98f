import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { STATUS_EXPLANATION } from "@/lib/claims/format";
import { CONFLICTING_NEEDS, CORROBORATED_NEEDS } from "@/lib/reviews/rules";
import styles from "../public.module.css";
import { CLAIM_STATUSES } from "@/lib/enums";

export const metadata: Metadata = {
  title: "How we check claims",
  description: "What each status means and needs, who approves what, and how to read a figure's scope.",
};

const NEEDS = {
  UNVERIFIED:
    "Every claim starts here. A claim stays unverified until independent sources confirm it or contradict it; one source quoted word for word is not enough.",
  CORROBORATED: CORROBORATED_NEEDS,
  CONFLICTING: CONFLICTING_NEEDS,
} as const;

/** Our standards, for readers: the statuses, the review rule, corrections, and figures. */
export default function HowWeCheckPage() {
  return (
    <article className={styles.story}>
      <h1>How we check claims</h1>
      <p className={txt.lede}>
        Every claim on this site was said somewhere: we quote it word for word from the article it appeared in, link to
        that article, and record what we found out about it. Nothing reaches you without a second person.
      </p>

      <section aria-labelledby="statuses">
        <h2 id="statuses">What the statuses mean</h2>
        <ul className={styles.plainList}>
          {CLAIM_STATUSES.map((status) => (
            <li key={status}>
              <p>
                <StatusBadge status={status} /> {STATUS_EXPLANATION[status]}
              </p>
              <p className={txt.meta}>{NEEDS[status]}</p>
            </li>
          ))}
        </ul>
        <p>
          Two sources are independent when they come from different outlets, judged by their web addresses. An article
          whose outlet we do not know never counts as an independent source, and neither does evidence published by the
          outlet the claim is quoted from.
        </p>
      </section>

      <section aria-labelledby="review">
        <h2 id="review">Who decides</h2>
        <p>
          An editor records a claim, its quotes and its evidence, and proposes a status with the reasons for it. A
          reviewer decides. Nobody approves their own proposal, nor a change they helped write. The reviewer&apos;s
          reasoning is shown at the top of every claim page, with the date of the decision.
        </p>
        <p>
          Publishing a claim, changing its status, correcting it and withdrawing it are all proposals that a reviewer
          approves. Until then you keep reading the approved version.
        </p>
      </section>

      <section aria-labelledby="corrections">
        <h2 id="corrections">Corrections and withdrawals</h2>
        <p>
          A corrected claim says &ldquo;Corrected on&rdquo; with the date, and its history shows what changed, before
          and after. A withdrawn claim is not deleted: its address says why, when and who approved it, and keeps its
          history. Every entry of a history is chained to the one before and signed, so that anyone can check that
          nothing was changed or removed afterwards (&ldquo;Verify this history&rdquo; on each claim page, and{" "}
          <Link href="/transparency">the transparency log</Link>).
        </p>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures">How to read a figure</h2>
        <p>A number is only comparable with another number of the same kind. Each figure we record says:</p>
        <ul>
          <li>
            <strong>what it counts</strong>: its measure, such as &ldquo;ISIS fighters in Iraq&rdquo;. We only compare,
            chart or link figures of the same measure;
          </li>
          <li>
            <strong>as of when</strong>: the date the figure describes, which is not always the date it was said;
          </li>
          <li>
            <strong>where</strong> and <strong>who or what was counted</strong>: an estimate for three desert regions is
            not an estimate for the whole country;
          </li>
          <li>
            <strong>how exact</strong> it is: &ldquo;about 1,000&rdquo; is approximate, &ldquo;3,500 to 4,000&rdquo; a
            range, &ldquo;at least five&rdquo; a lower bound.
          </li>
        </ul>
        <p>
          When a later figure differs, check the scopes before concluding that anything grew or shrank: a claim page
          lists the other figures of its measure with their scopes.
        </p>
      </section>
    </article>
  );
}
