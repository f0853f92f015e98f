import { readFileSync } from "node:fs";
import path from "node:path";

/** The password rules, shared by every form that sets a password and by the data layer. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"))
      .map((line) => line.trim().toLowerCase()),
  );
  return common;
}

/** Null when acceptable, else what is wrong, phrased for the person choosing it. */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "That password is on a list of commonly used passwords; choose another.";
  const localPart = person.email?.split("@")[0]?.toLowerCase();
  if (
    (localPart && localPart.length >= 4 && lower.includes(localPart)) ||
    (person.name && lower === person.name.toLowerCase())
  ) {
    return "Do not use your name or email address in your password.";
  }
  return null;
}
