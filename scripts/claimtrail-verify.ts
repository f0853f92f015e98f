#!/usr/bin/env -S node --import tsx
/**
 * `npx claimtrail-verify <history.json URL or file>`: checks a claim's public history on its own,
 * the same check as the claim page's "Verify this history" button (lib/history/reader-verify.ts).
 * Exits 0 when verified, 1 when not, 2 on bad usage.
 */
import { readFile } from "node:fs/promises";
import { verifyPublicHistory, type PublicHistoryDocument } from "../lib/history/reader-verify";

const source = process.argv[2];
if (!source) {
  console.error("Usage: npx claimtrail-verify <https://…/claims/<id>/history.json or a saved file>");
  process.exit(2);
}
let url = source;
// A claim page's address works too.
if (/^https?:\/\/.+\/claims\/[^/]+\/?$/.test(url)) url = `${url.replace(/\/$/, "")}/history.json`;
const text = /^https?:\/\//.test(url) ? await (await fetch(url)).text() : await readFile(url, "utf8");
const result = await verifyPublicHistory(JSON.parse(text) as PublicHistoryDocument);
for (const line of result.lines) console.log(line);
process.exit(result.ok ? 0 : 1);
