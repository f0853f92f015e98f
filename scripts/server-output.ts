/**
 * Lines of the app's output (Playwright prefixes them with [WebServer]) that report an exception
 * nobody handled, or a page Next could not store in its cache (Next logs that and carries on, so
 * the page silently stops being cached). scripts/e2e.ts fails the run when there is any: bad input
 * may be refused, never crash through.
 */
const UNHANDLED = /uncaughtException|unhandledRejection|Failed to update prerender cache/;

export function unhandledExceptionLines(text: string): string[] {
  return text.split("\n").filter((line) => line.includes("[WebServer]") && UNHANDLED.test(line));
}
