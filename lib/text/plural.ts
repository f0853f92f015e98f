const rules = new Intl.PluralRules("en");
const numbers = new Intl.NumberFormat("en");

/**
 * A count with its noun (or noun and verb) in agreement: `counted(1, "article matches",
 * "articles match")` is "1 article matches", 2 gives "2 articles match". Without a plural form
 * an "s" goes on the end, which suits a plain noun only: give both forms for any phrase.
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(count)} ${rules.select(count) === "one" ? singular : plural}`;
}
