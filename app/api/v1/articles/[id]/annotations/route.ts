import { annotationsResponse } from "@/lib/exports/responses";

export const dynamic = "force-dynamic";

/** The public claims quoted in the article, as a W3C Web Annotation collection. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return annotationsResponse(request, "article", (await params).id);
}
