/**
 * Every page type loads with no Content-Security-Policy violation (docs/decisions/0008). The pages
 * are read from the build (e2e/build-manifest.ts), so a new page is covered without changes here.
 */
import type { Page } from "@playwright/test";
import { PAGES, fillRoute } from "./build-manifest";
import { DEMO_PASSWORD, DEMO_STAFF, expect, signInByRequest, test } from "./fixtures";

const PUBLIC_PREFIXES = ["/articles", "/claims", "/signin", "/set-password"];
const isPublic = (route: string) => route === "/" || PUBLIC_PREFIXES.some((prefix) => route.startsWith(prefix));

/** Collects CSP violations the browser reports, from the page's events and the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}`),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

test("the build lists pages to check", () => {
  expect(PAGES).toContain("/claims/[id]");
  expect(PAGES).toContain("/desk");
});

for (const route of PAGES) {
  test(`${route} loads with no CSP violation and carries the hardening headers`, async ({ page, db }) => {
    test.setTimeout(60_000); // a sign-in and one page load
    const ids = {
      article: (await db.query<{ id: string }>(`SELECT id FROM "Article" ORDER BY "createdAt" LIMIT 1`)).rows[0].id,
      claim: (
        await db.query<{ id: string }>(
          `SELECT id FROM "Claim" WHERE visibility = 'PUBLIC' ORDER BY "createdAt" LIMIT 1`,
        )
      ).rows[0].id,
    };
    const path = fillRoute(route, (name) =>
      name === "id" ? (route.includes("article") ? ids.article : ids.claim) : "e2e-bogus",
    );
    if (!isPublic(route)) await signInByRequest(page.request, DEMO_STAFF.ADMIN.email, DEMO_PASSWORD);
    const violations = await watchViolations(page);

    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await page.waitForLoadState("networkidle");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(await violations(), path).toEqual([]);
  });
}
