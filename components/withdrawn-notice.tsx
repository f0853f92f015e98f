/* eslint-disable @next/next/no-html-link-for-pages, @next/next/no-head-element -- a whole HTML document rendered to a string for a 410 response, outside the App Router. */
import { renderToStaticMarkup } from "react-dom/server";
import type { WithdrawnClaim } from "@/lib/claims/queries";
import { STATUS_LABEL } from "@/lib/claims/format";
import { formatPreciseDate } from "@/lib/dates/precision";
import { HistoryList } from "./history-list";

const STYLE = `
body{font:1rem/1.55 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
header,main{max-width:46rem;margin:0 auto;padding:1rem}
header a{font-weight:700;color:inherit}
.notice{border-left:4px solid #8a1c1c;background:#fbeeee;padding:.75rem 1rem}
.meta{color:#555;font-size:.9rem}
ol.history{padding-left:1.25rem}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.notice{background:#2a1515}.meta{color:#bbb}a{color:#9cf}}
`;

/**
 * The withdrawal notice as a whole HTML document, rendered by a route handler so that it can be
 * answered with HTTP 410 (an App Router page cannot set that status). Plain server markup only.
 */
export function renderWithdrawnNotice(claim: WithdrawnClaim): string {
  const when = claim.withdrawnAt ? formatPreciseDate({ on: claim.withdrawnAt, precision: "DAY" }) : "an unknown date";
  const body = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`Withdrawn: ${claim.statement} · Claimtrail`}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <header>
          <a href="/">Claimtrail</a> · <a href="/claims">Claims</a>
        </header>
        <main>
          <p className="notice" role="note">
            <strong>This claim was withdrawn on {when}</strong>
            {claim.withdrawnBy && <> (approved by {claim.withdrawnBy})</>}. Reason: {claim.withdrawalReason}
          </p>
          <h1>{claim.statement}</h1>
          <p className="meta">
            Its status when withdrawn: {STATUS_LABEL[claim.status]}. Nothing has been deleted: its history stays below.
          </p>
          <section aria-labelledby="history">
            <h2 id="history">History</h2>
            <HistoryList history={claim.history} claimPath="/claims/" />
          </section>
        </main>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${body}`;
}
