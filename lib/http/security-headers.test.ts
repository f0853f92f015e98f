import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d]));

describe("the Content-Security-Policy", () => {
  it("in production: no eval, explicit styles, no framing, plugins, base or foreign form targets", () => {
    const csp = directives(contentSecurityPolicy({ development: false, https: true }));
    expect(csp["script-src"]).toBe("script-src 'self' 'unsafe-inline'");
    expect(csp["style-src"]).toBe("style-src 'self' 'unsafe-inline'");
    expect(csp["connect-src"]).toBe("connect-src 'self'");
    expect(csp["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(csp["object-src"]).toBe("object-src 'none'");
    expect(csp["base-uri"]).toBe("base-uri 'self'");
    expect(csp["form-action"]).toBe("form-action 'self'");
    expect(JSON.stringify(csp)).not.toContain("unsafe-eval");
    expect(csp["upgrade-insecure-requests"]).toBeDefined();
  });

  it("in development allows eval and the hot-reload socket", () => {
    const csp = directives(contentSecurityPolicy({ development: true, https: false }));
    expect(csp["script-src"]).toContain("'unsafe-eval'");
    expect(csp["connect-src"]).toContain("ws:");
  });
});

describe("securityHeaders", () => {
  it("adds HSTS only over https, Permissions-Policy always", () => {
    const names = (https: boolean) => securityHeaders({ development: false, https }).map(([name]) => name);
    expect(names(true)).toEqual(["Content-Security-Policy", "Permissions-Policy", "Strict-Transport-Security"]);
    expect(names(false)).toEqual(["Content-Security-Policy", "Permissions-Policy"]);
  });
});
