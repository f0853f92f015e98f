import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "../auth/sign-in";
import { createUser } from "../users/mutations";
import { createAppServer } from "./app-server";
import { clientAddress } from "./client-address";

/**
 * The whole sign-in path below Next: real HTTP through npm start's front, the address the app
 * reads from the request, and the throttle on PostgreSQL. Behind N trusted proxies, a client that
 * writes its own X-Forwarded-For entries still gets counted at the address our outer proxy saw.
 */
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function frontFor(hops: number) {
  const server = createAppServer(async (req, res) => {
    const headers = new Headers(req.headers as Record<string, string>);
    const result = await authenticate(String(headers.get("x-email")), "wrong password", clientAddress(headers));
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ reason: result.ok ? "OK" : result.reason, address: clientAddress(headers) }));
  }, hops);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe.each([
  { hops: 0, chain: (i: number) => `203.0.113.${i}`, counted: "127.0.0.1" },
  { hops: 0, chain: (i: number) => `203.0.113.${i}, 198.51.100.${i}`, counted: "127.0.0.1" },
  { hops: 1, chain: (i: number) => `203.0.113.${i}, 198.51.100.77`, counted: "198.51.100.77" },
  { hops: 2, chain: (i: number) => `203.0.113.${i}, 198.51.100.78, 10.0.0.1`, counted: "198.51.100.78" },
])("N=$hops, counted at $counted", ({ hops, chain, counted }) => {
  it("counts every spoofed attempt at the address the trusted side saw", async () => {
    const email = `spoof-${randomBytes(4).toString("hex")}@newsroom.test`;
    await createUser("system", { email, name: "Spoofed", role: "EDITOR", password: "a long enough phrase" });
    const url = await frontFor(hops);
    const reasons: string[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await fetch(url, { headers: { "x-email": email, "x-forwarded-for": chain(i) } });
      const body = (await response.json()) as { reason: string; address: string };
      expect(body.address).toBe(counted);
      reasons.push(body.reason);
    }
    expect(reasons.slice(0, 10).every((r) => r === "INVALID")).toBe(true);
    expect(reasons.slice(10)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
  });
});
