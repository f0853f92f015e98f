import { describe, expect, it } from "vitest";
import { unhandledExceptionLines } from "./server-output";

describe("unhandledExceptionLines", () => {
  it("finds the server's uncaught exceptions, unhandled rejections and failed cache writes, nothing else", () => {
    const output = [
      "  ✓  1 [chromium] › e2e/auth.spec.ts › signs in",
      "[WebServer] ⨯ uncaughtException:  Error: aborted",
      '[WebServer] {"level":50,"msg":"server action failed"}',
      "[WebServer] ⨯ unhandledRejection: Error: boom",
      "a test named uncaughtException, not from the server",
      "[WebServer] Failed to update prerender cache for /articles/xxx Error: ENAMETOOLONG: name too long",
    ].join("\n");
    expect(unhandledExceptionLines(output)).toEqual([
      "[WebServer] ⨯ uncaughtException:  Error: aborted",
      "[WebServer] ⨯ unhandledRejection: Error: boom",
      "[WebServer] Failed to update prerender cache for /articles/xxx Error: ENAMETOOLONG: name too long",
    ]);
  });
});
