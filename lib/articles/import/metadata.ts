import { splitParagraphs } from "../clean";
import { findDateMentions } from "./dates-in-text";
import type { Extraction } from "./extract";
import { KNOWN_OUTLETS } from "./known-outlets";
import { guessLanguage } from "./language";
import type { DatePrecision } from "../../enums";

/**
 * Suggested metadata for an import, for the editor to confirm. Every value says where it came
 * from; anything not printed as such on the page (an outlet recognized from a sign-off, an author
 * from a bio, a guessed language) is marked inferred, and no date is made up: a date is suggested
 * only when the page prints one as its dateline or declares one in its metadata. Other dates seen
 * in the text are listed for the editor to judge.
 */
export type Suggestion<T> = { value: T; inferred: boolean; source: string };

export type MetadataSuggestions = {
  headline: Suggestion<string> | null;
  authors: Suggestion<string[]> | null;
  outlet: Suggestion<string> | null;
  published: Suggestion<{ on: string; precision: DatePrecision }> | null;
  url: string | null;
  language: Suggestion<{ language: string; direction: "LTR" | "RTL" }>;
  /** Dates the text mentions, as printed ("Sunday, July 7", "July 12, 2017"). */
  dateMentions: string[];
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const HEAD_BLOCKS = 8;

function headlineFrom(blocks: string[]): Suggestion<string> | null {
  const mastheads = KNOWN_OUTLETS.filter((o) => o.masthead);
  for (const block of blocks.slice(0, HEAD_BLOCKS)) {
    if (block.includes("\n") || mastheads.some((o) => o.pattern.test(block))) continue;
    const n = words(block);
    if (n < 3 || n > 30 || /[.:|,;]$/.test(block)) continue;
    return { value: block, inferred: false, source: "the first heading-like line of the text" };
  }
  return null;
}

const NAME = "((?:[A-Z][\\p{L}'’.-]*\\s){1,3}[A-Z][\\p{L}'’-]+)";

function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter((n) => n.length > 1);
}

function authorsFrom(blocks: string[]): Suggestion<string[]> | null {
  const lines = blocks.slice(0, HEAD_BLOCKS).flatMap((b) => b.split("\n"));
  for (const line of lines) {
    const by = /^By\s+(.{3,120})$/i.exec(line.trim());
    if (by) return { value: splitNames(by[1]), inferred: false, source: `the byline “${line.trim()}”` };
  }
  for (const line of lines) {
    const photo = new RegExp(`^A photo of (?:Dr\\.|Prof\\.|Mr\\.|Ms\\.|Mrs\\.)?\\s*${NAME}\\.?$`, "u").exec(
      line.trim(),
    );
    if (photo) return { value: [photo[1]], inferred: true, source: `the author photo “${line.trim()}”` };
  }
  for (const block of blocks.slice(-6)) {
    const bio = new RegExp(`^${NAME} is (?:a|an|the|The)\\b`, "u").exec(block);
    if (bio) return { value: [bio[1]], inferred: true, source: "the author bio at the end" };
  }
  return null;
}

function outletFrom(text: string): Suggestion<string> | null {
  const known = KNOWN_OUTLETS.find((o) => o.pattern.test(text));
  return known ? { value: known.name, inferred: known.inferred, source: known.why } : null;
}

/** A dateline: a line near the top that is a full date and little else ("Sunday, 22 March, 2020 - 09:00"). */
function datelineFrom(blocks: string[]): MetadataSuggestions["published"] {
  for (const line of blocks.slice(0, HEAD_BLOCKS).flatMap((b) => b.split("\n"))) {
    const mention = findDateMentions(line).find((m) => m.precision === "DAY");
    if (mention && line.trim().length <= mention.text.length + 16) {
      return {
        value: { on: mention.iso!, precision: "DAY" },
        inferred: false,
        source: `printed on the page: “${line.trim()}”`,
      };
    }
  }
  return null;
}

function declaredDate(value: string | null | undefined): MetadataSuggestions["published"] {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m
    ? { value: { on: m[0], precision: "DAY" }, inferred: false, source: "the page's publication-time metadata" }
    : null;
}

export function suggestMetadata(extraction: Extraction): MetadataSuggestions {
  const { blocks, meta, format, rawText } = extraction;
  const text = blocks.join("\n\n");
  // Outlet patterns are searched in the whole capture: furniture is often what names the outlet.
  const everything = format === "TEXT" ? text : `${text}\n\n${splitParagraphs(rawText).join("\n\n")}`;
  const guessed = guessLanguage(text);
  const declaredLang = meta.lang?.split("-")[0]?.toLowerCase();
  const headline = meta.title
    ? { value: meta.title, inferred: false, source: format === "HTML" ? "the page's title" : "the first heading" }
    : headlineFrom(blocks);
  return {
    headline,
    authors: meta.byline
      ? { value: splitNames(meta.byline.replace(/^By\s+/i, "")), inferred: false, source: "the page's author metadata" }
      : authorsFrom(blocks),
    outlet: meta.siteName
      ? { value: meta.siteName, inferred: false, source: "the page's site-name metadata" }
      : outletFrom(everything),
    published: declaredDate(meta.publishedTime) ?? datelineFrom(blocks),
    url: meta.url && /^https?:\/\//.test(meta.url) ? meta.url : null,
    language: declaredLang
      ? {
          value: {
            language: declaredLang,
            direction: meta.dir?.toLowerCase() === "rtl" ? "RTL" : meta.dir ? "LTR" : guessed.direction,
          },
          inferred: false,
          source: "the page's declared language",
        }
      : { value: guessed, inferred: true, source: "guessed from the text" },
    dateMentions: [...new Set(findDateMentions(text).map((m) => m.text))].slice(0, 12),
  };
}
