import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isHttpUrlOrPath, safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps paths on this app, with their query and fragment", () => {
    expect(safeRedirect("/desk/claims/abc")).toBe("/desk/claims/abc");
    expect(safeRedirect("/review?tab=mine#top")).toBe("/review?tab=mine#top");
    expect(safeRedirect("/claims?q=%C3%A9t%C3%A9")).toBe("/claims?q=%C3%A9t%C3%A9");
    expect(safeRedirect(["/admin/users", "/other"])).toBe("/admin/users");
  });

  it.each([
    ["//x", "another host"],
    ["/\\x", "backslash read as a slash"],
    ["/\\\\evil.example", "backslashes"],
    ["/%5Cx", "encoded backslash"],
    ["/%5cx", "encoded backslash, lower case"],
    ["%2F%2Fx", "encoded slashes"],
    ["/%2F/x", "encoded slash"],
    ["/%2f/x", "encoded slash, lower case"],
    ["https://x", "scheme URL"],
    ["javascript:alert(1)", "script URL"],
    ["/\t/x", "tab"],
    ["/\n/x", "newline"],
    ["/\r\n/x", "carriage return"],
    ["/ /x", "space"],
    ["/\u0000x", "NUL"],
    ["/.//evil.example", "dot segment collapsing to //"],
    ["/a/..//evil.example", "parent segment collapsing to //"],
    ["", "empty"],
    ["desk", "relative path"],
  ])("refuses %j (%s)", (value) => {
    expect(safeRedirect(value)).toBe("/desk");
  });

  it("refuses what is not a string", () => {
    expect(safeRedirect(undefined)).toBe("/desk");
    expect(safeRedirect(null, "/")).toBe("/");
    expect(safeRedirect({ href: "/x" })).toBe("/desk");
  });

  it("whatever it is given, answers a single-slash path that stays on this origin", () => {
    const base = "https://claims.example.org";
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webPath(),
          fc.string().map((s) => `/${s}`),
        ),
        (input) => {
          const out = safeRedirect(input);
          expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
          expect(new URL(out, base).origin).toBe(base);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("isHttpUrlOrPath (what next-auth accepts as a callback URL)", () => {
  it("accepts paths and http(s) URLs, refuses the rest", () => {
    for (const ok of ["/desk", "/", "https://claims.example.org/desk", "http://localhost:3000"])
      expect(isHttpUrlOrPath(ok), ok).toBe(true);
    for (const bad of ["O%4?", "desk", "javascript:alert(1)", "", "mailto:x@y.z"])
      expect(isHttpUrlOrPath(bad), bad).toBe(false);
  });
});
