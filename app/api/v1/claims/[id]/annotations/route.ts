import { annotationsResponse } from "@/lib/exports/responses";

export const dynamic = "force-dynamic";

/** The claim's quotes as a W3C Web Annotation collection. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return annotationsResponse(request, "claim", (await params).id);
}
