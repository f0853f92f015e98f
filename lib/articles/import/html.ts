import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/**
 * HTML to plain paragraphs: the page's metadata is read first (Readability rewrites the document),
 * then Readability keeps the main content, and only the text of its block elements is kept. No
 * markup is ever returned, so no script, style or event attribute can reach the article body;
 * elements that hold code rather than text are removed before any text is read.
 */
export type HtmlMeta = {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  url: string | null;
  lang: string | null;
  dir: string | null;
};

export type HtmlExtraction = { blocks: string[]; meta: HtmlMeta };

const CODE_ELEMENTS = "script, style, noscript, template, iframe, object, embed, svg, math, canvas, link, meta, head";
// Without Readability's verdict, at least the page's own navigation and footer are left out.
const PAGE_FURNITURE = "nav, header, footer, aside, form, button, [role=navigation], [aria-hidden=true]";
const BLOCK_ELEMENTS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "FIGCAPTION",
  "DT",
  "DD",
  "TD",
  "TH",
  "CAPTION",
]);
const CONTAINERS = new Set(["DIV", "SECTION", "ARTICLE", "MAIN", "ASIDE", "HEADER", "FOOTER", "FIGURE", "BODY"]);

type El = {
  tagName: string;
  childNodes: ArrayLike<unknown>;
  textContent: string | null;
  getAttribute(name: string): string | null;
};

const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim() || null;

function metaContent(document: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = clean(document.querySelector(selector)?.getAttribute("content"));
    if (value) return value;
  }
  return null;
}

type JsonLd = Record<string, unknown>;

function jsonLdArticles(document: Document): JsonLd[] {
  const found: JsonLd[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const record = node as JsonLd;
    const types = ([] as unknown[]).concat(record["@type"] ?? []).map(String);
    if (types.some((t) => /(News)?Article|Report|BlogPosting|OpinionNewsArticle|AnalysisNewsArticle/.test(t))) {
      found.push(record);
    }
    if (record["@graph"]) visit(record["@graph"]);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block only means no metadata from it.
    }
  }
  return found;
}

const nameOf = (value: unknown): string | null => {
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value))
    return (
      value
        .map(nameOf)
        .filter((v): v is string => Boolean(v))
        .join(", ") || null
    );
  if (value && typeof value === "object") return nameOf((value as JsonLd).name);
  return null;
};

function readMeta(document: Document): HtmlMeta {
  const ld = jsonLdArticles(document)[0];
  const html = document.documentElement as unknown as El | null;
  return {
    title:
      nameOf(ld?.headline) ??
      metaContent(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
      clean(document.querySelector("h1")?.textContent) ??
      clean(document.querySelector("title")?.textContent),
    siteName: metaContent(document, 'meta[property="og:site_name"]') ?? nameOf(ld?.publisher),
    byline:
      nameOf(ld?.author) ??
      metaContent(document, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]'),
    publishedTime:
      (typeof ld?.datePublished === "string" ? ld.datePublished : null) ??
      metaContent(document, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]') ??
      clean(document.querySelector("time[datetime]")?.getAttribute("datetime")),
    url:
      metaContent(document, 'meta[property="og:url"]') ??
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")),
    lang: clean(html?.getAttribute("lang")),
    dir: clean(html?.getAttribute("dir")),
  };
}

/** The text of each block element in document order; text directly in a container is a block too. */
function blocksOf(root: El): string[] {
  const blocks: string[] = [];
  let loose = "";
  const flush = () => {
    const text = clean(loose);
    if (text) blocks.push(text);
    loose = "";
  };
  const walk = (node: El) => {
    for (const child of Array.from(node.childNodes) as (El & { nodeType: number })[]) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? "";
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (tag === "BR") loose += " ";
        else if (BLOCK_ELEMENTS.has(tag)) {
          flush();
          const text = clean(child.textContent);
          if (text) blocks.push(text);
        } else if (CONTAINERS.has(tag) || child.childNodes.length > 0) {
          if (CONTAINERS.has(tag) || tag === "UL" || tag === "OL" || tag === "TABLE" || tag === "TBODY" || tag === "TR")
            flush();
          walk(child);
          if (CONTAINERS.has(tag)) flush();
        }
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

function parse(html: string): Document {
  // A fragment (pasted markup) gets a document around it, or it would have no body.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  return document as unknown as Document;
}

export function extractHtml(html: string): HtmlExtraction {
  const document = parse(html);
  const meta = readMeta(document);
  for (const el of document.querySelectorAll(CODE_ELEMENTS)) el.remove();
  // Readability may give up on short or unusual pages: the whole body is then the content.
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const content = article?.content ? parse(`<body>${article.content}</body>`) : null;
  if (content) for (const el of content.querySelectorAll(CODE_ELEMENTS)) el.remove();
  const fromReadability = content?.body ? blocksOf(content.body as unknown as El) : [];
  const fallback = () => {
    const fresh = parse(html);
    for (const el of fresh.querySelectorAll(`${CODE_ELEMENTS}, ${PAGE_FURNITURE}`)) el.remove();
    return fresh.body ? blocksOf(fresh.body as unknown as El) : [];
  };
  const blocks = fromReadability.length > 0 ? fromReadability : fallback();
  return {
    blocks,
    meta: {
      ...meta,
      byline: meta.byline ?? clean(article?.byline),
      siteName: meta.siteName ?? clean(article?.siteName),
      publishedTime: meta.publishedTime ?? clean(article?.publishedTime),
      lang: meta.lang ?? clean(article?.lang),
      dir: meta.dir ?? clean(article?.dir),
    },
  };
}
