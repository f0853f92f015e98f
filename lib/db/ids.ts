import { randomBytes } from "node:crypto";

/**
 * A row id of the shape Prisma's `cuid()` default gives (lowercase letters and digits, starting
 * with "c"), for rows written set-wise with raw SQL, where Prisma's client-side default does not
 * run: the time keeps ids roughly in creation order, and 16 random characters (~80 bits) keep them
 * apart.
 */
export function newRowId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = Array.from(randomBytes(16), (b) => (b % 36).toString(36)).join("");
  return `c${time}${random}`;
}
