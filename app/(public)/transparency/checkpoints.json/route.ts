import { transparencyLog } from "@/lib/history/queries";

export const dynamic = "force-dynamic";

/**
 * The transparency log as JSON: published keys, every checkpoint, and the leaves of the newest.
 * Save it; later, `npm run history:verify -- --against <file or URL>` shows any chain rewritten since.
 */
export async function GET() {
  return Response.json(await transparencyLog(), {
    headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
}
