import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

let tokens: string | undefined;

/**
 * The design tokens (app/styles/tokens.css) as text, for the few answers that are whole HTML
 * documents outside the React tree (the 410 notice of a withdrawn claim), so they use the same
 * colours, type and spacing in both schemes. Read once per process.
 */
export function designTokensCss(): string {
  tokens ??= readFileSync(path.join(process.cwd(), "app", "styles", "tokens.css"), "utf8");
  return tokens;
}
