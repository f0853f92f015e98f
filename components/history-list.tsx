import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { claimHref } from "@/lib/claims/paths";
import { Timestamp } from "@/components/precise-date";
import type { HistoryEntry } from "@/lib/history/describe";
import { ChangeList } from "./change-list";
import styles from "./history-list.module.css";

/**
 * A claim's history as a timeline, for the public page and the staff workspace alike (which
 * entries each audience gets is decided in lib/history/describe.ts). Staff also see each entry's
 * position in the hash chain, the number /admin/history reports.
 */
export function HistoryList({
  history,
  claimPath,
  showSeq = false,
}: {
  history: HistoryEntry[];
  claimPath: string;
  showSeq?: boolean;
}) {
  return (
    <ol className={styles.history}>
      {history.map((h) => (
        <li key={h.seq}>
          <p className={txt.meta}>
            {showSeq && (
              <>
                <span className={styles.seq} title="Position in this claim's hash chain">
                  #{h.seq}
                </span>{" "}
                ·{" "}
              </>
            )}
            <Timestamp at={h.at} />
            {h.actor && <> · {h.actor}</>}
          </p>
          <p>
            {h.summary}
            {h.otherClaim && (
              <>
                {" "}
                <Link href={claimHref(claimPath, h.otherClaim)} dir="auto">
                  {h.otherClaim.statement}
                </Link>
              </>
            )}
          </p>
          <ChangeList changes={h.changes} items={h.items} claimPath={claimPath} />
          {h.detail && (
            <p className={styles.detail} dir="auto">
              {h.detail}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
