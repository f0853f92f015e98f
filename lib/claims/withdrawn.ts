import { pool } from "../db/client";
import type { Visibility } from "../enums";

export type ClaimRoute = { visibility: Visibility; statement: string };

/**
 * What proxy.ts needs to route a claim URL: whether the claim is withdrawn (its URL answers the 410
 * notice) or public (a URL with the wrong slug answers a 308 to the right one). One primary-key
 * lookup on the shared pool; no `server-only` import, since the proxy bundle is not built with the
 * react-server condition.
 */
export async function claimRouteOf(id: string): Promise<ClaimRoute | null> {
  const { rows } = await pool().query<ClaimRoute>(`SELECT visibility, statement FROM "Claim" WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Whether a claim id is withdrawn. */
export async function isWithdrawnClaimId(id: string): Promise<boolean> {
  return (await claimRouteOf(id))?.visibility === "WITHDRAWN";
}
