/**
 * What the build contains, read from .next/server so that specs probing "every server action"
 * and "every route" cover ones added later without changes: server actions from
 * server-reference-manifest.json, pages and route handlers from app-paths-manifest.json.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SERVER_DIR = path.join(root, ".next", "server");

type ManifestAction = { workers?: Record<string, unknown>; filename?: string; exportedName?: string };
export type ServerAction = { id: string; label: string; exportedName?: string; path: string };

/** The URL path of a page from its build name: app/(staff)/admin/users/page → /admin/users. */
function pagePath(worker: string | undefined): string {
  if (!worker?.endsWith("page")) return "/";
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"))
    .map((segment) => (segment.startsWith("[") ? "e2e-bogus" : segment));
  return `/${segments.join("/")}`;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(path.join(SERVER_DIR, file), "utf8")) as T;
  } catch {
    return null;
  }
}

export const actionManifest = readJson<{
  node?: Record<string, ManifestAction>;
  edge?: Record<string, ManifestAction>;
}>("server-reference-manifest.json");

export const ACTIONS: ServerAction[] = Object.entries({ ...actionManifest?.node, ...actionManifest?.edge }).map(
  ([id, entry]) => ({
    id,
    exportedName: entry.exportedName,
    label: `${entry.exportedName ?? id} (${entry.filename ?? "unknown file"})`,
    path: pagePath(Object.keys(entry.workers ?? {})[0]),
  }),
);

const APP_PATHS = Object.keys(readJson<Record<string, string>>("app-paths-manifest.json") ?? {});

/** Route handlers in the build: /api/auth/[...nextauth]/route → /api/auth/[...nextauth]. */
export const ROUTES = APP_PATHS.filter((name) => name.endsWith("/route")).map((name) => name.replace(/\/route$/, ""));

/**
 * Pages in the build, as route patterns without groups: /(public)/claims/[id]/page → /claims/[id].
 * Next's own /_not-found and /_global-error are not routes of the app.
 */
export const PAGES = APP_PATHS.filter((name) => name.endsWith("/page") && !name.startsWith("/_")).map(
  (name) =>
    name
      .replace(/\/page$/, "")
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .join("/") || "/",
);

/** A route pattern with each dynamic segment filled by `fill` (given the segment's name). */
export function fillRoute(route: string, fill: (name: string) => string): string {
  return route
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? fill(segment.replace(/[[\].]/g, "")) : segment))
    .join("/");
}

// ---------------------------------------------------------------------------------------------
// Calling a server action as a browser would.

export type Fields = Record<string, string>;

/**
 * As React calls an action after hydration: `useActionState(action)` sends (previousState,
 * formData), the form's fields prefixed with its part number, and the root "0" last (the server
 * resolves the reference to the fields when it reads the root, so they must come first).
 */
function fetchActionBody(fields: Fields): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  return body;
}

/** As a form with a server action posts before hydration (or without JavaScript). */
function formActionBody(id: string, fields: Fields): FormData {
  const body = new FormData();
  body.append("$ACTION_REF_1", "");
  body.append("$ACTION_1:0", JSON.stringify({ id, bound: "$@1" }));
  body.append("$ACTION_1:1", JSON.stringify(["$undefined"]));
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  return body;
}

export type Transport = "fetch" | "form";

export async function callAction(
  request: APIRequestContext,
  action: ServerAction,
  transport: Transport,
  origin: string | undefined,
  fields: Fields,
): Promise<APIResponse> {
  const headers: Record<string, string> = { Accept: "text/x-component" };
  if (origin !== undefined) headers.Origin = origin;
  if (transport === "fetch") headers["Next-Action"] = action.id;
  // Playwright sets Content-Type: multipart/form-data with its boundary.
  return request.post(action.path, {
    headers,
    multipart: transport === "fetch" ? fetchActionBody(fields) : formActionBody(action.id, fields),
    maxRedirects: 0,
  });
}

/**
 * What an action answered: conform's submission result (lib/http/action.ts), `status` "success"
 * or "error", with the refusal under the key "" of `error`. A fetch-transport answer holds it as
 * the RSC row "1:{…}"; a no-JavaScript post answers with the page, whose flight data holds it
 * escaped inside a script, so there only the status is read.
 */
export type ActionAnswer = { status?: "success" | "error"; error?: Record<string, string[] | null> };

export function actionAnswer(body: string): ActionAnswer | null {
  const row = body.split("\n").find((line) => line.startsWith("1:{"));
  if (row) {
    try {
      return JSON.parse(row.slice(2)) as ActionAnswer;
    } catch {
      // not a result row
    }
  }
  const status = /\\*"status\\*":\\*"(success|error)\\*"/.exec(body)?.[1] as ActionAnswer["status"] | undefined;
  return status ? { status } : null;
}

/** Whether the action reports success (a write went through). */
export const actionSucceeded = (body: string): boolean => actionAnswer(body)?.status === "success";

/**
 * The action's refusal, if it refused: its form error ("error" when only the status is known), or
 * the message of the JSON refusal that proxy.ts answers before an action runs (a cross-site write).
 */
export function actionRefusal(body: string): string | null {
  const answer = actionAnswer(body);
  if (answer) return answer.status === "error" ? (answer.error?.[""]?.[0] ?? "error") : null;
  try {
    const refused = JSON.parse(body) as { error?: { message?: string } };
    return refused.error?.message ?? null;
  } catch {
    return null;
  }
}
