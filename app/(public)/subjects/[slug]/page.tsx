import type { Metadata } from "next";
import { cache } from "react";
import txt from "@/components/ui/text.module.css";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ClaimTimeline } from "@/components/claim-timeline";
import { FigureChart } from "@/components/figure-chart";
import { subjectPath } from "@/lib/claims/paths";
import { appUrl } from "@/lib/env";
import { getPublicSubject } from "@/lib/subjects/queries";
import styles from "../../public.module.css";
import { FigureTable } from "./figure-table";

// Cached (ISR) like the claim pages: a decision on one of its claims expires it (lib/cache/expire.ts).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const loadSubject = cache((slug: string) => getPublicSubject(slug));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const subject = await loadSubject((await params).slug).catch(() => null);
  if (!subject) return { title: "Subject not found" };
  const description =
    subject.description ??
    `${subject.claimCount} published ${subject.claimCount === 1 ? "claim" : "claims"} on ${subject.name}, with their figures over time.`;
  const url = `${appUrl()}${subjectPath(subject)}`;
  return {
    title: subject.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: subject.name, description, url },
    twitter: { card: "summary", title: subject.name, description },
  };
}

export default async function SubjectPage({ params }: Props) {
  const subject = await loadSubject((await params).slug).catch(orNotFound);
  return (
    <article className={styles.story}>
      <p className={txt.meta}>Subject</p>
      <h1 dir="auto">{subject.name}</h1>
      {subject.description && (
        <p className={styles.standfirst} dir="auto">
          {subject.description}
        </p>
      )}
      <p className={txt.meta}>
        {subject.claimCount} published {subject.claimCount === 1 ? "claim" : "claims"}.
      </p>

      {subject.measures.map((m) => (
        <section key={m.key} aria-labelledby={`measure-${m.key}`}>
          <h2 id={`measure-${m.key}`} dir="auto">
            {m.name}
          </h2>
          <p className={txt.meta}>
            In {m.unit}.{" "}
            {m.figureCount > m.figures.length ? (
              <>
                The {m.figures.length} most recent of {m.figureCount} figures (
                <a href={`/api/v1/subjects/${subject.id}/figures`}>all of them in the API</a>).{" "}
              </>
            ) : (
              `${m.figureCount} ${m.figureCount === 1 ? "figure" : "figures"}. `
            )}
            Figures count different things when their scope differs: check it before comparing.
          </p>
          <FigureChart figures={m.figures} label={`Chart: ${m.name} over time`} />
          <FigureTable measure={m} />
        </section>
      ))}

      <section aria-labelledby="claims">
        <h2 id="claims">Claims on this subject</h2>
        <ClaimTimeline
          page={subject.claims}
          hide="subject"
          earlierPath={(cursor) => `${subjectPath(subject)}/earlier/${cursor}`}
        />
      </section>
    </article>
  );
}
