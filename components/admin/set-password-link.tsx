import adminStyles from "@/components/admin/admin.module.css";
import { noticeClass } from "@/components/ui/notice";
import { SET_PASSWORD_LINK_HOURS } from "@/lib/users/constants";

/** Shown once, right after it is made: the link is not stored and cannot be shown again. */
export function SetPasswordLink({ email, link }: { email?: string; link: string | null }) {
  if (!link) return null;
  return (
    <div className={noticeClass("ok")} role="status">
      <p>
        {email ? <>Account created for {email}. </> : null}Hand this one-time link to them; it sets their password,
        works once, and expires in {SET_PASSWORD_LINK_HOURS} hours. It will not be shown again.
      </p>
      <p className={adminStyles.linkBox} data-testid="set-password-link">
        {link}
      </p>
    </div>
  );
}
