import type { Metadata } from "next";
import Link from "next/link";
import txt from "@/components/ui/text.module.css";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ClaimTimeline } from "@/components/claim-timeline";
import { personPath } from "@/lib/claims/paths";
import { getPublicPerson } from "@/lib/people/queries";
import styles from "../../../../public.module.css";

// An earlier page of a person's claims (keyset): rendered per request, like the list pages.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Earlier claims", robots: { index: false, follow: true } };

type Props = { params: Promise<{ slug: string; cursor: string }> };

export default async function EarlierPersonClaims({ params }: Props) {
  const { slug, cursor } = await params;
  const person = await getPublicPerson(slug, cursor).catch(orNotFound);
  return (
    <article className={styles.story}>
      <p className={txt.meta}>
        <Link href={personPath(person)}>{person.name}</Link>
      </p>
      <h1 dir="auto">Earlier claims by {person.name}</h1>
      <ClaimTimeline
        page={person.claims}
        hide="speaker"
        earlierPath={(next) => `${personPath(person)}/earlier/${next}`}
      />
    </article>
  );
}
