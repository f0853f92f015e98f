import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** A public claim's history (lib/api/endpoints.ts). */
export const GET = apiGet("claimHistory");
export const OPTIONS = apiOptions;
