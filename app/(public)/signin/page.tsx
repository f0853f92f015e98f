import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/sign-in-form";
import { getActor } from "@/lib/auth/session";
import { safeRedirect } from "@/lib/http/safe-redirect";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff sign-in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const returnTo = safeRedirect((await searchParams).callbackUrl);
  if (await getActor()) redirect(returnTo);
  return (
    <div className={txt.narrow}>
      <h1>Staff sign-in</h1>
      <p className={txt.muted}>For editors, reviewers and admins. Reading Claimtrail needs no account.</p>
      <SignInForm returnTo={returnTo} />
    </div>
  );
}
