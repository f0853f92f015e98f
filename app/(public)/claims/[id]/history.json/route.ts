import { AppError } from "@/lib/errors";
import { publicHistoryDocument } from "@/lib/history/queries";

export const dynamic = "force-dynamic";

/**
 * A claim's public history with hashes, the latest signed checkpoint and the inclusion proof:
 * what "Verify this history" and `npx claimtrail-verify` check (docs/history-format.md).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return Response.json(await publicHistoryDocument((await params).id), {
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return Response.json({ error: { code: "NOT_FOUND", message: error.message } }, { status: 404 });
    }
    throw error;
  }
}
