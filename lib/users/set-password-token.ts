import "server-only";
import { createHash } from "node:crypto";

/**
 * Only this digest of a set-password token is stored; the token itself is in the link alone.
 * Shared by the read that checks a link (queries.ts) and the write that spends it (mutations.ts).
 */
export const hashSetPasswordToken = (token: string) => createHash("sha256").update(token).digest("hex");
