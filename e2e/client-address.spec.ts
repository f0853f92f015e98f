/**
 * Sign-in limits count the socket's address, whatever X-Forwarded-For says (npm start's HTTP
 * front, docs/decisions/0007), through the real sign-in endpoint. The server under test runs with
 * TRUSTED_PROXY_HOPS=0; N=1 and N=2 are covered through the same front in lib/http/app-server.test.ts.
 */
import { ACCOUNT_LIMIT_POINTS, expect, makeStaff, test } from "./fixtures";

test("a different X-Forwarded-For on each wrong password does not escape the limit", async ({
  playwright,
  baseURL,
  db,
}) => {
  const staff = await makeStaff(db, "EDITOR");
  const context = await playwright.request.newContext({ baseURL });
  try {
    const outcomes: string[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT_POINTS + 2; i++) {
      const csrf = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
      // A spoofed single address, then a spoofed list, as a client behind a "proxy" would send.
      const forwarded = i % 2 ? `203.0.113.${i}` : `198.51.100.${i}, 203.0.113.${i}`;
      const response = await context.post("/api/auth/callback/credentials", {
        headers: { Origin: baseURL!, "X-Forwarded-For": forwarded, "X-Claimtrail-Client-Address": `192.0.2.${i}` },
        form: { csrfToken: csrf.csrfToken, email: staff.email, password: `wrong ${i}`, json: "true" },
      });
      const { url } = (await response.json()) as { url: string };
      outcomes.push(new URL(url).searchParams.get("error") ?? "none");
    }
    expect(outcomes.slice(0, ACCOUNT_LIMIT_POINTS)).toEqual(Array(ACCOUNT_LIMIT_POINTS).fill("CredentialsSignin"));
    for (const outcome of outcomes.slice(ACCOUNT_LIMIT_POINTS)) expect(outcome).toMatch(/^RateLimited:\d+$/);
  } finally {
    await context.dispose();
  }
});
