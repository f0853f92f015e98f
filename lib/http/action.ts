import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { parse, type SubmissionResult } from "@conform-to/dom";
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
 * with conform's submission result (`submission.reply()`), which useForm reads on the client.
 * The refusal is the form error (key ""), each field's message is under the form's field name,
 * and typed input (never passwords or tokens) comes back as `initialValue`, so nothing typed is
 * lost. `data` is what the action answered with on success, typed end to end.
 */
export type FormResult<T = unknown> = SubmissionResult<string[]> & { data?: T };

type Handler<T> = (previous: FormResult<T> | undefined, form: FormData) => Promise<FormResult<T>>;

/**
 * Next's own fields of a no-JavaScript post are not the form's: never echoed or parsed. Nor are
 * conform's intent and state fields, which no form of ours sends (validation is on the server):
 * a crafted one would make conform's parse throw. Nor a name any part of which an object already
 * has ("toString", "x.constructor"): conform would echo the inherited function beside the value,
 * and a function cannot go back to the browser, so the answer would fail.
 */
function withoutActionFields(form: FormData): FormData {
  const clean = new FormData();
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || key === "__intent__" || key === "__state__") continue;
    if (key.split(/[.[\]]/).some((part) => part in Object.prototype)) continue;
    clean.append(key, value);
  }
  return clean;
}

/** Form fields as an object; a name sent more than once (checkbox groups) becomes an array. */
function formObject(form: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    object[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return object;
}

/** Refusals of who may do what are kept: an audit of denials shows probing before it succeeds. */
const DENIALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

type Refusal = { message: string; fieldErrors?: Record<string, string[]> };

function failure(error: unknown, actor: Actor | null, formFields: ReadonlySet<string>): Refusal {
  if (error instanceof AppError) {
    if (DENIALS.has(error.code)) {
      logger.warn({ event: "access-denied", code: error.code, actorId: actor?.id ?? null }, error.message);
    }
    return { message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof z.ZodError) {
    return { message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(error, formFields) };
  }
  const field = foreignKeyField(error);
  if (field) {
    // An id that names nothing (deleted meanwhile, or made up): the caller's mistake, not ours.
    logger.info({ field }, "server action named a missing record");
    return { message: CHECK_FIELDS, fieldErrors: { [field]: ["That no longer exists. Choose another."] } };
  }
  logger.error({ err: error }, "server action failed");
  return { message: "Something went wrong; nothing was saved. Try again." };
}

export const CHECK_FIELDS = "Check the highlighted fields.";

function action<S extends z.ZodType, T>(
  schema: S,
  run: (actor: Actor | null, input: z.output<S>) => Promise<T>,
  requireStaff: boolean,
): Handler<T> {
  return async (_previous, raw) => {
    // A raw no-JavaScript post can reach an action without its form state bound.
    if (!(raw instanceof FormData)) return { status: "error", error: { "": ["Malformed request."] } };
    const form = withoutActionFields(raw);
    const fields = formObject(form);
    const hideFields = Object.keys(fields).filter((name) => /password|confirm|token/i.test(name));
    const formFields = new Set(Object.keys(fields));
    /** A refusal before the schema ran: only its message, with the typed input. */
    const refuse = ({ message, fieldErrors }: Refusal): FormResult<T> =>
      parse<never, string[]>(form, { resolve: () => ({ error: {} }) }).reply({
        formErrors: [message],
        fieldErrors,
        hideFields,
      });

    const refusal = crossSiteRefusal(await headers());
    if (refusal) {
      logger.warn({ event: "access-denied", code: "CROSS_SITE" }, refusal);
      return refuse({ message: refusal });
    }
    const actor = await getActor();
    if (requireStaff && !actor) {
      logger.warn({ event: "access-denied", code: "UNAUTHENTICATED", actorId: null }, "action without a session");
      return refuse({ message: "Your session has ended. Sign in again." });
    }
    const nulErrors = nulFieldErrors(fields);
    if (nulErrors) return refuse({ message: CHECK_FIELDS, fieldErrors: nulErrors });
    const submission = parse<z.output<S>, string[]>(form, {
      resolve() {
        const parsed = schema.safeParse(fields);
        return parsed.success ? { value: parsed.data } : { error: fieldErrorsOf(parsed.error, formFields) };
      },
    });
    if (submission.status !== "success") return submission.reply({ formErrors: [CHECK_FIELDS], hideFields });
    try {
      const data = await run(actor, submission.value);
      return { ...submission.reply({ hideFields }), data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      const { message, fieldErrors } = failure(error, actor, formFields);
      return submission.reply({ formErrors: [message], fieldErrors, hideFields });
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
