import escape from "escape-html";
import { formatPreciseDate } from "../dates/precision";
import type { HistoryEntry } from "../history/describe";
import { STATUS_LABEL } from "./format";
import { claimPath } from "./paths";

/**
 * The 410 page of a withdrawn claim as a whole HTML document. A route handler answers it (an App
 * Router page cannot set status 410, and route handlers may not render React to a string), so it
 * is plain markup built here from the same history entries the claim page shows. Every piece of
 * text goes through escape(): user text is never HTML.
 */
export type WithdrawnNotice = {
  statement: string;
  status: keyof typeof STATUS_LABEL;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  withdrawnBy: string | null;
  history: HistoryEntry[];
};

// Built on the design tokens (app/styles/tokens.css, passed in as text): the same ink, paper,
// danger colours, type and measure as the rest of the site, in both schemes.
const STYLE = `
body{font:var(--text-md)/var(--leading-body) var(--font-sans);margin:0;color:var(--ink);background:var(--paper)}
header,main{max-width:var(--measure);margin:0 auto;padding:var(--space-4)}
header{border-bottom:1px solid var(--line)}
header a{font-weight:700;color:inherit}
a{color:var(--accent)}
h1{font-family:var(--font-serif);font-size:var(--text-3xl);line-height:var(--leading-tight)}
.notice{border-left:4px solid var(--danger);background:var(--danger-bg);padding:var(--space-3) var(--space-4);border-radius:var(--radius-sm)}
.meta{color:var(--muted);font-size:var(--text-sm)}
`;

const day = (at: Date) => formatPreciseDate({ on: at, precision: "DAY" });

function historyItem(h: HistoryEntry): string {
  const other = h.otherClaim
    ? ` <a href="${escape(claimPath(h.otherClaim))}">${escape(h.otherClaim.statement)}</a>`
    : "";
  const changes = [
    ...h.changes.map(
      (c) =>
        `<li><strong>${escape(c.field)}:</strong> ${escape(c.before ?? "(none)")} → ${escape(c.after ?? "(none)")}</li>`,
    ),
    ...h.items.map((i) => `<li>${escape(i.text)}${i.otherClaim ? ` ${escape(i.otherClaim.statement)}` : ""}</li>`),
  ];
  return [
    "<li>",
    `<p class="meta"><time datetime="${h.at.toISOString()}">${escape(day(h.at))}</time>${h.actor ? ` · ${escape(h.actor)}` : ""}</p>`,
    `<p>${escape(h.summary)}${other}</p>`,
    changes.length > 0 ? `<ul>${changes.join("")}</ul>` : "",
    h.detail ? `<p class="meta">${escape(h.detail)}</p>` : "",
    "</li>",
  ].join("");
}

export function renderWithdrawnNotice(claim: WithdrawnNotice, tokensCss = ""): string {
  const when = claim.withdrawnAt ? day(claim.withdrawnAt) : "an unknown date";
  const by = claim.withdrawnBy ? ` (approved by ${escape(claim.withdrawnBy)})` : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Withdrawn: ${escape(claim.statement)} · Claimtrail</title>
<style>${tokensCss}${STYLE}</style>
</head>
<body>
<header><a href="/">Claimtrail</a> · <a href="/claims">Claims</a></header>
<main>
<p class="notice" role="note"><strong>This claim was withdrawn on ${escape(when)}</strong>${by}. Reason: <span dir="auto">${escape(claim.withdrawalReason ?? "")}</span></p>
<h1 dir="auto">${escape(claim.statement)}</h1>
<p class="meta">Its status when withdrawn: ${escape(STATUS_LABEL[claim.status])}. Nothing has been deleted: its history stays below.</p>
<section aria-labelledby="history">
<h2 id="history">History</h2>
<ol>${claim.history.map(historyItem).join("")}</ol>
</section>
</main>
</body>
</html>`;
}
