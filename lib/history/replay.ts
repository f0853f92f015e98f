import { canonicalJson } from "./canonical-json";
import { bumpsVersion, claimEventSchema } from "./events";

/**
 * Replays a claim's history into what its row must say: status, visibility, version and (when
 * every field change carried its snapshot) its public fields. `history:verify` compares the row
 * with this, so a status changed with no event, or a tail cut off, shows. Pure.
 */
export type Replayed = {
  status: string;
  visibility: string | null;
  /** Null when a redaction removed content the count depends on. */
  version: number | null;
  /** Canonical JSON of the public fields, or null when the history cannot tell (older events). */
  fields: string | null;
};

type Event = { seq: number; kind: string; payload: unknown };

export function replayClaim(events: Event[]): Replayed {
  let status = "UNVERIFIED";
  let visibility: string | null = null;
  let version: number | null = 1;
  let fields: string | null = null;
  for (const { kind, payload } of events) {
    if (payload === null) {
      // Content removed by a redaction: the kind still says what happened, not always by how much.
      if (kind === "EDITED" || kind === "STATUS_APPROVED" || kind === "VISIBILITY_CHANGED") version = null;
      else if (version !== null && bumpsVersion({ kind, payload: {} } as never)) version += 1;
      if (kind === "PUBLISHED") visibility = "PUBLIC";
      if (kind === "WITHDRAWN") visibility = "WITHDRAWN";
      continue;
    }
    const parsed = claimEventSchema.safeParse({ kind, payload });
    if (!parsed.success) {
      version = null;
      continue;
    }
    const event = parsed.data;
    if (version !== null && bumpsVersion(event)) version += 1;
    switch (event.kind) {
      case "CREATED":
        visibility = event.payload.visibility;
        fields = event.payload.snapshot ? canonicalJson(event.payload.snapshot) : null;
        break;
      case "STATUS_APPROVED":
        status = event.payload.to;
        break;
      case "PUBLISHED":
        visibility = "PUBLIC";
        break;
      case "WITHDRAWN":
        visibility = "WITHDRAWN";
        break;
      case "VISIBILITY_CHANGED":
        visibility = event.payload.after;
        break;
      case "EDITED":
        if (event.payload.snapshot) fields = canonicalJson(event.payload.snapshot);
        else if (!event.payload.draft && (event.payload.fields?.length || event.payload.changes)) fields = null;
        break;
      case "REVISED":
      case "REDACTED":
        if (event.payload.snapshot) fields = canonicalJson(event.payload.snapshot);
        break;
    }
  }
  return { status, visibility, version, fields };
}
