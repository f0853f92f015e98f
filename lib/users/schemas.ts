import { z } from "zod";
import { ROLES } from "../auth/permissions";
import { MAX_PASSWORD_LENGTH } from "../auth/password-policy";

/** Shared by the admin forms and the data layer. */
export const newUserSchema = z.object({
  email: z
    .email("Enter a valid email address.")
    .max(254)
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, "Enter a name.").max(120, "At most 120 characters."),
  role: z.enum(ROLES, "Pick a role."),
});

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES, "Pick a role.") });
export const setActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const setPasswordSchema = z
  .object({
    token: z.string().min(1),
    password: z.string().max(MAX_PASSWORD_LENGTH),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });
