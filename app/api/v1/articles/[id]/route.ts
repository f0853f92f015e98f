import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** One public article (lib/api/endpoints.ts). */
export const GET = apiGet("article");
export const OPTIONS = apiOptions;
