import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** Outlets (lib/api/endpoints.ts). */
export const GET = apiGet("outlets");
export const OPTIONS = apiOptions;
