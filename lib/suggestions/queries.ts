import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { isoAtPrecision } from "../dates/precision";
import { db } from "../db/client";
import { notFound } from "../errors";
import { acceptHref } from "./prefill";
import { type ClaimSuggestion, suggestClaims } from "./suggest";

export type ArticleSuggestion = ClaimSuggestion & { acceptHref: string };

const fold = (name: string) => name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** The one existing person a name names: the full name, or a surname ("al-Hashemi") that only one person has. */
function matchPerson(people: { id: string; name: string }[], name: string): string | null {
  const wanted = fold(name);
  const exact = people.filter((p) => fold(p.name) === wanted);
  if (exact.length === 1) return exact[0]!.id;
  const bySurname = people.filter((p) => fold(p.name).endsWith(` ${wanted}`));
  return bySurname.length === 1 ? bySurname[0]!.id : null;
}

/**
 * The claim suggestions for an article's latest version (staff only): its sentences with a figure
 * or a named speaker, less those an editor dismissed and those a quote already covers.
 */
export async function getArticleSuggestions(actor: Actor, articleId: string) {
  assertCan(actor, "read:internal");
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      headline: true,
      language: true,
      direction: true,
      publishedOn: true,
      publishedPrecision: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, number: true, body: true, quotes: { select: { start: true, end: true } } },
      },
      suggestionDismissals: { select: { key: true } },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw notFound("That article");
  const dismissed = new Set(article.suggestionDismissals.map((d) => d.key));
  const all = suggestClaims(version.body);
  const quoted = (s: ClaimSuggestion) => version.quotes.some((q) => q.start < s.end && s.start < q.end);
  const open = all.filter((s) => !dismissed.has(s.key) && !quoted(s));
  const people = await db().person.findMany({ select: { id: true, name: true } });
  const articleDate =
    article.publishedOn && article.publishedPrecision
      ? isoAtPrecision({ on: article.publishedOn, precision: article.publishedPrecision })
      : null;
  const suggestions: ArticleSuggestion[] = open.map((s) => ({
    ...s,
    acceptHref: acceptHref(s, {
      versionId: version.id,
      articleDate,
      speakerId: s.attribution?.speaker ? matchPerson(people, s.attribution.speaker.name) : null,
    }),
  }));
  return {
    article: { id: article.id, headline: article.headline, language: article.language, direction: article.direction },
    version: { id: version.id, number: version.number },
    suggestions,
    dismissedCount: all.filter((s) => dismissed.has(s.key)).length,
    quotedCount: all.filter((s) => !dismissed.has(s.key) && quoted(s)).length,
  };
}

export type ArticleSuggestions = Awaited<ReturnType<typeof getArticleSuggestions>>;

/** How many suggestions an article has open, for a link from the article page. */
export async function countArticleSuggestions(actor: Actor, articleId: string): Promise<number> {
  return (await getArticleSuggestions(actor, articleId)).suggestions.length;
}
