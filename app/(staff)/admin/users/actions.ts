"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/http/action";
import { changeRole, createUser, issueSetPasswordLink, setUserActive } from "@/lib/users/mutations";
import { changeRoleSchema, newUserSchema, setActiveSchema } from "@/lib/users/schemas";

export const createUserAction = staffAction(newUserSchema, async (actor, input) => {
  const user = await createUser(actor, input);
  revalidatePath("/admin/users");
  return { email: user.email, link: user.setPasswordLink };
});

export const changeRoleAction = staffAction(changeRoleSchema, async (actor, input) => {
  await changeRole(actor, input.userId, input.role);
  revalidatePath("/admin/users");
});

export const setActiveAction = staffAction(setActiveSchema, async (actor, input) => {
  await setUserActive(actor, input.userId, input.active);
  revalidatePath("/admin/users");
});

export const issueLinkAction = staffAction(z.object({ userId: z.string().min(1) }), async (actor, input) => {
  return { link: await issueSetPasswordLink(actor, input.userId) };
});
