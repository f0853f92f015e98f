import { describe, expect, it } from "vitest";
import {
  actionBodyNeedsCheck,
  BODY_LIMIT_BYTES,
  refuseActionBody,
  refuseRequest,
  SEGMENT_LIMIT_CHARS,
} from "./request-guard";

const site = "http://claims.example.org";
const same = (extra: Record<string, string> = {}) =>
  new Headers({ host: "claims.example.org", origin: site, ...extra });
const check = (method: string, path: string, headers = same()) => refuseRequest(method, new URL(path, site), headers);

describe("refuseRequest", () => {
  it("lets ordinary reads and same-site writes through", () => {
    expect(check("GET", "/articles/abc?q=iraq")).toBeNull();
    expect(check("POST", "/desk", same({ "content-length": "512" }))).toBeNull();
  });

  it("answers 404 for a NUL in the path and 400 for one in the query or a broken escape", () => {
    expect(check("GET", "/articles/%00")?.status).toBe(404);
    expect(check("GET", "/articles/%E0%A4%A")?.status).toBe(404);
    expect(check("GET", "/claims?q=a%00b")?.status).toBe(400);
    expect(check("GET", "/claims?q=%ZZ")?.status).toBe(400);
  });

  it("answers 404 for a path segment longer than any page's, before the page cache stores it", () => {
    expect(check("GET", `/articles/${"x".repeat(SEGMENT_LIMIT_CHARS + 1)}`)?.status).toBe(404);
    const arabicSlug = encodeURIComponent("ب".repeat(80)); // slugify's longest, in Arabic script
    expect(check("GET", `/people/${arabicSlug}`)).toBeNull();
    expect(check("GET", `/claims/cmwtpca0b001fu07d9koqfbsv-${"word-".repeat(20)}`)).toBeNull();
    expect(check("GET", `/claims?q=${"x".repeat(SEGMENT_LIMIT_CHARS * 2)}`)).toBeNull();
  });

  it("answers 403 for a write from another site, with no Origin or with Origin null", () => {
    expect(check("POST", "/desk", same({ origin: "https://evil.example" }))?.status).toBe(403);
    expect(check("POST", "/desk", new Headers({ host: "claims.example.org" }))?.status).toBe(403);
    expect(check("DELETE", "/desk", same({ origin: "null" }))?.status).toBe(403);
  });

  it("answers 413 for a body over the limit and 411 for a streamed one without a length", () => {
    expect(check("POST", "/desk", same({ "content-length": String(BODY_LIMIT_BYTES + 1) }))?.status).toBe(413);
    expect(check("POST", "/desk", same({ "content-length": "not a number" }))?.status).toBe(413);
    expect(check("POST", "/desk", same({ "content-length": String(BODY_LIMIT_BYTES) }))).toBeNull();
    expect(check("POST", "/desk", same({ "transfer-encoding": "chunked" }))?.status).toBe(411);
  });
});

describe("an address too long to echo back", () => {
  it("is refused with 414 before it reaches a redirect", async () => {
    const { refuseRequest: refuse, URL_LIMIT_CHARS } = await import("./request-guard");
    const long = new URL(`http://localhost/desk/import/x?status=${"x".repeat(URL_LIMIT_CHARS)}`);
    expect(refuse("GET", long, new Headers())).toMatchObject({ status: 414, code: "URI_TOO_LONG" });
    expect(refuse("GET", new URL("http://localhost/desk?status=ok"), new Headers())).toBeNull();
  });
});

describe("a server action's JSON arguments", () => {
  const action = (type: string) => new Headers({ "next-action": "abc", "content-type": type });
  it("are checked only on an action call that sends them as text", () => {
    expect(actionBodyNeedsCheck("POST", action("text/plain;charset=UTF-8"))).toBe(true);
    expect(actionBodyNeedsCheck("POST", action("multipart/form-data; boundary=x"))).toBe(false);
    expect(actionBodyNeedsCheck("GET", action("text/plain"))).toBe(false);
    expect(actionBodyNeedsCheck("POST", new Headers({ "content-type": "text/plain" }))).toBe(false);
  });
  it("are refused with a 400 when they are not JSON, and pass when they are", () => {
    expect(refuseActionBody("\u0000garbage[[{")).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(refuseActionBody('[{"claimId":"x"},"$K1"]')).toBeNull();
  });
});
