import { claimsExportResponse } from "@/lib/exports/responses";

export const dynamic = "force-dynamic";

/** All public claims: /api/v1/exports/claims.csv or claims.jsonl. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return claimsExportResponse(request, (await params).file);
}
