import { Prisma } from "./generated/client";

/**
 * True when a write failed on a unique constraint. Through the pg driver adapter Prisma still
 * reports P2002; lib/db/errors.integration.test.ts holds it to that on a real server.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
