import { claimPath } from "../claims/paths";
import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeStaff, publishClaim } from "../../test/factories";
import { createClaim, addQuote } from "../claims/mutations";
import { db } from "../db/client";
import { ANNOTATION_CONTEXT } from "./annotations";
import { annotationsStream, claimsExportStream, CLAIM_COLUMNS } from "./queries";

/**
 * The exports, checked against every "must" of the W3C Web Annotation Data Model that applies to
 * what we publish (the assertions w3c/web-annotation-tests lists in annotationMusts and its
 * definitions), written as our own checks and run offline.
 */
const BASE = "https://claims.example.org";
const IRI = /^https?:\/\/[^\s]+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];
const nonNegativeInteger = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

/** Each failed must, as "<where>: <what>". */
function annotationMusts(a: Record<string, unknown>, where: string): string[] {
  const failed: string[] = [];
  const must = (ok: boolean, what: string) => ok || failed.push(`${where}: ${what}`);
  must(typeof a.id === "string" && IRI.test(a.id), "an Annotation has exactly one id, an IRI");
  must([a.type].flat().includes("Annotation"), "an Annotation's type includes Annotation");
  must(a.motivation === undefined || MOTIVATIONS.includes(a.motivation as string), "motivation is a W3C motivation");
  // annotationMusts.test: 3.1 context, id, type; 3.1/3.2 target; 3.2.5 body or bodyValue, never both;
  // 3.3.1 created, modified, generated; 3.3.6 rights; 3.3.7 canonical and via.
  must(
    a["@context"] === undefined || [a["@context"]].flat().includes(ANNOTATION_CONTEXT),
    "an Annotation's @context, where given, includes the anno.jsonld context",
  );
  must(!(a.body !== undefined && a.bodyValue !== undefined), "an Annotation has body or bodyValue, never both");
  for (const key of ["created", "modified", "generated"]) {
    must(a[key] === undefined || DATE_TIME.test(a[key] as string), `${key} is an xsd:dateTime`);
  }
  must(
    a.rights === undefined || [a.rights].flat().every((r) => typeof r === "string" && IRI.test(r)),
    "rights are IRIs",
  );
  must(a.canonical === undefined || (typeof a.canonical === "string" && IRI.test(a.canonical)), "canonical is one IRI");
  must(a.via === undefined || [a.via].flat().every((v) => typeof v === "string" && IRI.test(v)), "via are IRIs");
  const targets = [a.target].flat().filter(Boolean) as Record<string, unknown>[];
  must(targets.length >= 1, "an Annotation has at least one target");
  for (const t of targets) {
    must(t.type === "SpecificResource", "the target is a SpecificResource");
    must(typeof t.source === "string" && IRI.test(t.source), "a SpecificResource has exactly one source, an IRI");
    for (const s of [t.selector].flat() as Record<string, unknown>[]) {
      if (s.type === "TextQuoteSelector") {
        must(typeof s.exact === "string" && s.exact.length > 0, "a TextQuoteSelector has exactly one exact string");
        must(s.prefix === undefined || typeof s.prefix === "string", "prefix is at most one string");
        must(s.suffix === undefined || typeof s.suffix === "string", "suffix is at most one string");
      } else if (s.type === "TextPositionSelector") {
        must(nonNegativeInteger(s.start) && nonNegativeInteger(s.end), "start and end are non-negative integers");
        must((s.start as number) <= (s.end as number), "start is not after end");
      } else failed.push(`${where}: unknown selector ${String(s.type)}`);
    }
  }
  for (const b of [a.body].flat().filter(Boolean) as Record<string, unknown>[]) {
    must(typeof b.id === "string" && IRI.test(b.id), "an external body has exactly one id, an IRI");
    must(b.format === undefined || /^[a-z]+\/[a-z0-9.+-]+$/.test(b.format as string), "format is a media type");
    must(b.language === undefined || /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(b.language as string), "language is BCP 47");
  }
  return failed;
}

