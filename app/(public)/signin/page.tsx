import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/sign-in-form";
import { landingPath, returnPathAfterSignIn } from "@/lib/auth/landing";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff sign-in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const returnTo = returnPathAfterSignIn((await searchParams).callbackUrl);
  const actor = await getActor();
  if (actor) redirect(returnTo ?? landingPath(actor.role));
  // Without a page to return to the form comes back here once signed in, and this page then sends
  // the user to their role's landing page (the role is known only after sign-in).
  return (
    <div className={txt.narrow}>
      <h1>Staff sign-in</h1>
      <p className={txt.muted}>For editors, reviewers and admins. Reading Claimtrail needs no account.</p>
      <SignInForm returnTo={returnTo ?? "/signin"} />
    </div>
  );
}
