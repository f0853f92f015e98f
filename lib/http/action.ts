import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { AppError } from "../errors";
import { logger } from "../logger";
import { crossSiteRefusal } from "./same-origin";

/**
 * The one wrapper for server actions: refuse cross-site calls, require a signed-in staff member
 * (unless the action is public, like spending a set-password link), parse the form with the
 * shared zod schema, call the data layer (which checks the role against the record), and answer
 * with a small state for useActionState. Typed input (never passwords) is echoed back on failure,
 * so nothing typed is lost.
 */
export type ActionState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  data?: T;
};

type Handler<T> = (previous: ActionState<T>, form: FormData) => Promise<ActionState<T>>;

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password|confirm|token/i.test(key))
      values[key] = value;
  }
  return values;
}

function failure<T>(error: unknown, values: Record<string, string>): ActionState<T> {
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof z.ZodError) {
    return {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: z.flattenError(error).fieldErrors,
      values,
    };
  }
  logger.error({ err: error }, "server action failed");
  return { ok: false, message: "Something went wrong; nothing was saved. Try again.", values };
}

function action<S extends z.ZodType, T>(
  schema: S,
  run: (actor: Actor | null, input: z.output<S>) => Promise<T>,
  requireStaff: boolean,
): Handler<T> {
  return async (_previous, form) => {
    const values = formValues(form);
    const refusal = crossSiteRefusal(await headers());
    if (refusal) return { ok: false, message: refusal };
    const actor = await getActor();
    if (requireStaff && !actor) return { ok: false, message: "Your session has ended. Sign in again.", values };
    try {
      return { ok: true, data: await run(actor, schema.parse(Object.fromEntries(form.entries()))) };
    } catch (error) {
      return failure<T>(error, values);
    }
  };
}

export function staffAction<S extends z.ZodType, T>(
  schema: S,
  run: (actor: Actor, input: z.output<S>) => Promise<T>,
): Handler<T> {
  return action(schema, (actor, input) => run(actor!, input), true);
}

export function publicAction<S extends z.ZodType, T>(schema: S, run: (input: z.output<S>) => Promise<T>): Handler<T> {
  return action(schema, (_actor, input) => run(input), false);
}
