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
