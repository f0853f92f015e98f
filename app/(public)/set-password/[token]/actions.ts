"use server";

import { publicAction } from "@/lib/http/action";
import { setPasswordWithToken } from "@/lib/users/mutations";
import { setPasswordSchema } from "@/lib/users/schemas";

export const setPasswordAction = publicAction(setPasswordSchema, (input) =>
  setPasswordWithToken(input.token, input.password),
);
