import "server-only";
import { consume } from "../auth/rate-limit";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { clientAddress } from "../http/client-address";
import { ANNOTATION_MEDIA_TYPE } from "./annotations";
import { annotationsStream, claimsExportStream } from "./queries";

/**
 * The export routes' answers: streamed bodies, CORS open for GET, errors in the API's one shape.
 * Exports are generated per request (never cached), so each address may start 30 a minute.
 */
const CORS = { "Access-Control-Allow-Origin": "*" };
const EXPORT_LIMIT = { points: 30, duration: 60, blockDuration: 60 };

async function overLimit(request: Request): Promise<Response | null> {
  const wait = await consume(`api-export:${clientAddress(request.headers)}`, EXPORT_LIMIT);
  if (wait === 0) return null;
  return Response.json(
    { error: { code: "RATE_LIMITED", message: "Too many exports; try again shortly." } },
    { status: 429, headers: { ...CORS, "Retry-After": String(Math.ceil(wait / 1000)) } },
  );
}

function error(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers: CORS });
}

export async function annotationsResponse(request: Request, kind: "claim" | "article", id: string): Promise<Response> {
  const limited = await overLimit(request);
  if (limited) return limited;
  try {
    return new Response(await annotationsStream(kind, id, appUrl()), {
      headers: { "Content-Type": ANNOTATION_MEDIA_TYPE, "Cache-Control": "no-store", ...CORS },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return error(404, "NOT_FOUND", e.message);
    throw e;
  }
}

export async function claimsExportResponse(request: Request, file: string): Promise<Response> {
  const format = file === "claims.csv" ? "csv" : file === "claims.jsonl" ? "jsonl" : null;
  if (!format) return error(404, "NOT_FOUND", "The exports are claims.csv and claims.jsonl.");
  const limited = await overLimit(request);
  if (limited) return limited;
  return new Response(claimsExportStream(format, appUrl()), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "no-store",
      ...CORS,
    },
  });
}
