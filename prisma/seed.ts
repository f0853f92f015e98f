import "server-only";
import { readFile } from "node:fs/promises";
import type { Actor } from "../lib/auth/actor";
import { importArticle } from "../lib/articles/mutations";
import { ensureOutlet, ensurePerson, ensureSubject } from "../lib/catalog/mutations";
import { addEvidence, linkClaims, createClaim, addQuote } from "../lib/claims/mutations";
import { db } from "../lib/db/client";
import { parsePreciseDate } from "../lib/dates/precision";
import { decideProposal, propose } from "../lib/reviews/mutations";
import { createUser } from "../lib/users/mutations";
import { sampleData } from "./sample-data/manifest";
import type { SampleDate, SampleQuantity } from "./sample-data/types";

/**
 * The sample newsroom: five articles, their claims, and demo staff. Written through the same
 * domain functions the app uses, so every claim reached the public, and its status, through a
 * recorded proposal (the editor's) approved by someone else (the reviewer).
 */
export const DEMO_PASSWORD = "claimtrail-demo-2026";
export const DEMO_USERS = [
  { email: "editor@claimtrail.test", name: "Dana Editor", role: "EDITOR" },
  { email: "reviewer@claimtrail.test", name: "Rami Reviewer", role: "REVIEWER" },
  { email: "admin@claimtrail.test", name: "Alex Admin", role: "ADMIN" },
] as const;

function preciseDate(date: SampleDate | undefined) {
  if (!date) return null;
  const parsed = parsePreciseDate(date.on, date.inferred);
  if (!parsed) throw new Error(`Bad sample date ${date.on}`);
  return { ...parsed, precision: date.precision };
}

function asInput(date: SampleDate | undefined) {
  if (!date) return null;
  const iso =
    date.precision === "YEAR" ? date.on.slice(0, 4) : date.precision === "MONTH" ? date.on.slice(0, 7) : date.on;
  return { text: iso, inferred: date.inferred };
}

function quantityInput({ measure, asOf, ...quantity }: SampleQuantity) {
  return { ...quantity, newMeasureName: measure, asOf: asInput(asOf) };
}

/** True once the sample data is in: the seed never runs twice on one database. */
export async function isSeeded(): Promise<boolean> {
  return (await db().user.count()) > 0;
}

export async function seedSampleData(log: (line: string) => void = () => {}): Promise<void> {
  if (await isSeeded()) {
    log("The database already has users; sample data not loaded again.");
    return;
  }
  const staff = new Map<string, Actor>();
  for (const user of DEMO_USERS) {
    const created = await createUser("system", { ...user, password: DEMO_PASSWORD });
    staff.set(user.role, { id: created.id, role: created.role, name: created.name });
  }
  const editor = staff.get("EDITOR")!;
  const reviewer = staff.get("REVIEWER")!;

  const outlets = new Map<string, string>();
  for (const outlet of sampleData.outlets) outlets.set(outlet.slug, (await ensureOutlet(editor, outlet)).id);
  const people = new Map<string, string>();
  for (const person of sampleData.people) people.set(person.slug, (await ensurePerson(editor, person)).id);
  const subjects = new Map<string, string>();
  for (const subject of sampleData.subjects) subjects.set(subject.slug, (await ensureSubject(editor, subject)).id);

  const articles = new Map<string, string>();
  for (const article of sampleData.articles) {
    const rawText = await readFile(new URL(`./sample-data/articles/${article.file}`, import.meta.url), "utf8");
    const created = await importArticle(editor, {
      headline: article.headline,
      outletId: article.outlet ? outlets.get(article.outlet)! : null,
      outletInferred: article.outletInferred,
      authors: article.authors,
      published: { ...preciseDate(article.published)!, note: article.published.note },
      rawText,
      cleaning: article.cleaning,
    });
    articles.set(article.key, created.id);
  }

  const claims = new Map<string, string>();
  for (const sample of sampleData.claims) {
    const claim = await createClaim(editor, {
      statement: sample.statement,
      subjectId: subjects.get(sample.subject)!,
      speakerId: sample.speaker ? people.get(sample.speaker)! : null,
      stated: asInput(sample.stated),
      quantity: sample.quantity ? quantityInput(sample.quantity) : null,
    });
    claims.set(sample.key, claim.id);
    for (const quote of sample.quotes) {
      await addQuote(editor, claim.id, { ...quote, articleId: articles.get(quote.article)! });
    }
  }

  for (const link of sampleData.links) {
    await linkClaims(editor, {
      fromClaimId: claims.get(link.from)!,
      toClaimId: claims.get(link.to)!,
      type: link.type,
      note: link.note,
    });
  }

  for (const sample of sampleData.claims) {
    const claimId = claims.get(sample.key)!;
    const evidenceIds: string[] = [];
    for (const item of sample.evidence ?? []) {
      const evidence =
        item.kind === "EXTERNAL_URL"
          ? await addEvidence(editor, claimId, {
              kind: "EXTERNAL_URL",
              url: item.url!,
              title: item.title,
              note: item.note,
            })
          : await addEvidence(editor, claimId, { kind: "NOTE", note: item.note });
      evidenceIds.push(evidence.id);
    }
    const reviewed = sample.status !== "UNVERIFIED";
    const review = await propose(editor, {
      claimId,
      kind: "PUBLISH",
      to: reviewed ? sample.status : null,
      rationale: sample.rationale ?? "Single-source claim: the quotes match their articles word for word.",
      evidenceIds,
    });
    await decideProposal(reviewer, {
      reviewId: review.id,
      decision: "APPROVED",
      comment: sample.reviewComment,
      publicSummary: reviewed
        ? sample.reviewComment!
        : "Published as unverified: one source, quoted word for word; not yet confirmed independently.",
    });
  }
  log(`Loaded ${sampleData.articles.length} articles and ${sampleData.claims.length} claims.`);
}
