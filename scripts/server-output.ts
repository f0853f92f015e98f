/**
 * Lines of the app's output (Playwright prefixes them with [WebServer]) that report an exception
 * nobody handled. scripts/e2e.ts fails the run when there is any: bad input may be refused, never
 * crash through.
 */
const UNHANDLED = /uncaughtException|unhandledRejection/;

export function unhandledExceptionLines(text: string): string[] {
  return text.split("\n").filter((line) => line.includes("[WebServer]") && UNHANDLED.test(line));
}
