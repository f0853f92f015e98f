import { describe, expect, it, vi } from "vitest";

vi.mock("./sign-in", () => ({
  authenticate: vi.fn(async () => {
    throw new Error('prepared statement "rate_limits:rlflx-get" already exists');
  }),
}));

const { authenticateOrExplain, UNAVAILABLE_ERROR } = await import("./options");

describe("a sign-in that fails unexpectedly", () => {
  // next-auth puts the thrown message into the sign-in URL as ?error=...
  it("reaches next-auth as one word, never with the database's text", async () => {
    const headers = new Headers({ "x-claimtrail-client-address": "192.0.2.1" });
    const error = await authenticateOrExplain("a@b.test", "pw", headers).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(UNAVAILABLE_ERROR);
  });
});
