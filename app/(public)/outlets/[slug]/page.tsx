import type { Metadata } from "next";
import { cache } from "react";
import txt from "@/components/ui/text.module.css";
import { orNotFound } from "@/app/_lib/or-not-found";
import { outletPath } from "@/lib/claims/paths";
import { appUrl } from "@/lib/env";
import { getPublicOutlet } from "@/lib/outlets/queries";
import styles from "../../public.module.css";
import { OutletArticles } from "./outlet-articles";

// Cached (ISR) like the claim pages: a decision on a claim quoted in its articles expires it
// (lib/cache/expire.ts).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const loadOutlet = cache((slug: string) => getPublicOutlet(slug));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const outlet = await loadOutlet((await params).slug).catch(() => null);
  if (!outlet) return { title: "Outlet not found" };
  const description = `${outlet.articleCount} ${outlet.articleCount === 1 ? "article" : "articles"} from ${outlet.name}, with the claims found in them and what holds up.`;
  const url = `${appUrl()}${outletPath(outlet)}`;
  return {
    title: outlet.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title: outlet.name, description, url },
    twitter: { card: "summary", title: outlet.name, description },
  };
}

export default async function OutletPage({ params }: Props) {
  const outlet = await loadOutlet((await params).slug).catch(orNotFound);
  return (
    <article className={styles.story}>
      <p className={txt.meta}>Outlet</p>
      <h1 dir="auto">{outlet.name}</h1>
      <dl className={txt.facts}>
        {outlet.homepage && (
          <>
            <dt>Homepage</dt>
            <dd>
              <a href={outlet.homepage} rel="noopener noreferrer nofollow">
                {outlet.homepage}
              </a>
            </dd>
          </>
        )}
        {outlet.country && (
          <>
            <dt>Country</dt>
            <dd>{outlet.country}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="articles">
        <h2 id="articles">Articles, newest first</h2>
        <p className={txt.meta}>
          {outlet.articleCount} {outlet.articleCount === 1 ? "article" : "articles"} quoted by published claims.
        </p>
        <OutletArticles outlet={outlet} />
      </section>
    </article>
  );
}
