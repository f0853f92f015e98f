import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, createAppServer } from "./app-server";
import { BODY_LIMIT_BYTES } from "./request-guard";

/** Real HTTP requests through the server `npm start` runs, with a handler that echoes what the app sees. */
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function seenByApp(hops: number, forwardedFor?: string, spoofedStamp?: string) {
  const server = createAppServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ address: req.headers[CLIENT_ADDRESS_HEADER], xff: req.headers["x-forwarded-for"] }));
  }, hops);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  const headers: Record<string, string> = {};
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
  if (spoofedStamp) headers[CLIENT_ADDRESS_HEADER] = spoofedStamp;
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
  return (await response.json()) as { address: string; xff: string };
}

describe("the HTTP front of npm start", () => {
  it("N=0: counts the socket's address; a spoofed or multi-entry header changes nothing", async () => {
    expect(await seenByApp(0)).toEqual({ address: "127.0.0.1", xff: "127.0.0.1" });
    expect(await seenByApp(0, "203.0.113.9")).toEqual({ address: "127.0.0.1", xff: "127.0.0.1" });
    expect(await seenByApp(0, "203.0.113.9, 198.51.100.1")).toEqual({ address: "127.0.0.1", xff: "127.0.0.1" });
  });

  it("replaces a client-sent address stamp", async () => {
    expect((await seenByApp(0, undefined, "203.0.113.50")).address).toBe("127.0.0.1");
    expect((await seenByApp(1, "198.51.100.7", "203.0.113.50")).address).toBe("198.51.100.7");
  });

  it("N=1: takes the entry our proxy appended, not what the client wrote before it", async () => {
    expect((await seenByApp(1, "198.51.100.7")).address).toBe("198.51.100.7");
    expect((await seenByApp(1, "203.0.113.9, 198.51.100.7")).address).toBe("198.51.100.7");
  });

  it("N=2: takes the entry the outer proxy appended", async () => {
    expect((await seenByApp(2, "198.51.100.7, 10.0.0.1")).address).toBe("198.51.100.7");
    expect((await seenByApp(2, "203.0.113.9, 198.51.100.7, 10.0.0.1")).address).toBe("198.51.100.7");
  });
});

describe("refusals at the front", () => {
  it("answer before Next: 413 for a body over the limit, 403 cross-site, 404 for a NUL in the path", async () => {
    let handled = 0;
    const server = createAppServer((_req, res) => {
      handled++;
      res.end("next");
    }, 0);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => new Promise((resolve) => server.close(() => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${base}/desk`, { method: "POST", headers, body });

    const big = await post({ origin: base }, "x".repeat(BODY_LIMIT_BYTES + 1));
    expect(big.status).toBe(413);
    expect(big.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await post({ origin: "https://evil.example" }, "x")).status).toBe(403);
    expect((await fetch(`${base}/articles/%00`)).status).toBe(404);
    expect(handled).toBe(0);
    expect((await post({ origin: base }, "x")).status).toBe(200);
    expect(handled).toBe(1);
  });
});
