import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, createAppServer } from "./app-server";

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
