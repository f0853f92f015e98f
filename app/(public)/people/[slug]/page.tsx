import type { Metadata } from "next";
import { cache } from "react";
import txt from "@/components/ui/text.module.css";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ClaimTimeline } from "@/components/claim-timeline";
import { personPath } from "@/lib/claims/paths";
import { appUrl } from "@/lib/env";
import { getPublicPerson } from "@/lib/people/queries";
import styles from "../../public.module.css";

// Cached (ISR) like the claim pages: a decision on one of their claims expires it (lib/cache/expire.ts).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const loadPerson = cache((slug: string) => getPublicPerson(slug));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).slug).catch(() => null);
  if (!person) return { title: "Not found" };
  const description = `What ${person.name}${person.description ? `, ${person.description},` : ""} claimed: ${person.claimCount} published ${person.claimCount === 1 ? "claim" : "claims"}, each with its sources and status.`;
  const url = `${appUrl()}${personPath(person)}`;
  return {
    title: person.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: "profile", title: person.name, description, url },
    twitter: { card: "summary", title: person.name, description },
  };
}

export default async function PersonPage({ params }: Props) {
  const person = await loadPerson((await params).slug).catch(orNotFound);
  return (
    <article className={styles.story}>
      <p className={txt.meta}>{person.kind === "ORGANIZATION" ? "Organization" : "Person"}</p>
      <h1 dir="auto">{person.name}</h1>
      {person.description && (
        <p className={styles.standfirst} dir="auto">
          {person.description}
        </p>
      )}
      <section aria-labelledby="claimed">
        <h2 id="claimed">What {person.kind === "ORGANIZATION" ? "it" : "they"} claimed, newest first</h2>
        <p className={txt.meta}>
          {person.claimCount} published {person.claimCount === 1 ? "claim" : "claims"}, by the date each was made.
        </p>
        <ClaimTimeline
          page={person.claims}
          hide="speaker"
          earlierPath={(cursor) => `${personPath(person)}/earlier/${cursor}`}
        />
      </section>
    </article>
  );
}
