import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { hashSetPasswordToken } from "./set-password-token";

export async function listUsers(actor: Actor) {
  assertCan(actor, "user:manage");
  return db().user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditLog(actor: Actor, page = 1) {
  assertCan(actor, "audit:read");
  const total = await db().auditLog.count();
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  // Any page number from the URL (1e20, -3, 2.5, NaN) is clamped to a page that exists.
  const current = Math.min(pageCount, Math.max(1, Math.floor(page) || 1));
  const rows = await db().auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      action: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      targetUser: { select: { name: true, email: true } },
    },
  });
  return { rows, total, page: current, pageCount };
}

/**
 * Whether a set-password link can still be spent: unused, unexpired, for an active account. The
 * page checks it on load so a dead link says so at once; spending it checks again
 * (setPasswordWithToken), so this read grants nothing.
 */
export async function setPasswordLinkStands(token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  const record = await db().passwordSetToken.findUnique({
    where: { tokenHash: hashSetPasswordToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  return Boolean(record && !record.usedAt && record.expiresAt > new Date() && record.user.active);
}
