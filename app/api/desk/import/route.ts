import { handleImportUpload } from "@/lib/articles/import/upload";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** One file per request; see lib/articles/import/upload.ts. */
export async function POST(request: Request) {
  return handleImportUpload(request, getActor);
}
