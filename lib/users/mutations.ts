import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { ROLES } from "../auth/permissions";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";

export const newUserSchema = z.object({
  email: z.email("Enter a valid email address.").transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: z.enum(ROLES),
  password: z.string().min(12, "At least 12 characters.").max(200).optional(),
});

/**
 * Creates a staff account. `"system"` is the bootstrap path (sample data, the command-line
 * first admin); in the app an admin creates users.
 */
export async function createUser(actor: Actor | "system", input: z.input<typeof newUserSchema>) {
  if (actor !== "system") assertCan(actor, "user:manage");
  const data = newUserSchema.parse(input);
  const taken = () => new AppError("CONFLICT", "A user with that email already exists.", { email: ["Already in use."] });
  if (await db().user.findUnique({ where: { email: data.email }, select: { id: true } })) throw taken();
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  return db()
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await tx.auditLog.create({
        data: {
          actorId: actor === "system" ? null : actor.id,
          targetUserId: user.id,
          action: "user.created",
          after: { email: user.email, name: user.name, role: user.role },
        },
      });
      return user;
    })
    .catch((error: unknown) => {
      // Two admins creating the same address at once: the unique index decides.
      throw isUniqueViolation(error) ? taken() : error;
    });
}
