import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/permissions";
import { db } from "../../db/client";
import { env } from "../../env";

/**
 * The import command's way in while the app holds the embedded database: a bearer token that
 * the launcher made for this run and wrote, owner-readable only, into the data folder. Holding it
 * already means holding the data folder, so it may act for any active staff member with the
 * import permission, named by email.
 */
export async function localImportActor(authorization: string | null, asEmail: string | null): Promise<Actor | null> {
  const expected = env().CLAIMTRAIL_IMPORT_TOKEN;
  const given = authorization?.match(/^Bearer (\S+)$/)?.[1];
  if (!expected || !given || !asEmail) return null;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const user = await db().user.findUnique({
    where: { email: asEmail.trim().toLowerCase() },
    select: { id: true, name: true, role: true, active: true },
  });
  if (!user?.active || !can(user.role, "article:import")) return null;
  return { id: user.id, name: user.name, role: user.role };
}
