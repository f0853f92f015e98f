import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, type Action } from "./permissions";
import { actorForToken, type TokenClaims } from "./session-check";

/** The signed-in staff member for this request, or null (the public). */
export const getActor = cache(async (): Promise<Actor | null> => {
  return actorForToken((await getServerSession(authOptions())) as TokenClaims | null);
});

/** For pages: anonymous visitors go to sign-in and come back. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For pages: a role without the right sees a plain 404, as if the page did not exist. */
export async function requirePermission(action: Action, returnTo: string): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!can(actor.role, action)) notFound();
  return actor;
}
