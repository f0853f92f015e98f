import { describe, expect, it } from "vitest";
import { landingPath, returnPathAfterSignIn } from "./landing";

describe("where staff land after sign-in", () => {
  it("sends reviewers and admins to the review queue, editors to the desk", () => {
    expect(landingPath("EDITOR")).toBe("/desk");
    expect(landingPath("REVIEWER")).toBe("/review");
    expect(landingPath("ADMIN")).toBe("/review");
  });

  it("keeps an explicit safe callbackUrl, and drops unsafe ones and the sign-in page", () => {
    expect(returnPathAfterSignIn("/desk/claims?status=UNVERIFIED")).toBe("/desk/claims?status=UNVERIFIED");
    expect(returnPathAfterSignIn(["/admin/users"])).toBe("/admin/users");
    for (const value of [
      undefined,
      "",
      "//evil.example",
      "https://evil.example/",
      "/\\evil",
      "/signin",
      "/signin?x=1",
    ]) {
      expect(returnPathAfterSignIn(value), String(value)).toBeNull();
    }
  });
});
