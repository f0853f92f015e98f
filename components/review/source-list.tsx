import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { SourceReport } from "@/lib/reviews/sources";

/**
 * The sources a claim rests on, each with its outlet or host, and whether it counts as an
 * independent source; warns where two items share one source.
 */
export function SourceList({ sources }: { sources: SourceReport }) {
  return (
    <div className="source-list">
      <h4>
        Independent sources: {sources.independentCount}
        {sources.independentCount < 2 && " (corroborated needs two)"}
      </h4>
      {sources.sources.length === 0 ? (
        <p className={txt.muted}>No quotes or external evidence yet.</p>
      ) : (
        <ul>
          {sources.sources.map((s) => (
            <li key={s.key}>
              <strong>{s.label}</strong> {s.counts ? "" : "(does not count)"}: {s.items.join("; ")}
            </li>
          ))}
        </ul>
      )}
      {sources.warnings.map((w) => (
        <p key={w} className={noticeClass()} role="note">
          {w}
        </p>
      ))}
    </div>
  );
}
