import { describe, expect, it } from "vitest";
import { counted } from "./plural";

describe("counted", () => {
  it("agrees the noun and the verb with the count", () => {
    expect(counted(1, "article matches", "articles match")).toBe("1 article matches");
    expect(counted(2, "article matches", "articles match")).toBe("2 articles match");
    expect(counted(0, "article matches", "articles match")).toBe("0 articles match");
  });

  it("adds an s to a plain noun, and groups thousands", () => {
    expect(counted(1, "claim")).toBe("1 claim");
    expect(counted(1200, "claim")).toBe("1,200 claims");
  });
});
