import "server-only";
import { db } from "../db/client";
import type { TokenClaims } from "./session-check";

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
