import deskStyles from "@/components/desk/desk.module.css";
import { cardClass } from "@/components/ui/card";
import txt from "@/components/ui/text.module.css";
import { Timestamp } from "@/components/precise-date";
import type { StaffClaim } from "@/lib/claims/staff-queries";
import { CommentForm } from "./comment-form";

export function CommentsSection({ claim }: { claim: StaffClaim }) {
  return (
    <section aria-labelledby="comments" className={deskStyles.claimSection}>
      <h2 id="comments">Comments</h2>
      <p className={txt.meta}>Internal to staff.</p>
      {claim.comments.length === 0 && <p className={txt.muted}>No comments yet.</p>}
      <ul className={txt.stack}>
        {claim.comments.map((c) => (
          <li key={c.id} className={cardClass}>
            <p className={txt.meta}>
              {c.author.name} · <Timestamp at={c.createdAt} />
            </p>
            <p className={deskStyles.commentBody}>{c.body}</p>
          </li>
        ))}
      </ul>
      <CommentForm claimId={claim.id} />
    </section>
  );
}
