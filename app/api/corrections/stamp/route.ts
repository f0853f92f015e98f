import { newFormStamp } from "@/lib/corrections/stamp-key";

/**
 * A fresh form stamp for the correction form on a (cached) claim page, asked for when the form
 * hydrates: the page itself cannot carry the moment it was opened (docs/decisions/0016).
 */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ stamp: newFormStamp() }, { headers: { "Cache-Control": "no-store" } });
}
