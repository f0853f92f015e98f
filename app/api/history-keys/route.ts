import { publishedKeys } from "@/lib/history/signing-key";

/** The checkpoint public keys with their ids (served at /.well-known/claimtrail-history-keys). */
export function GET() {
  return Response.json(
    { format: "claimtrail-history-keys-v1", keys: publishedKeys() },
    { headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" } },
  );
}
