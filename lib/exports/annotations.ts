/**
 * Quotes as W3C Web Annotations (Web Annotation Data Model, W3C Recommendation 2017): each quote
 * is an Annotation whose target is a SpecificResource on the article with a TextQuoteSelector and
 * a TextPositionSelector, and whose body is the claim. A claim's or an article's quotes form an
 * AnnotationCollection whose first page holds the items. Pure; the routes stream its pieces.
 */
import { articlePath, claimPath } from "../claims/paths";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export type QuoteRow = {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  createdAt: Date;
  claim: { id: string; statement: string };
  article: { id: string; language: string };
};

export function quoteAnnotation(q: QuoteRow, baseUrl: string) {
  return {
    // The quote's anchor on the public article page: an IRI that resolves to the highlighted words.
    id: `${baseUrl}${articlePath(q.article)}#q-${q.id}`,
    type: "Annotation",
    motivation: "describing",
    created: q.createdAt.toISOString(),
    body: {
      id: `${baseUrl}${claimPath(q.claim)}`,
      type: "Text",
      format: "text/html",
      language: q.article.language,
      title: q.claim.statement,
    },
    target: {
      type: "SpecificResource",
      source: `${baseUrl}${articlePath(q.article)}`,
      selector: [
        { type: "TextQuoteSelector", exact: q.exact, prefix: q.prefix, suffix: q.suffix },
        { type: "TextPositionSelector", start: q.start, end: q.end },
      ],
    },
  };
}

/** The collection's opening, up to the first page's items array; the items and the close follow. */
export function collectionHead(collectionId: string, label: string, total: number): string {
  const head = {
    "@context": ANNOTATION_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label,
    total,
  };
  const page = { id: `${collectionId}?page=0`, type: "AnnotationPage", partOf: collectionId, startIndex: 0 };
  const open = JSON.stringify(head).slice(0, -1);
  const pageOpen = JSON.stringify(page).slice(0, -1);
  return `${open},"first":${pageOpen},"items":[`;
}

export const COLLECTION_TAIL = "]}}";
