import "server-only";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/permissions";
import { db } from "../../db/client";
import { AppError } from "../../errors";

/**
 * Who a command-line import acts for: the active staff member with this email, or, with none
 * given, the longest-standing active admin. Their name is recorded on every import.
 */
export async function importActorFor(email: string | null): Promise<Actor> {
  const user = email
    ? await db().user.findUnique({
        where: { email: email.trim().toLowerCase() },
        select: { id: true, name: true, role: true, active: true },
      })
    : await db().user.findFirst({
        where: { role: "ADMIN", active: true },
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true, role: true, active: true },
      });
  if (!user?.active || !can(user.role, "article:import")) {
    throw new AppError(
      "FORBIDDEN",
      email
        ? `No active staff member ${email} who may import articles.`
        : "No active admin to import as; name one with --as EMAIL.",
    );
  }
  return { id: user.id, name: user.name, role: user.role };
}
