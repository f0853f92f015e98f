import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** Public claims (lib/api/endpoints.ts). */
export const GET = apiGet("claims");
export const OPTIONS = apiOptions;
