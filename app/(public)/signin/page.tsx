import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/sign-in-form";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff sign-in" };

/** Only same-site paths are followed after sign-in. */
function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/desk";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await getActor()) redirect(returnTo);
  return (
    <div className={txt.narrow}>
      <h1>Staff sign-in</h1>
      <p className={txt.muted}>For editors, reviewers and admins. Reading Claimtrail needs no account.</p>
      <SignInForm returnTo={returnTo} />
    </div>
  );
}
