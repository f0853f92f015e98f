import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The time check against automated submissions (docs/decisions/0016-correction-requests.md).
 * The claim page is cached, so it cannot carry the moment a reader opened it: the form asks for a
 * stamp when it hydrates (GET /api/corrections/stamp), or the first submission without one is
 * answered with one ("press Send again"). A stamp is the issue time in milliseconds and an
 * HMAC-SHA256 tag over it; a submission is refused when its stamp is missing, forged, older than a
 * day, or younger than a person could have written the request.
 */
export const STAMP_MIN_AGE_MS = 3_000;
export const STAMP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type StampCheck =
  | { ok: true }
  | { ok: false; problem: "missing" | "invalid" | "expired" }
  | { ok: false; problem: "too-fast"; waitMs: number };

const tag = (key: Uint8Array, issuedAt: string) =>
  createHmac("sha256", key).update(`correction-form-stamp:${issuedAt}`).digest("base64url");

export function issueStamp(key: Uint8Array, now: number): string {
  const issuedAt = String(Math.floor(now));
  return `${issuedAt}.${tag(key, issuedAt)}`;
}

export function checkStamp(key: Uint8Array, stamp: string | null | undefined, now: number): StampCheck {
  if (!stamp) return { ok: false, problem: "missing" };
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match) return { ok: false, problem: "invalid" };
  const [, issuedAt, given] = match;
  const expected = Buffer.from(tag(key, issuedAt));
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, problem: "invalid" };
  const age = now - Number(issuedAt);
  // A stamp from the future is as good as forged (it was not issued by a server clock near ours).
  if (age < -60_000 || age > STAMP_MAX_AGE_MS) return { ok: false, problem: "expired" };
  if (age < STAMP_MIN_AGE_MS) return { ok: false, problem: "too-fast", waitMs: STAMP_MIN_AGE_MS - age };
  return { ok: true };
}

/** A stamp the reader cannot use again: a new one must be handed out with the answer. */
export function needsNewStamp(check: StampCheck): boolean {
  return !check.ok && check.problem !== "too-fast";
}
