import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { assertCan, type Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import type { Role } from "../auth/permissions";
import { db, type Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isUniqueViolation } from "../db/errors";
import { appUrl } from "../env";
import { AppError, notFound } from "../errors";
import { SET_PASSWORD_LINK_HOURS } from "./constants";
import { newUserSchema } from "./schemas";
import { hashSetPasswordToken } from "./set-password-token";

/**
 * Staff accounts. Every change is recorded in the audit log in the same transaction, and every
 * change that should end existing sessions (role, activation, password) bumps sessionVersion.
 */

type Audit = { action: string; targetUserId: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };

async function audit(tx: Tx, actor: Actor | "system" | { id: string }, entry: Audit) {
  await tx.auditLog.create({ data: { actorId: actor === "system" ? null : actor.id, ...entry } });
}

const hashToken = hashSetPasswordToken;

/** Issues a single-use set-password link, replacing any unused earlier one. The token is never stored. */
async function issueToken(tx: Tx, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.passwordSetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.passwordSetToken.create({
    data: { userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + SET_PASSWORD_LINK_HOURS * 3600_000) },
  });
  return `${appUrl()}/set-password/${token}`;
}

export type CreateUserInput = z.input<typeof newUserSchema> & { password?: string };

/**
 * Creates a staff account and returns a one-time set-password link (there is no mail server: the
 * admin hands it over). With `password` (sample data, the command line) the password is set directly.
 */
export async function createUser(actor: Actor | "system", input: CreateUserInput) {
  if (actor !== "system") assertCan(actor, "user:manage");
  const data = newUserSchema.parse(input);
  const taken = () =>
    new AppError("CONFLICT", "A user with that email already exists.", { email: ["Already in use."] });
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, data);
    if (problem) throw new AppError("VALIDATION", problem, { password: [problem] });
  }
  if (await db().user.findUnique({ where: { email: data.email }, select: { id: true } })) throw taken();
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  return db()
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...data, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await audit(tx, actor, {
        action: "user.created",
        targetUserId: user.id,
        after: { email: user.email, name: user.name, role: user.role },
      });
      const setPasswordLink = passwordHash ? null : await issueToken(tx, user.id);
      return { ...user, setPasswordLink };
    })
    .catch((error: unknown) => {
      // Two admins creating the same address at once: the unique index decides.
      throw isUniqueViolation(error) ? taken() : error;
    });
}

export async function issueSetPasswordLink(actor: Actor, userId: string): Promise<string> {
  assertCan(actor, "user:manage");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("That user");
    await audit(tx, actor, { action: "user.password_link_issued", targetUserId: userId });
    return issueToken(tx, userId);
  });
}

/** Locks the active admins; refuses a change that would leave none. */
async function assertAdminRemains(tx: Tx, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (admins.length === 1 && admins[0].id === userId) {
    throw new AppError("CONFLICT", "This is the last active admin; make someone else an admin first.");
  }
}

export async function changeRole(actor: Actor, userId: string, role: Role) {
  assertCan(actor, "user:manage");
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw notFound("That user");
    if (before.role === role) return;
    if (before.role === "ADMIN") await assertAdminRemains(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await audit(tx, actor, {
      action: "user.role_changed",
      targetUserId: userId,
      before: { role: before.role },
      after: { role },
    });
  });
}

export async function setUserActive(actor: Actor, userId: string, active: boolean) {
  assertCan(actor, "user:manage");
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { active: true, role: true } });
    if (!before) throw notFound("That user");
    if (before.active === active) return;
    if (!active && before.role === "ADMIN") await assertAdminRemains(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await audit(tx, actor, {
      action: active ? "user.reactivated" : "user.deactivated",
      targetUserId: userId,
      before: { active: before.active },
      after: { active },
    });
  });
}

/** Spends a set-password link: valid once, for 24 hours. Ends every existing session of that user. */
export async function setPasswordWithToken(token: string, password: string) {
  const now = new Date();
  return db().$transaction(async (tx) => {
    const record = await tx.passwordSetToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, user: { select: { id: true, email: true, name: true, active: true } } },
    });
    const invalid = new AppError("NOT_FOUND", "This link is invalid, used or expired. Ask an admin for a new one.");
    if (!record || !record.user.active) throw invalid;
    const problem = passwordProblem(password, record.user);
    if (problem) throw new AppError("VALIDATION", problem, { password: [problem] });
    // Conditional update: of two submissions of one link, only one can spend it.
    const { count } = await tx.passwordSetToken.updateMany({
      where: { id: record.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw invalid;
    await tx.user.update({
      where: { id: record.user.id },
      data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
    });
    await audit(tx, record.user, { action: "user.password_set", targetUserId: record.user.id });
    return { email: record.user.email };
  });
}
