import { createHash } from "node:crypto";
import { AppError } from "../../errors";
import { splitParagraphs } from "../clean";
import { extractHtml, type HtmlMeta } from "./html";
import { extractMarkdown } from "./markdown";

/**
 * What an uploaded or pasted file becomes before anyone confirms it: the raw text exactly as
 * received (always kept), its format, and the article's text as paragraphs ("blocks") that the
 * editor trims. Refusals are VALIDATION errors with a message the upload list shows as is.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const IMPORT_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

export type ImportFormat = "TEXT" | "MARKDOWN" | "HTML";

export type Extraction = {
  format: ImportFormat;
  rawText: string;
  blocks: string[];
  /** Title from markdown's first heading or the HTML metadata. */
  meta: Partial<HtmlMeta>;
};

export function formatOf(fileName: string | null, text: string): ImportFormat {
  const name = (fileName ?? "").toLowerCase();
  if (name.endsWith(".html") || name.endsWith(".htm")) return "HTML";
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "MARKDOWN";
  if (name.endsWith(".txt")) return "TEXT";
  // Pasted text: HTML only when it plainly is a page or a fragment of markup.
  return /^\s*(<!doctype html|<html[\s>]|<(article|body|div|p|main|section)[\s>])/i.test(text) ? "HTML" : "TEXT";
}

const refuse = (message: string) => new AppError("VALIDATION", message);

/** Decodes a file's bytes as UTF-8, refusing what is too large or not text at all. */
export function decodeImportBytes(bytes: Uint8Array, fileName: string | null): string {
  const name = fileName ? `“${fileName}”` : "The text";
  if (fileName && !IMPORT_EXTENSIONS.some((ext) => fileName.toLowerCase().endsWith(ext))) {
    throw refuse(`${name} is not a .txt, .md or .html file.`);
  }
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    throw refuse(`${name} is too large (${mb} MB); the limit is 2 MB.`);
  }
  if (bytes.includes(0)) throw refuse(`${name} looks like a binary file, not text.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse(`${name} is not UTF-8 text (it may be a binary file or use another encoding).`);
  }
  // Control characters other than tab, line feed, carriage return and form feed mean binary data.
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) throw refuse(`${name} looks like a binary file, not text.`);
  return text;
}

export function extractImport(rawText: string, fileName: string | null): Extraction {
  const format = formatOf(fileName, rawText);
  const name = fileName ? `“${fileName}”` : "The text";
  if (!rawText.trim()) throw refuse(`${name} is empty.`);
  let blocks: string[];
  let meta: Partial<HtmlMeta> = {};
  if (format === "HTML") {
    ({ blocks, meta } = extractHtml(rawText));
  } else if (format === "MARKDOWN") {
    const md = extractMarkdown(rawText);
    blocks = md.blocks;
    meta = { title: md.title };
  } else {
    blocks = splitParagraphs(rawText);
  }
  blocks = blocks.map((b) => b.normalize("NFC")).filter((b) => b.length > 0);
  if (blocks.length === 0) throw refuse(`${name} has no article text in it.`);
  return { format, rawText, blocks, meta };
}

/**
 * The text compared to find a duplicate: Unicode-normalized, typographic quotes and dashes made
 * plain, case and every run of whitespace folded, so a CRLF copy, a re-encoded copy or a copy
 * pasted from the web page of the same article hash alike.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function normalizedHash(text: string): string {
  return createHash("sha256").update(normalizeForHash(text), "utf8").digest("hex");
}

/** The text of blocks as an article body: one blank line between paragraphs. */
export const joinBlocks = (blocks: string[]) => blocks.join("\n\n");
