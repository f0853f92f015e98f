import "server-only";
import { claimPath } from "../claims/paths";
import { PUBLIC_CLAIM, PUBLIC_QUOTE } from "../claims/queries";
import { formatQuantity } from "../claims/format";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { notFound } from "../errors";
import { isoAtPrecision } from "../dates/precision";
import { collectionHead, COLLECTION_TAIL, quoteAnnotation, type QuoteRow } from "./annotations";
import { csvRow } from "./csv";

/**
 * Exports, streamed in batches so memory stays flat whatever the size: quotes as Web Annotations,
 * all public claims as CSV and JSON Lines. Generated per request, never cached.
 */
const BATCH = 500;
const encoder = new TextEncoder();

function stream(produce: (write: (text: string) => void) => Promise<void>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async start(controller) {
      try {
        await produce((text) => controller.enqueue(encoder.encode(text)));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

const quoteSelect = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  createdAt: true,
  claim: { select: { id: true, statement: true } },
  articleVersion: { select: { article: { select: { id: true, language: true } } } },
} satisfies Prisma.QuoteSelect;

async function* quoteBatches(where: Prisma.QuoteWhereInput): AsyncGenerator<QuoteRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().quote.findMany({
      where,
      select: quoteSelect,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map(({ articleVersion, ...q }) => ({ ...q, article: articleVersion.article }));
    cursor = rows[rows.length - 1].id;
  }
}

/** Public quotes of a public claim, or of a public article's public claims, as an AnnotationCollection. */
export async function annotationsStream(kind: "claim" | "article", id: string, baseUrl: string) {
  const where: Prisma.QuoteWhereInput =
    kind === "claim"
      ? { ...PUBLIC_QUOTE, claimId: id, claim: PUBLIC_CLAIM }
      : { ...PUBLIC_QUOTE, claim: PUBLIC_CLAIM, articleVersion: { articleId: id } };
  const total = await db().quote.count({ where });
  const exists = kind === "claim" ? await db().claim.count({ where: { id, ...PUBLIC_CLAIM } }) : total > 0 ? 1 : 0;
  if (!exists) throw notFound(kind === "claim" ? "That claim" : "That article");
  const collection = `${baseUrl}/api/v1/${kind === "claim" ? "claims" : "articles"}/${id}/annotations`;
  const label = kind === "claim" ? "Where this claim is quoted" : "The claims quoted in this article";
  return stream(async (write) => {
    write(collectionHead(collection, label, total));
    let first = true;
    for await (const batch of quoteBatches(where)) {
      for (const quote of batch) {
        write(`${first ? "" : ","}${JSON.stringify(quoteAnnotation(quote, baseUrl))}`);
        first = false;
      }
    }
    write(COLLECTION_TAIL);
  });
}

const claimSelect = {
  id: true,
  statement: true,
  status: true,
  statedOn: true,
  statedPrecision: true,
  publishedAt: true,
  correctedAt: true,
  subject: { select: { name: true } },
  speaker: { select: { name: true } },
  quantity: { select: { value: true, low: true, high: true, unit: true, approximate: true } },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

async function* claimBatches(): AsyncGenerator<ClaimRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().claim.findMany({
      where: PUBLIC_CLAIM,
      select: claimSelect,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) return;
    yield rows;
    cursor = rows[rows.length - 1].id;
  }
}

function claimRecord(c: ClaimRow, baseUrl: string) {
  return {
    id: c.id,
    url: `${baseUrl}${claimPath(c)}`,
    statement: c.statement,
    status: c.status,
    subject: c.subject.name,
    speaker: c.speaker?.name ?? null,
    stated: c.statedOn && c.statedPrecision ? isoAtPrecision({ on: c.statedOn, precision: c.statedPrecision }) : null,
    figure: c.quantity ? formatQuantity(c.quantity) : null,
    value: c.quantity?.value ?? null,
    low: c.quantity?.low ?? null,
    high: c.quantity?.high ?? null,
    unit: c.quantity?.unit ?? null,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    correctedAt: c.correctedAt?.toISOString() ?? null,
  };
}

export const CLAIM_COLUMNS = [
  "id",
  "url",
  "statement",
  "status",
  "subject",
  "speaker",
  "stated",
  "figure",
  "value",
  "low",
  "high",
  "unit",
  "publishedAt",
  "correctedAt",
] as const;

export function claimsExportStream(format: "csv" | "jsonl", baseUrl: string) {
  return stream(async (write) => {
    if (format === "csv") write(csvRow([...CLAIM_COLUMNS]));
    for await (const batch of claimBatches()) {
      for (const claim of batch) {
        const record = claimRecord(claim, baseUrl);
        write(format === "csv" ? csvRow(CLAIM_COLUMNS.map((k) => record[k])) : `${JSON.stringify(record)}\n`);
      }
    }
  });
}
