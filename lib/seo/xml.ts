import escape from "escape-html";
import type { HistoryEntry } from "../history/describe";

/**
 * The XML documents machines read: sitemaps (sitemaps.org protocol, at most 50,000 URLs a file)
 * and the Atom feed of decisions (RFC 4287). Pure; every text goes through escape().
 */
export const SITEMAP_LIMIT = 50_000;

export type SitemapUrl = { loc: string; lastmod?: Date | null };

export function urlsetXml(urls: SitemapUrl[]): string {
  const items = urls.map(
    (u) => `<url><loc>${escape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join("")}</urlset>\n`;
}

export function sitemapIndexXml(locs: string[]): string {
  const items = locs.map((loc) => `<sitemap><loc>${escape(loc)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join("")}</sitemapindex>\n`;
}

export type FeedEntry = {
  id: string;
  url: string;
  statement: string;
  entry: HistoryEntry;
};

/** The text of one decision: what it was, each change before → after, and the reviewer's words. */
export function entryText(entry: HistoryEntry): string {
  return [
    entry.summary,
    ...entry.changes.map((c) => `${c.field}: ${c.before ?? "(none)"} → ${c.after ?? "(none)"}`),
    ...entry.items.map((i) => `${i.text}${i.otherClaim ? ` ${i.otherClaim.statement}` : ""}`),
    entry.detail ?? "",
  ]
    .filter(Boolean)
    .join("\n");
}

export function atomFeedXml(feed: {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  author: string;
  entries: FeedEntry[];
}): string {
  const updated = feed.entries[0]?.entry.at ?? new Date(0);
  const entries = feed.entries.map(
    (e) =>
      `<entry><id>${escape(e.id)}</id><title>${escape(`${e.entry.summary}: ${e.statement}`)}</title>` +
      `<link rel="alternate" href="${escape(e.url)}"/><updated>${e.entry.at.toISOString()}</updated>` +
      `<content type="text">${escape(entryText(e.entry))}</content></entry>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<id>${escape(feed.id)}</id><title>${escape(feed.title)}</title><updated>${updated.toISOString()}</updated>` +
    `<link rel="self" href="${escape(feed.selfUrl)}"/><link rel="alternate" href="${escape(feed.siteUrl)}"/>` +
    `<author><name>${escape(feed.author)}</name></author>${entries.join("")}</feed>\n`
  );
}
