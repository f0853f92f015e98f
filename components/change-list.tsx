import Link from "next/link";
import { claimHref } from "@/lib/claims/paths";
import type { HistoryEntry } from "@/lib/history/describe";

/**
 * The one readable diff: each changed field as "Field: before → after", in full, then quotes,
 * evidence and links added or removed. The staff history, the review queue, the staff claim page
 * and the public history all show changes with it.
 */
export function ChangeList({
  changes,
  items = [],
  claimPath,
}: {
  changes: HistoryEntry["changes"];
  items?: HistoryEntry["items"];
  claimPath: string;
}) {
  if (changes.length === 0 && items.length === 0) return null;
  return (
    <ul className="change-list">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.field}:</strong> <span className="change-before">{c.before ?? "(none)"}</span>{" "}
          <span aria-label="changed to">→</span> <span className="change-after">{c.after ?? "(none)"}</span>
        </li>
      ))}
      {items.map((item, i) => (
        <li key={`${i}-${item.text}`}>
          {item.text}
          {item.otherClaim && (
            <>
              {" "}
              <Link href={claimHref(claimPath, item.otherClaim)}>{item.otherClaim.statement}</Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Marks a quote, evidence item or link of a published claim that waits for review. */
export function PendingTag({ change }: { change: "NONE" | "ADD" | "REMOVE" }) {
  if (change === "NONE") return null;
  return (
    <strong className="pending-tag">
      {change === "ADD" ? "Added: not public until approved" : "Removal waiting for review"}
    </strong>
  );
}
