import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./forwarded";

describe("resolveClientAddress", () => {
  it("with no trusted proxy, counts the socket's address and ignores the header", () => {
    expect(resolveClientAddress(undefined, "198.51.100.1", 0)).toBe("198.51.100.1");
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", 0)).toBe("198.51.100.1");
    expect(resolveClientAddress("203.0.113.9, 10.0.0.1", "198.51.100.1", 0)).toBe("198.51.100.1");
  });

  it("with one proxy, takes the entry it appended, whatever the client put before it", () => {
    expect(resolveClientAddress("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("203.0.113.9, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("1.1.1.1,2.2.2.2 ,198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
  });

  it("with two proxies, takes the entry the outer one appended", () => {
    expect(resolveClientAddress("198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.7");
    expect(resolveClientAddress("203.0.113.9, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("with fewer entries than proxies, takes the leftmost there is", () => {
    expect(resolveClientAddress(undefined, "10.0.0.2", 2)).toBe("10.0.0.2");
    expect(resolveClientAddress("198.51.100.7", "10.0.0.2", 3)).toBe("198.51.100.7");
  });
});
