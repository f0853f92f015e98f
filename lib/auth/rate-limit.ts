import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "../db/client";

/**
 * Sign-in throttling, with counters in PostgreSQL (table rate_limits, created by a migration) so
 * they hold across restarts and across several app servers.
 * - 10 failed attempts for one account from one address in 15 minutes blocks that pair for 15 minutes;
 * - 100 failed attempts from one address in a day blocks the address until the day is over.
 */
export const ACCOUNT_LIMIT = { points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
export const ADDRESS_LIMIT = { points: 100, duration: 24 * 60 * 60, blockDuration: 24 * 60 * 60 };

type Limiters = { account: RateLimiterPostgres; address: RateLimiterPostgres };
const globalForLimits = globalThis as unknown as { claimtrailLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.claimtrailLimiters) {
    // The app's own pool (lib/db/client.ts): on the embedded database a second pool would be a
    // second connection into its one session, where the library's named statements would collide.
    const common = { storeClient: pool(), storeType: "pool", tableName: "rate_limits", tableCreated: true };
    globalForLimits.claimtrailLimiters = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: "signin-account", ...ACCOUNT_LIMIT }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: "signin-address", ...ADDRESS_LIMIT }),
    };
  }
  return globalForLimits.claimtrailLimiters;
}

const accountKey = (email: string, address: string) => `${email.toLowerCase()}|${address}`;

/** Seconds until this account may try again from this address, or 0 if it may try now. */
export async function signInBlockedFor(email: string, address: string): Promise<number> {
  const { account, address: perAddress } = limiters();
  const [a, b] = await Promise.all([account.get(accountKey(email, address)), perAddress.get(address)]);
  const blocked = (res: RateLimiterRes | null, max: number) =>
    res && res.consumedPoints >= max ? Math.ceil(res.msBeforeNext / 1000) : 0;
  return Math.max(blocked(a, ACCOUNT_LIMIT.points), blocked(b, ADDRESS_LIMIT.points));
}

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const { account, address: perAddress } = limiters();
  const results = await Promise.allSettled([account.consume(accountKey(email, address)), perAddress.consume(address)]);
  // consume() rejects with a RateLimiterRes once over the limit (that is the point), or with an
  // Error when the store fails, which must not pass silently.
  for (const result of results) {
    if (result.status === "rejected" && result.reason instanceof Error) throw result.reason;
  }
}

export async function clearFailedSignIns(email: string, address: string): Promise<void> {
  await limiters().account.delete(accountKey(email, address));
}
