import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";

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
