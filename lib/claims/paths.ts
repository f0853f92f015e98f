/**
 * The one place public URLs are made: claim, subject, person, outlet and article pages. Pure (no
 * `server-only`): proxy.ts, pages, feeds and the API all use it.
 *
 * A claim's URL carries a readable slug of its statement, `/claims/<id>-<slug>`. Only the id
 * identifies the claim (ids are cuids: letters and digits, never a hyphen); proxy.ts answers any
 * other spelling (a bare id, an old or wrong slug) with a 308 to this one. The slug keeps ASCII
 * letters and digits only, so the path needs no percent-encoding (a statement in Arabic script
 * gets the bare `/claims/<id>`).
 */
const SLUG_LENGTH = 60;

export function claimSlug(statement: string): string {
  const words = statement
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, SLUG_LENGTH) ?? "");
}

export function claimPath(claim: { id: string; statement: string }): string {
  const slug = claimSlug(claim.statement);
  return slug ? `/claims/${claim.id}-${slug}` : `/claims/${claim.id}`;
}

/** The claim id in a `/claims/<segment>` URL segment (`<id>` or `<id>-<anything>`). */
export function claimIdOf(segment: string): string {
  const dash = segment.indexOf("-");
  return dash === -1 ? segment : segment.slice(0, dash);
}

/** The segment `claimPath` gives this claim, to compare a requested URL with. */
export function canonicalClaimSegment(claim: { id: string; statement: string }): string {
  return claimPath(claim).slice("/claims/".length);
}

export const subjectPath = (subject: { slug: string }) => `/subjects/${encodeURIComponent(subject.slug)}`;
export const personPath = (person: { slug: string }) => `/people/${encodeURIComponent(person.slug)}`;
export const outletPath = (outlet: { slug: string }) => `/outlets/${encodeURIComponent(outlet.slug)}`;
export const articlePath = (article: { id: string }) => `/articles/${article.id}`;

/**
 * A claim link under a path prefix: the public prefix "/claims/" gets the slugged URL above, a
 * staff prefix ("/desk/claims/") the bare id.
 */
export function claimHref(prefix: string, claim: { id: string; statement: string }): string {
  return prefix === "/claims/" ? claimPath(claim) : `${prefix}${claim.id}`;
}
