import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeStaff } from "../../test/factories";
import { db } from "../db/client";
import { changeRole, createUser, issueSetPasswordLink, setPasswordWithToken, setUserActive } from "../users/mutations";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "./rate-limit";
import { actorForToken } from "./session-check";
import { authenticate } from "./sign-in";

const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  await createUser("system", { email: "dana@newsroom.test", name: "Dana", role: "EDITOR", password: PASSWORD });
});

describe("signing in", () => {
  it("lets the right password in, with the user's id, role and session version", async () => {
    const result = await authenticate("Dana@Newsroom.test", PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({
      ok: true,
      user: { email: "dana@newsroom.test", role: "EDITOR", sessionVersion: 1 },
    });
    expect(JSON.stringify(result)).not.toContain("argon2");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    expect(await authenticate("dana@newsroom.test", "not the password at all", "10.0.0.2")).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect(await authenticate("nobody@newsroom.test", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
  });
});

describe("throttling", () => {
  it("pauses one account from one address after 10 failures for 15 minutes, then lets it try again", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < ACCOUNT_LIMIT.points; i++) {
      expect(await authenticate("dana@newsroom.test", `wrong guess ${i}`, address)).toEqual({
        ok: false,
        reason: "INVALID",
      });
    }
    const blocked = await authenticate("dana@newsroom.test", PASSWORD, address);
    expect(blocked).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Another address is not affected: the pause is per account and address.
    expect(await authenticate("dana@newsroom.test", PASSWORD, "203.0.113.8")).toMatchObject({ ok: true });
    // The counters are rows in PostgreSQL, not process memory.
    expect(await db().rateLimit.count()).toBeGreaterThan(0);

    vi.useFakeTimers({ now: Date.now() + ACCOUNT_LIMIT.blockDuration * 1000 + 1000, toFake: ["Date"] });
    try {
      expect(await authenticate("dana@newsroom.test", PASSWORD, address)).toMatchObject({ ok: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it("caps failures per address per day across accounts", async () => {
    const address = "198.51.100.9";
    for (let i = 0; i < ADDRESS_LIMIT.points; i++)
      await authenticate(`someone${i}@newsroom.test`, "nope nope nope", address);
    expect(await authenticate("dana@newsroom.test", PASSWORD, address)).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
  });
});

describe("an existing session", () => {
  async function signedIn(email: string) {
    await createUser("system", { email, name: email, role: "EDITOR", password: PASSWORD });
    const result = await authenticate(email, PASSWORD, "10.1.1.1");
    if (!result.ok) throw new Error("sign-in failed");
    return { uid: result.user.id, sv: result.user.sessionVersion };
  }

  it("stands while nothing about the account changes", async () => {
    const token = await signedIn("steady@newsroom.test");
    expect(await actorForToken(token)).toMatchObject({ id: token.uid, role: "EDITOR" });
  });

  it("is refused on the very next request after deactivation, a role change or a new password", async () => {
    const admin = await makeStaff("ADMIN");
    const deactivated = await signedIn("gone@newsroom.test");
    await setUserActive(admin, deactivated.uid, false);
    expect(await actorForToken(deactivated)).toBeNull();

    const promoted = await signedIn("promoted@newsroom.test");
    await changeRole(admin, promoted.uid, "REVIEWER");
    expect(await actorForToken(promoted)).toBeNull();

    const reset = await signedIn("reset@newsroom.test");
    const link = await issueSetPasswordLink(admin, reset.uid);
    await setPasswordWithToken(link.split("/set-password/")[1], "a brand new long phrase");
    expect(await actorForToken(reset)).toBeNull();
  });

  it("is refused when the token is malformed or names nobody", async () => {
    expect(await actorForToken(null)).toBeNull();
    expect(await actorForToken({ uid: "nobody", sv: 1 })).toBeNull();
    expect(await actorForToken({ uid: 42, sv: "1" })).toBeNull();
  });
});
