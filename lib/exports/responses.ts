import "server-only";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { ANNOTATION_MEDIA_TYPE } from "./annotations";
import { annotationsStream, claimsExportStream } from "./queries";

/** The export routes' answers: streamed bodies, CORS open for GET, errors in the API's one shape. */
const CORS = { "Access-Control-Allow-Origin": "*" };

function error(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers: CORS });
}

export async function annotationsResponse(kind: "claim" | "article", id: string): Promise<Response> {
  try {
    return new Response(await annotationsStream(kind, id, appUrl()), {
      headers: { "Content-Type": ANNOTATION_MEDIA_TYPE, "Cache-Control": "no-store", ...CORS },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return error(404, "NOT_FOUND", e.message);
    throw e;
  }
}

export function claimsExportResponse(file: string): Response {
  const format = file === "claims.csv" ? "csv" : file === "claims.jsonl" ? "jsonl" : null;
  if (!format) return error(404, "NOT_FOUND", "The exports are claims.csv and claims.jsonl.");
  return new Response(claimsExportStream(format, appUrl()), {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "no-store",
      ...CORS,
    },
  });
}
