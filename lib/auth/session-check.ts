import "server-only";
import { db } from "../db/client";
import type { Actor } from "./actor";

/** What a session token asserts: who, and at which session version they signed in. */
export type TokenClaims = { uid?: unknown; sv?: unknown };

/**
 * Whether a token still stands, checked against the database on every request with one primary
 * key lookup: a deactivated account, or a role or password changed since sign-in (each bumps
 * sessionVersion), refuses the old token at once.
 */
export async function actorForToken(claims: TokenClaims | null | undefined): Promise<Actor | null> {
  if (typeof claims?.uid !== "string" || typeof claims.sv !== "number") return null;
  const user = await db().user.findUnique({
    where: { id: claims.uid },
    select: { id: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, name: user.name, role: user.role };
}

/**
 * Sign-out: ends every copy of this user's session (a copied token included) by bumping the
 * session version, but only when the token is still current, so an old token cannot end newer
 * sessions that came after it.
 */
export async function endSessions(claims: TokenClaims | null | undefined): Promise<void> {
  if (typeof claims?.uid !== "string" || typeof claims.sv !== "number") return;
  await db().user.updateMany({
    where: { id: claims.uid, sessionVersion: claims.sv },
    data: { sessionVersion: { increment: 1 } },
  });
}
