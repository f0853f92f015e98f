import "server-only";
import type { Tx } from "../db/client";
import { notFound } from "../errors";

/** Locks the claim row for the rest of the transaction; concurrent writers to one claim queue here. */
export async function lockClaim(tx: Tx, claimId: string): Promise<void> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("That claim");
}
