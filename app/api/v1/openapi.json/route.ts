import { openApiDocument } from "@/lib/api/endpoints";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function GET() {
  return Response.json(openApiDocument(appUrl()), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}
