import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeStaff } from "../../test/factories";
import { db, namedStatements, pool } from "../db/client";
import { changeRole, createUser, issueSetPasswordLink, setPasswordWithToken, setUserActive } from "../users/mutations";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "./rate-limit";
import { endSessions } from "./mutations";
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

describe("throttling under attack", () => {
  it("evaluates at most 10 of 30 concurrent wrong passwords for one account", async () => {
    await createUser("system", { email: "raced@newsroom.test", name: "Raced", role: "EDITOR", password: PASSWORD });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => authenticate("raced@newsroom.test", `wrong guess ${i}`, "192.0.2.30")),
    );
    const evaluated = results.filter((r) => !r.ok && r.reason === "INVALID").length;
    expect(evaluated).toBeLessThanOrEqual(ACCOUNT_LIMIT.points);
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(30 - evaluated);
  });

  it("lets an attacker slow down only their own address, never the owner's", async () => {
    await createUser("system", { email: "target@newsroom.test", name: "Target", role: "EDITOR", password: PASSWORD });
    const attacker = "198.51.100.66";
    for (let i = 0; i < ADDRESS_LIMIT.points + 5; i++)
      await authenticate(i % 2 ? "target@newsroom.test" : `other${i}@newsroom.test`, "guess", attacker);
    expect(await authenticate("target@newsroom.test", PASSWORD, attacker)).toMatchObject({ reason: "RATE_LIMITED" });
    expect(await authenticate("target@newsroom.test", PASSWORD, "192.0.2.200")).toMatchObject({ ok: true });
  });

  it("gives a successful sign-in's points back", async () => {
    await createUser("system", { email: "often@newsroom.test", name: "Often", role: "EDITOR", password: PASSWORD });
    for (let i = 0; i < ACCOUNT_LIMIT.points * 2; i++)
      expect(await authenticate("often@newsroom.test", PASSWORD, "192.0.2.31")).toMatchObject({ ok: true });
  });

  it("answers INVALID_EMAIL at once, without a database error or a counted attempt, for a malformed address", async () => {
    const before = await db().rateLimit.count();
    for (const email of [
      "dana\u0000@newsroom.test",
      `${"x".repeat(5000)}@newsroom.test`,
      "x".repeat(20_000),
      "no-at-sign",
    ]) {
      expect(await authenticate(email, PASSWORD, "192.0.2.32"), email.slice(0, 20)).toEqual({
        ok: false,
        reason: "INVALID_EMAIL",
      });
    }
    expect(await db().rateLimit.count()).toBe(before);
  });
});

describe("signing in after the database connection was replaced", () => {
  // On the embedded database every connection shares one PostgreSQL session: a named prepared
  // statement would outlive its connection and the next connection's "prepare" would collide.
  it("still works, and leaves no prepared statement behind in the session", async () => {
    for (let round = 0; round < 3; round++) {
      expect(await authenticate("dana@newsroom.test", "wrong", `192.0.2.${40 + round}`)).toMatchObject({ ok: false });
      expect(await authenticate("dana@newsroom.test", PASSWORD, `192.0.2.${40 + round}`)).toMatchObject({ ok: true });
      const client = await pool().connect();
      // On a real server each connection has its own session, and Prisma's statements are prepared
      // under their own names (lib/db/statement-names.ts), which die with their connection; on the
      // embedded database (a pool of one) nothing may be left prepared at all.
      const { rows } = await client.query<{ name: string }>("SELECT name FROM pg_prepared_statements");
      if (namedStatements()) for (const { name } of rows) expect(name).toMatch(/^ct_/);
      else expect(rows).toEqual([]);
      client.release(new Error("test: throw this connection away"));
    }
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

  it("ends with sign-out, every copy of it, but an older token cannot end a newer session", async () => {
    const first = await signedIn("leaving@newsroom.test");
    await endSessions(first);
    expect(await actorForToken(first)).toBeNull();
    const again = await authenticate("leaving@newsroom.test", PASSWORD, "10.1.1.1");
    if (!again.ok) throw new Error("sign-in failed");
    const second = { uid: again.user.id, sv: again.user.sessionVersion };
    await endSessions(first); // a stale copy signing out
    expect(await actorForToken(second)).toMatchObject({ id: second.uid });
  });

  it("is refused when the token is malformed or names nobody", async () => {
    expect(await actorForToken(null)).toBeNull();
    expect(await actorForToken({ uid: "nobody", sv: 1 })).toBeNull();
    expect(await actorForToken({ uid: 42, sv: "1" })).toBeNull();
  });
});
