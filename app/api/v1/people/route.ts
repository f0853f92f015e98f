import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** People (lib/api/endpoints.ts). */
export const GET = apiGet("people");
export const OPTIONS = apiOptions;
