import { AppError } from "../errors";
import { can, type Action, type Role } from "./permissions";

/** The signed-in staff member a data-layer call acts for; null is the public. */
export type Actor = { id: string; role: Role; name: string };

export function assertCan(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to do that.");
  if (!can(actor.role, action)) throw new AppError("FORBIDDEN", "Your role does not allow that.");
}
