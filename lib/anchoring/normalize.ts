/**
 * Text as a reader pastes it from the outlet's page differs from the stored body in ways that do
 * not change the words: curly or straight quotation marks, a hyphen for a dash, two spaces or a
 * line break for one. "Select by text" compares both sides after folding these, then maps the
 * match back to offsets in the original body, so what is stored is always the body's own text.
 */
const FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "`": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00AD": "",
};

export type Folded = {
  text: string;
  /** For each code unit of `text`, the offset in the original it came from; one extra entry for the end. */
  map: number[];
};

/** Folds quotes and dashes, drops soft hyphens, and turns each run of whitespace into one space. */
export function foldText(original: string): Folded {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (/\s/.test(ch)) {
      if (text.endsWith(" ")) continue;
      text += " ";
      map.push(i);
      continue;
    }
    const folded = FOLD[ch] ?? ch;
    for (const unit of folded) {
      text += unit;
      map.push(i);
    }
  }
  map.push(original.length);
  return { text, map };
}

/** A pasted passage, folded and without the whitespace around it. */
export function foldQuery(query: string): string {
  return foldText(query).text.trim();
}

/**
 * Every place in `body` where `query` occurs once both are folded, as [start, end) offsets of the
 * body. A match starts and ends on the body's own characters (never inside a folded space run).
 */
export function findFolded(body: string, query: string): { start: number; end: number }[] {
  const needle = foldQuery(query);
  if (!needle) return [];
  const { text, map } = foldText(body);
  const found: { start: number; end: number }[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    // The last folded unit's source character, plus one: its end in the original.
    found.push({ start: map[i], end: map[i + needle.length - 1] + 1 });
  }
  return found;
}