function collectionMusts(c: Record<string, unknown>): string[] {
  const failed: string[] = [];
  const must = (ok: boolean, what: string) => ok || failed.push(`collection: ${what}`);
  must([c["@context"]].flat().includes(ANNOTATION_CONTEXT), "@context includes the anno.jsonld context");
  must(typeof c.id === "string" && IRI.test(c.id), "a collection has exactly one id, an IRI");
  must([c.type].flat().includes("AnnotationCollection"), "its type includes AnnotationCollection");
  must(c.total === undefined || nonNegativeInteger(c.total), "total is a non-negative integer");
  const page = c.first as Record<string, unknown>;
  must(typeof page === "object" && page !== null, "first is the first AnnotationPage");
  must(typeof page.id === "string" && IRI.test(page.id), "a page has exactly one id, an IRI");
  must([page.type].flat().includes("AnnotationPage"), "its type includes AnnotationPage");
  must(Array.isArray(page.items), "a page has items");
  must(page.partOf === undefined || page.partOf === c.id, "partOf names the collection");
  must(page.startIndex === undefined || nonNegativeInteger(page.startIndex), "startIndex is a non-negative integer");
  return failed;
}

let claimId: string;
let articleId: string;
const STATEMENT = 'He said "3,500, maybe 4,000" fighters';

beforeAll(async () => {
  const editor = await makeStaff("EDITOR");
  const reviewer = await makeStaff("REVIEWER");
  const article = await makeArticle(editor, "Intro.\n\nAn active force of 3,500 to 4,000 combatants, he said.\n\nEnd.");
  articleId = article.id;
  const claim = await createClaim(editor, { statement: STATEMENT, newSubjectName: "Exports" });
  claimId = claim.id;
  await addQuote(editor, claim.id, { articleId, exact: "3,500 to 4,000 combatants" });
  await publishClaim(claim.id, editor, reviewer);
});

describe("quotes as W3C Web Annotations", () => {
  it("the checks refuse an annotation that breaks the musts (a control)", () => {
    const broken = {
      "@context": "http://example.org/other",
      id: "not an iri",
      type: "Note",
      body: { id: "https://claims.example.org/claims/x" },
      bodyValue: "both",
      created: "yesterday",
      canonical: ["https://a.example", "https://b.example"],
      target: { type: "SpecificResource", selector: { type: "TextPositionSelector", start: 5, end: 2 } },
    };
    expect(annotationMusts(broken, "broken")).toEqual([
      "broken: an Annotation has exactly one id, an IRI",
      "broken: an Annotation's type includes Annotation",
      "broken: an Annotation's @context, where given, includes the anno.jsonld context",
      "broken: an Annotation has body or bodyValue, never both",
      "broken: created is an xsd:dateTime",
      "broken: canonical is one IRI",
      "broken: a SpecificResource has exactly one source, an IRI",
      "broken: start is not after end",
    ]);
  });

  it("meet every must that applies, for a claim's and an article's collection", async () => {
    for (const [kind, id] of [
      ["claim", claimId],
      ["article", articleId],
    ] as const) {
      const collection = JSON.parse(await new Response(await annotationsStream(kind, id, BASE)).text());
      expect(collectionMusts(collection)).toEqual([]);
      expect(collection.total).toBe(1);
      const items = collection.first.items as Record<string, unknown>[];
      expect(items).toHaveLength(1);
      expect(items.flatMap((a, i) => annotationMusts(a, `item ${i}`))).toEqual([]);
    }
  });

  it("point at the exact text of the article version, with its context", async () => {
    const collection = JSON.parse(await new Response(await annotationsStream("claim", claimId, BASE)).text());
    const [annotation] = collection.first.items;
    const [quote, position] = annotation.target.selector;
    const version = await db().articleVersion.findFirstOrThrow({ where: { articleId } });
    expect(version.body.slice(position.start, position.end)).toBe(quote.exact);
    expect(quote.exact).toBe("3,500 to 4,000 combatants");
    expect(version.body.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
    expect(version.body.slice(position.end).startsWith(quote.suffix)).toBe(true);
    expect(annotation.body).toMatchObject({
      id: `${BASE}${claimPath({ id: claimId, statement: STATEMENT })}`,
      title: STATEMENT,
    });
    expect(annotation.target.source).toBe(`${BASE}/articles/${articleId}`);
  });
});

describe("the claims export", () => {
  it("quotes commas and quotes in CSV, one row per public claim with the header first", async () => {
    const csv = await new Response(claimsExportStream("csv", BASE)).text();
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(CLAIM_COLUMNS.join(","));
    expect(csv).toContain(`"He said ""3,500, maybe 4,000"" fighters"`);
    expect(csv).toContain(`${BASE}/claims/${claimId}`);
  });

  it("writes JSON Lines that parse back to the same claim", async () => {
    const jsonl = await new Response(claimsExportStream("jsonl", BASE)).text();
    const records = jsonl
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.find((r) => r.id === claimId)).toMatchObject({ statement: STATEMENT, status: "UNVERIFIED" });
  });
});
