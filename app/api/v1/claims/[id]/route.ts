import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** One public claim (lib/api/endpoints.ts). */
export const GET = apiGet("claim");
export const OPTIONS = apiOptions;
