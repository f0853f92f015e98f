import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { foreignKeyField } from "../db/errors";
import { AppError } from "../errors";
import { logger } from "../logger";
import "../validation/messages";
import { fieldErrorsOf } from "../validation/field-errors";
import { nulFieldErrors } from "../validation/text";
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

/** Form fields as an object; a name sent more than once (checkbox groups) becomes an array. */
function formObject(form: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    object[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return object;
}

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password|confirm|token/i.test(key))
      values[key] = value;
  }
  return values;
}

/** Refusals of who may do what are kept: an audit of denials shows probing before it succeeds. */
const DENIALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

function failure<T>(
  error: unknown,
  values: Record<string, string>,
  actor: Actor | null,
  formFields: ReadonlySet<string>,
): ActionState<T> {
  if (error instanceof AppError) {
    if (DENIALS.has(error.code)) {
      logger.warn({ event: "access-denied", code: error.code, actorId: actor?.id ?? null }, error.message);
    }
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  if (error instanceof z.ZodError) {
    return {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: fieldErrorsOf(error, formFields),
      values,
    };
  }
  const field = foreignKeyField(error);
  if (field) {
    // An id that names nothing (deleted meanwhile, or made up): the caller's mistake, not ours.
    logger.info({ field }, "server action named a missing record");
    return {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { [field]: ["That no longer exists. Choose another."] },
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
    // A raw no-JavaScript post can reach an action without its form state bound.
    if (!(form instanceof FormData)) return { ok: false, message: "Malformed request." };
    const values = formValues(form);
    const refusal = crossSiteRefusal(await headers());
    if (refusal) {
      logger.warn({ event: "access-denied", code: "CROSS_SITE" }, refusal);
      return { ok: false, message: refusal };
    }
    const actor = await getActor();
    if (requireStaff && !actor) {
      logger.warn({ event: "access-denied", code: "UNAUTHENTICATED", actorId: null }, "action without a session");
      return { ok: false, message: "Your session has ended. Sign in again.", values };
    }
    const fields = formObject(form);
    const nulErrors = nulFieldErrors(fields);
    if (nulErrors) return { ok: false, message: "Check the highlighted fields.", fieldErrors: nulErrors, values };
    try {
      return { ok: true, data: await run(actor, schema.parse(fields)) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      return failure<T>(error, values, actor, new Set(Object.keys(fields)));
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
