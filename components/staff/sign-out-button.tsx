"use client";

import { buttonClass } from "@/components/ui/button";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className={buttonClass("quiet")} onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </button>
  );
}
