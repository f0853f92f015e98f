import { annotationsResponse } from "@/lib/exports/responses";

export const dynamic = "force-dynamic";

/** The public claims quoted in the article, as a W3C Web Annotation collection. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return annotationsResponse("article", (await params).id);
}
