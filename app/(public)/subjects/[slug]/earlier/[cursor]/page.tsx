import type { Metadata } from "next";
import Link from "next/link";
import txt from "@/components/ui/text.module.css";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ClaimTimeline } from "@/components/claim-timeline";
import { subjectPath } from "@/lib/claims/paths";
import { getPublicSubject } from "@/lib/subjects/queries";
import styles from "../../../../public.module.css";

// An earlier page of a subject's claims (keyset): rendered per request, like the list pages.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; cursor: string }> };

export const metadata: Metadata = { title: "Earlier claims", robots: { index: false, follow: true } };

export default async function EarlierSubjectClaims({ params }: Props) {
  const { slug, cursor } = await params;
  const subject = await getPublicSubject(slug, cursor).catch(orNotFound);
  return (
    <article className={styles.story}>
      <p className={txt.meta}>
        <Link href={subjectPath(subject)}>{subject.name}</Link>
      </p>
      <h1 dir="auto">Earlier claims on {subject.name}</h1>
      <ClaimTimeline
        page={subject.claims}
        hide="subject"
        earlierPath={(next) => `${subjectPath(subject)}/earlier/${next}`}
      />
    </article>
  );
}
