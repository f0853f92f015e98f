import { renderWithdrawnNotice } from "@/lib/claims/withdrawn-notice";
import { getWithdrawnClaim } from "@/lib/claims/queries";
import { designTokensCss } from "@/lib/design/tokens-css";
import { AppError } from "@/lib/errors";

/**
 * The 410 page of a withdrawn claim (proxy.ts rewrites the claim's URL here): what it said, when,
 * why and by whom it was withdrawn, above its public history. Cacheable like other public pages:
 * a withdrawal is final, so the notice only changes if a redaction removes something from it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const claim = await getWithdrawnClaim(id);
    return new Response(renderWithdrawnNotice(claim, designTokensCss()), {
      status: 410,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
