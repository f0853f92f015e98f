import type { Metadata } from "next";
import Link from "next/link";
import txt from "@/components/ui/text.module.css";
import { orNotFound } from "@/app/_lib/or-not-found";
import { outletPath } from "@/lib/claims/paths";
import { getPublicOutlet } from "@/lib/outlets/queries";
import styles from "../../../../public.module.css";
import { OutletArticles } from "../../outlet-articles";

// An earlier page of an outlet's articles (keyset): rendered per request, like the list pages.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Earlier articles", robots: { index: false, follow: true } };

type Props = { params: Promise<{ slug: string; cursor: string }> };

export default async function EarlierOutletArticles({ params }: Props) {
  const { slug, cursor } = await params;
  const outlet = await getPublicOutlet(slug, cursor).catch(orNotFound);
  return (
    <article className={styles.story}>
      <p className={txt.meta}>
        <Link href={outletPath(outlet)}>{outlet.name}</Link>
      </p>
      <h1 dir="auto">Earlier articles from {outlet.name}</h1>
      <OutletArticles outlet={outlet} />
    </article>
  );
}
