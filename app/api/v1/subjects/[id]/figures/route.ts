import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** A subject's figures (lib/api/endpoints.ts). */
export const GET = apiGet("subjectFigures");
export const OPTIONS = apiOptions;
