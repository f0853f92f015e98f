import type { Trim } from "./trim";

/**
 * A first guess at the trim, for the editor to correct: the article starts after its headline
 * and any photo caption under it, ends before the first block that closes a page ("Related
 * Articles", "Editor Picks", an author bio, a topic-alert box) and, inside, photo captions are
 * removed. A teaser for another story that looks like a headline is left for the editor.
 */
const PAGE_END = [
  /^Related (Articles|Stories|Content)$/i,
  /^Back to top( button)?$/i,
  /^Editor(’s|'s)? Picks$/i,
  /^Click the alert icon to follow topics/i,
  /^(Read|See) (also|more)\b/i,
  /^More (from|on|in) /i,
  /^(Comments?|Share this( article)?|Advertisement|Most (Read|Popular))$/i,
  /^Sign up for (our|the) newsletter/i,
];
const NAME = "(?:[A-Z][\\p{L}'’.-]*\\s){1,3}[A-Z][\\p{L}'’-]+";
const AUTHOR_BIO = new RegExp(
  `^${NAME} is (?:a|an|the|The)\\b.{0,200}\\b(editor|fellow|correspondent|journalist|reporter|analyst|columnist|writer)\\b`,
  "u",
);
const CAPTION = [
  /\bCredit:/,
  /^FILE\s*[-–—]/,
  /\((Getty Images|AFP|Reuters|AP|EPA|Photo[^)]*)\)$/,
  /^(Photo|Image|Picture):/i,
  /^A photo of /,
  /Send in e-mail/,
];

export const isCaption = (block: string) => CAPTION.some((re) => re.test(block));
const endsPage = (block: string) => PAGE_END.some((re) => re.test(block)) || AUTHOR_BIO.test(block);
const words = (block: string) => block.split(/\s+/).filter(Boolean).length;

export function suggestTrim(blocks: readonly string[], headline: string | null): Trim {
  const last = blocks.length - 1;
  const head = headline ? blocks.slice(0, 8).lastIndexOf(headline) : -1;
  let start = head + 1;
  if (head < 0) {
    // No headline seen: the first paragraph of prose (a sentence or more), if any.
    const prose = blocks.findIndex((b) => words(b) >= 12 && !isCaption(b));
    start = prose < 0 ? 0 : prose;
  }
  while (start < last && (isCaption(blocks[start]) || blocks[start] === headline)) start++;
  if (start > last) start = 0;
  let end = blocks.findIndex((b, i) => i > start && endsPage(b));
  end = end < 0 ? last : end - 1;
  while (end > start && isCaption(blocks[end])) end--;
  const remove: number[] = [];
  for (let i = start + 1; i < end; i++) if (isCaption(blocks[i])) remove.push(i);
  return { start, end, remove };
}
