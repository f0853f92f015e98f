import { describe, expect, it } from "vitest";
import { INVALID_EMAIL_ERROR, RATE_LIMITED_ERROR, signInErrorMessage, UNAVAILABLE_ERROR } from "./sign-in-messages";

describe("what the sign-in form says", () => {
  it("names an invalid address as invalid, not as a passing failure", () => {
    expect(signInErrorMessage(INVALID_EMAIL_ERROR)).toMatch(/not a valid email address/);
  });

  it("says how long a pause lasts, in minutes", () => {
    expect(signInErrorMessage(`${RATE_LIMITED_ERROR}:59`)).toBe(
      "Too many failed attempts. Sign-in is paused for about 1 minute.",
    );
    expect(signInErrorMessage(`${RATE_LIMITED_ERROR}:900`)).toMatch(/about 15 minutes\.$/);
  });

  it("keeps a wrong password and an unknown email alike, and anything else generic", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("That email and password do not match an active account.");
    expect(signInErrorMessage(UNAVAILABLE_ERROR)).toBe("Sign-in failed. Try again in a moment.");
  });
});
