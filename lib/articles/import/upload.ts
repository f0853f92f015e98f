import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { crossSiteRefusal } from "../../http/same-origin";
import { logger } from "../../logger";
import { decodeImportBytes, MAX_IMPORT_BYTES } from "./extract";
import { localImportActor } from "./local-token";
import { stageImport } from "./mutations";

/**
 * POST /api/desk/import: one file (or pasted text) per request, as the raw request body, its
 * name in the X-File-Name header (URI-encoded). One request per file lets the page show each
 * file's upload progress, and allows 2 MB where a server action allows 1 MB. Answers the staged
 * import or the duplicate, or { error: { code, message } }.
 */
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = (status: number, code: string, message: string) => json({ error: { code, message } }, status);

async function readLimited(request: Request, fileName: string | null): Promise<Uint8Array> {
  const tooLarge = () =>
    new AppError("VALIDATION", `${fileName ? `“${fileName}”` : "The text"} is too large; the limit is 2 MB.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_IMPORT_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // A body that grows past the limit (no or a false Content-Length) is cut off, not buffered.
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function fileNameOf(request: Request): string | null {
  const header = request.headers.get("x-file-name");
  if (!header) return null;
  try {
    return decodeURIComponent(header).replace(/[\\/]/g, "_").slice(0, 255) || null;
  } catch {
    return null;
  }
}

export async function handleImportUpload(request: Request, sessionActor: () => Promise<Actor | null>) {
  let actor: Actor | null;
  if (request.headers.has("authorization")) {
    // The import command: no cookies, so no cross-site risk; the token alone decides.
    actor = await localImportActor(request.headers.get("authorization"), request.headers.get("x-claimtrail-as"));
    if (!actor)
      return refuse(401, "UNAUTHENTICATED", "The local import token, or the staff member to import as, was refused.");
  } else {
    const refusal = crossSiteRefusal(request.headers);
    if (refusal) return refuse(403, "FORBIDDEN", refusal);
    actor = await sessionActor();
  }
  if (!actor) return refuse(401, "UNAUTHENTICATED", "Your session has ended. Sign in again.");
  const fileName = fileNameOf(request);
  try {
    const bytes = await readLimited(request, fileName);
    const result = await stageImport(actor, { fileName, text: decodeImportBytes(bytes, fileName) });
    return json(result, result.status === "staged" ? 201 : 200);
  } catch (error) {
    if (error instanceof AppError) {
      const status = /too large/.test(error.message) ? 413 : error.status;
      return refuse(status, error.code, error.message);
    }
    logger.error({ err: error }, "import upload failed");
    return refuse(500, "INTERNAL", "The file could not be imported; nothing was saved. Try again.");
  }
}
