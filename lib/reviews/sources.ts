import { getDomain, getHostname } from "tldts";

/**
 * Which sources a claim rests on, and which of them are independent of each other (the README,
 * "How a claim reaches the public"): quotes count once per outlet; external evidence counts only when its address
 * is not the outlet, or an article, the claim is already quoted from; an article with no known
 * outlet never counts. Addresses are compared by registrable domain, so `www.` and other
 * subdomains of one site are one source. Pure: the caller loads the rows.
 */
export type QuotedArticle = {
  articleId: string;
  headline: string;
  url: string | null;
  outlet: { id: string; name: string; homepage: string | null } | null;
};
export type ExternalEvidence = { id: string; url: string; title: string | null };

export type Source = {
  key: string;
  /** The outlet's name, or the evidence's host. */
  label: string;
  kind: "outlet" | "external" | "unknown-outlet";
  counts: boolean;
  /** What it stands for: headlines of the quoted articles, titles or addresses of evidence. */
  items: string[];
};

export type SourceReport = { sources: Source[]; independentCount: number; warnings: string[] };

/** The registrable domain of an address ("news.bbc.co.uk" → "bbc.co.uk"), or its host as a fallback. */
export function registrableDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  return getDomain(url) ?? getHostname(url) ?? null;
}

export function independentSources(quotes: QuotedArticle[], evidence: ExternalEvidence[]): SourceReport {
  const sources = new Map<string, Source>();
  const warnings: string[] = [];
  // Every domain that belongs to a source already on record: the outlet's site and its articles.
  const domainOwner = new Map<string, string>();

  const add = (key: string, make: () => Omit<Source, "items">, item: string) => {
    const source = sources.get(key) ?? { ...make(), items: [] };
    if (!source.items.includes(item)) source.items.push(item);
    sources.set(key, source);
    return source;
  };

  for (const quote of quotes) {
    if (!quote.outlet) {
      const key = `article:${quote.articleId}`;
      add(key, () => ({ key, label: "Unknown outlet", kind: "unknown-outlet", counts: false }), quote.headline);
      const domain = registrableDomain(quote.url);
      if (domain && !domainOwner.has(domain)) domainOwner.set(domain, key);
      continue;
    }
    const outlet = quote.outlet;
    const domains = [registrableDomain(outlet.homepage), registrableDomain(quote.url)].filter(
      (d): d is string => d !== null,
    );
    // Two outlet records on one site are one source.
    const shared = domains.map((d) => domainOwner.get(d)).find((k) => k?.startsWith("outlet:"));
    const key = shared ?? `outlet:${outlet.id}`;
    if (shared && shared !== `outlet:${outlet.id}`) {
      warnings.push(`${outlet.name} shares its site with ${sources.get(shared)?.label}: they count as one source.`);
    }
    add(key, () => ({ key, label: outlet.name, kind: "outlet", counts: true }), quote.headline);
    for (const d of domains) if (!domainOwner.has(d)) domainOwner.set(d, key);
  }

  for (const item of evidence) {
    const domain = registrableDomain(item.url);
    const label = item.title || item.url;
    if (!domain) continue;
    const owner = domainOwner.get(domain);
    if (owner) {
      const source = sources.get(owner)!;
      warnings.push(
        source.kind === "external"
          ? `Two evidence items are from ${domain}: they count as one source.`
          : `Evidence “${label}” is from ${domain}, the ${source.kind === "outlet" ? `site of ${source.label}` : "site of an article"} the claim is quoted from: it is not an independent source.`,
      );
      source.items.push(label);
      continue;
    }
    const key = `domain:${domain}`;
    add(key, () => ({ key, label: domain, kind: "external", counts: true }), label);
    domainOwner.set(domain, key);
  }

  const list = [...sources.values()];
  for (const s of list) {
    if (s.kind === "unknown-outlet") {
      warnings.push(`“${s.items[0]}” has no known outlet, so it does not count as an independent source.`);
    }
  }
  return { sources: list, independentCount: list.filter((s) => s.counts).length, warnings };
}
