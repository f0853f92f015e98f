import { pool } from "../db/client";

/**
 * Whether a claim URL belongs to a withdrawn claim, for proxy.ts (which answers it with the 410
 * notice). One primary-key lookup on the shared pool; no `server-only` import, since the proxy
 * bundle is not built with the react-server condition.
 */
export async function isWithdrawnClaimId(id: string): Promise<boolean> {
  const { rowCount } = await pool().query(`SELECT 1 FROM "Claim" WHERE id = $1 AND visibility = 'WITHDRAWN'`, [id]);
  return (rowCount ?? 0) > 0;
}
