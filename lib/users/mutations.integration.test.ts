import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeStaff } from "../../test/factories";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { changeRole, createUser, issueSetPasswordLink, setPasswordWithToken, setUserActive } from "./mutations";

const tokenOf = (link: string) => link.split("/set-password/")[1];
const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : error;
};

let admin: Actor;
beforeAll(async () => {
  admin = await makeStaff("ADMIN", "First Admin");
});

describe("creating staff accounts", () => {
  it("gives the admin a one-time set-password link and records who created whom", async () => {
    const user = await createUser(admin, { email: "Reporter@News.test", name: "Reporter", role: "EDITOR" });
    expect(user.setPasswordLink).toMatch(/\/set-password\/[A-Za-z0-9_-]{40,}$/);
    const stored = await db().passwordSetToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(tokenOf(user.setPasswordLink!));
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetUserId: user.id, action: "user.created" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toEqual({ email: "reporter@news.test", name: "Reporter", role: "EDITOR" });
  });

  it("is refused to anyone but an admin", async () => {
    const editor = await makeStaff("EDITOR");
    expect(await codeOf(createUser(editor, { email: "x@news.test", name: "X", role: "ADMIN" }))).toBe("FORBIDDEN");
  });
});

describe("set-password links", () => {
  it("work once, refuse a common or short password without spending the link, and end old sessions", async () => {
    const user = await createUser(admin, { email: "once@news.test", name: "Once", role: "EDITOR" });
    const token = tokenOf(user.setPasswordLink!);
    expect(await codeOf(setPasswordWithToken(token, "password1234"))).toBe("VALIDATION");
    expect(await codeOf(setPasswordWithToken(token, "short"))).toBe("VALIDATION");
    await setPasswordWithToken(token, "a long and unusual phrase");
    expect(await codeOf(setPasswordWithToken(token, "another long phrase here"))).toBe("NOT_FOUND");
    const after = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, sessionVersion: true },
    });
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.sessionVersion).toBe(2);
    expect(
      await db().auditLog.count({ where: { targetUserId: user.id, action: "user.password_set", actorId: user.id } }),
    ).toBe(1);
  });

  it("expire after 24 hours", async () => {
    const user = await createUser(admin, { email: "late@news.test", name: "Late", role: "EDITOR" });
    vi.useFakeTimers({ now: Date.now() + 24 * 3600_000 + 1000, toFake: ["Date"] });
    try {
      expect(await codeOf(setPasswordWithToken(tokenOf(user.setPasswordLink!), "a long and unusual phrase"))).toBe(
        "NOT_FOUND",
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it("are replaced by a newer link for the same person", async () => {
    const user = await createUser(admin, { email: "twice@news.test", name: "Twice", role: "EDITOR" });
    const newer = await issueSetPasswordLink(admin, user.id);
    expect(await codeOf(setPasswordWithToken(tokenOf(user.setPasswordLink!), "a long and unusual phrase"))).toBe(
      "NOT_FOUND",
    );
    await setPasswordWithToken(tokenOf(newer), "a long and unusual phrase");
  });
});

describe("roles and deactivation", () => {
  it("bump the session version (ending existing sessions) and are audited with before and after", async () => {
    const user = await makeStaff("EDITOR");
    await changeRole(admin, user.id, "REVIEWER");
    await setUserActive(admin, user.id, false);
    await setUserActive(admin, user.id, true);
    const stored = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { role: true, sessionVersion: true, active: true },
    });
    expect(stored).toEqual({ role: "REVIEWER", sessionVersion: 4, active: true });
    const actions = await db().auditLog.findMany({ where: { targetUserId: user.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => [a.action, a.before, a.after])).toEqual([
      ["user.created", null, expect.objectContaining({ role: "EDITOR" })],
      ["user.role_changed", { role: "EDITOR" }, { role: "REVIEWER" }],
      ["user.deactivated", { active: true }, { active: false }],
      ["user.reactivated", { active: false }, { active: true }],
    ]);
  });

  it("never leave the newsroom without an active admin, even when two admins demote each other at once", async () => {
    const other = await makeStaff("ADMIN", "Second Admin");
    const results = await Promise.allSettled([
      changeRole(admin, other.id, "EDITOR"),
      changeRole(other, admin.id, "EDITOR"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const remaining = await db().user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    expect(remaining).toHaveLength(1);
    const [last] = remaining;
    const lastActor: Actor = { id: last.id, role: "ADMIN", name: "Last" };
    expect(await codeOf(setUserActive(lastActor, last.id, false))).toBe("CONFLICT");
    expect(await codeOf(changeRole(lastActor, last.id, "REVIEWER"))).toBe("CONFLICT");
  });
});
