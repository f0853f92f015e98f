import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db/client";

/**
 * Sign-in throttling, with counters in PostgreSQL (table rate_limits, created by a migration) so
 * they hold across restarts and across several app servers.
 * - 10 attempts for one account from one address in 15 minutes; the 11th pauses that pair for 15
 *   minutes. Keyed on account AND address, so someone elsewhere cannot lock the owner out.
 * - 100 attempts from one address in a day pause the address until the day is over.
 *
 * Every attempt takes its point BEFORE the password is checked, in one atomic upsert, so
 * concurrent attempts cannot all slip under the limit; a successful sign-in gives its points back.
 * The statements are unnamed (no server-side prepared statements): on the embedded database every
 * connection shares one session, where a named statement outlives the connection that made it.
 */
export const ACCOUNT_LIMIT = { points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
export const ADDRESS_LIMIT = { points: 100, duration: 24 * 60 * 60, blockDuration: 24 * 60 * 60 };

export type Limit = typeof ACCOUNT_LIMIT;

// Hashed: keys fit the column whatever the client sends, and hold no raw email address.
const digest = (value: string) => createHash("sha256").update(value).digest("base64url");
const accountKey = (email: string, address: string) => `signin-account:${digest(`${email.toLowerCase()}|${address}`)}`;
const addressKey = (address: string) => `signin-address:${digest(address)}`;

/**
 * Takes one point for `key`; returns the milliseconds until it may try again when the point is
 * over the limit, else 0. The first point over the limit starts the block.
 */
export async function consume(key: string, limit: Limit): Promise<number> {
  const now = Date.now();
  const windowEnd = now + limit.duration * 1000;
  const blockEnd = now + limit.blockDuration * 1000;
  const rows = await db().$queryRaw<{ points: number; expire: bigint }[]>`
    INSERT INTO rate_limits (key, points, expire) VALUES (${key}, 1, ${windowEnd}::bigint)
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN rate_limits.expire IS NULL OR rate_limits.expire <= ${now}::bigint THEN 1
                    ELSE rate_limits.points + 1 END,
      expire = CASE WHEN rate_limits.expire IS NULL OR rate_limits.expire <= ${now}::bigint THEN ${windowEnd}::bigint
                    WHEN rate_limits.points + 1 = ${limit.points + 1}::int THEN ${blockEnd}::bigint
                    ELSE rate_limits.expire END
    RETURNING points, expire`;
  const { points, expire } = rows[0];
  return points > limit.points ? Math.max(1000, Number(expire) - now) : 0;
}

/**
 * Counts one sign-in attempt for this account from this address. Answers the seconds to wait when
 * the attempt is over a limit (it must then not be evaluated), or 0 when it may go ahead.
 */
export async function takeSignInAttempt(email: string, address: string): Promise<number> {
  const waits = await Promise.all([
    consume(accountKey(email, address), ACCOUNT_LIMIT),
    consume(addressKey(address), ADDRESS_LIMIT),
  ]);
  return Math.ceil(Math.max(...waits) / 1000);
}

/** After a successful sign-in: the account's failures from this address are forgiven. */
export async function giveBackSignInAttempt(email: string, address: string): Promise<void> {
  await db().$transaction([
    db().rateLimit.deleteMany({ where: { key: accountKey(email, address) } }),
    db().$executeRaw`UPDATE rate_limits SET points = GREATEST(points - 1, 0) WHERE key = ${addressKey(address)}`,
  ]);
}
