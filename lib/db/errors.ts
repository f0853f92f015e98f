import { Prisma } from "./generated/client";

/**
 * True when a write failed on a unique constraint. Through the pg driver adapter Prisma still
 * reports P2002; lib/db/errors.integration.test.ts holds it to that on a real server.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The field behind a foreign-key violation (an id that names nothing, such as a deleted subject),
 * or null for any other error. Read from the constraint's name, `<Model>_<field>_fkey`, which is
 * how Prisma names them in every migration; lib/db/errors.integration.test.ts checks it on a real
 * server. The action wrapper (lib/http/action.ts) turns it into a field error instead of a 500.
 */
export function foreignKeyField(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2003") return null;
  const meta = error.meta as
    { field_name?: unknown; driverAdapterError?: { cause?: { constraint?: { index?: unknown } } } } | undefined;
  const name = meta?.driverAdapterError?.cause?.constraint?.index ?? meta?.field_name;
  const match = typeof name === "string" ? /^[A-Za-z]+_([A-Za-z]+)_fkey/.exec(name) : null;
  return match?.[1] ?? "form";
}
