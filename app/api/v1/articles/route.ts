import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** Public articles (lib/api/endpoints.ts). */
export const GET = apiGet("articles");
export const OPTIONS = apiOptions;
