import { apiGet, apiOptions } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** Subjects (lib/api/endpoints.ts). */
export const GET = apiGet("subjects");
export const OPTIONS = apiOptions;
