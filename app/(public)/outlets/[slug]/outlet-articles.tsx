import Link from "next/link";
import { PreciseDateText } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import txt from "@/components/ui/text.module.css";
import { articlePath, claimPath, outletPath } from "@/lib/claims/paths";
import type { PublicOutlet } from "@/lib/outlets/queries";
import styles from "../../public.module.css";

/** A page of an outlet's public articles, each with the published claims found in it. */
export function OutletArticles({ outlet }: { outlet: PublicOutlet }) {
  return (
    <>
      <ul className={styles.plainList}>
        {outlet.articles.map((a) => (
          <li key={a.id}>
            <h3 lang={a.language} dir={a.direction === "RTL" ? "rtl" : "ltr"}>
              <Link href={articlePath(a)}>{a.headline}</Link>
            </h3>
            <p className={txt.meta}>
              <PreciseDateText date={a.published} />
              {a.authors.length > 0 && <> · {a.authors.join(", ")}</>}
            </p>
            {a.claims.length > 0 && (
              <>
                <p className={txt.meta}>Claims found in it:</p>
                <ul className={txt.stack}>
                  {a.claims.map((c) => (
                    <li key={c.id}>
                      <StatusBadge status={c.status} />{" "}
                      <Link href={claimPath(c)} dir="auto">
                        {c.statement}
                      </Link>
                    </li>
                  ))}
                </ul>
                {a.more && (
                  <p className={txt.meta}>
                    <Link href={articlePath(a)}>More claims in the article →</Link>
                  </p>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {outlet.next && (
        <p>
          <Link href={`${outletPath(outlet)}/earlier/${outlet.next}`}>Earlier articles →</Link>
        </p>
      )}
    </>
  );
}
