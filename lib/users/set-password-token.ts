import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db/client";

/** Only this digest of a set-password token is stored; the token itself is in the link alone. */
export const hashSetPasswordToken = (token: string) => createHash("sha256").update(token).digest("hex");

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
