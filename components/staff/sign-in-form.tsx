"use client";

import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import { useForm, type SubmissionResult } from "@conform-to/react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

/**
 * Sign-in goes through next-auth's own endpoint (its CSRF token and JWT cookie), not a server
 * action, so its answer is made into conform's submission result here; conform's form state
 * holds the refusal (form.errors), as every other form's does.
 */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [lastResult, setLastResult] = useState<SubmissionResult<string[]>>();
  const [form] = useForm({ id: "signin", lastResult, shouldValidate: "onSubmit" });
  const error = form.errors?.[0] ?? null;
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
    setLastResult({ error: {} });
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
      setLastResult({ status: "error", error: { "": [signInErrorMessage(result?.error ?? "unknown")] } });
    }
  }

  return (
    <form
      id={form.id}
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
