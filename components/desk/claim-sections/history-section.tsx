import deskStyles from "@/components/desk/desk.module.css";
import { HistoryList } from "@/components/history-list";
import type { HistoryEntry } from "@/lib/history/describe";

/** Everything that happened to the claim, for staff: comments, proposals and rejections included. */
export function HistorySection({ history }: { history: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history" className={deskStyles.claimSection}>
      <h2 id="history">History</h2>
      <HistoryList history={history} claimPath="/desk/claims/" showSeq />
    </section>
  );
}
