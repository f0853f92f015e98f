import { noticeClass } from "@/components/ui/notice";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/staff/set-password-form";
import { setPasswordLinkStands } from "@/lib/users/queries";
import { setPasswordAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Checked on load, so a used or wrong link says so before two passwords are typed; spending
  // the link checks it again.
  if (!(await setPasswordLinkStands(token))) {
    return (
      <div className={txt.narrow}>
        <h1>This link cannot be used</h1>
        <p className={noticeClass("error")} role="alert">
          This link is invalid, used or expired. Ask an admin for a new one.
        </p>
      </div>
    );
  }
  return (
    <div className={txt.narrow}>
      <h1>Set your password</h1>
      <p className={txt.muted}>
        At least 12 characters. A long phrase you will remember is better than a short string of symbols.
      </p>
      <SetPasswordForm token={token} action={setPasswordAction} />
    </div>
  );
}
