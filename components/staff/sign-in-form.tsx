"use client";

import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Signing in needs JavaScript (next-auth's CSRF token); until it runs the button stays disabled,
  // so a password is never sent anywhere else.
  const ready = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(returnTo);
      router.refresh();
    } else {
      setError(signInErrorMessage(result?.error ?? "unknown"));
    }
  }

  return (
    <form
      onSubmit={submit}
      method="post"
      className={fieldStyles.form}
      aria-describedby={error ? "signin-error" : undefined}
      noValidate
    >
      {error && (
        <p id="signin-error" role="alert" className={noticeClass("error")}>
          {error}
        </p>
      )}
      <div className={fieldStyles.field}>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className={fieldStyles.field}>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className={buttonClass()} disabled={pending || !ready}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
