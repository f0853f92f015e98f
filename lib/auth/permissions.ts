/**
 * Who may do what: the one table the whole app consults.
 * The public (no account) may read published material only; nothing here grants it more.
 */
import type { Role } from "../enums";

export { ROLES, type Role } from "../enums";

export const ACTIONS = [
  "read:internal",
  "article:import",
  "article:edit",
  "claim:create",
  "claim:edit",
  "claim:comment",
  "review:propose",
  "correction:handle",
  "review:decide",
  "claim:publish",
  "claim:redact",
  "user:manage",
  "audit:read",
  "history:verify",
] as const;
export type Action = (typeof ACTIONS)[number];

const EDITOR: readonly Action[] = [
  "read:internal",
  "article:import",
  "article:edit",
  "claim:create",
  "claim:edit",
  "claim:comment",
  "review:propose",
  // Readers' correction requests (lib/corrections/): any staff member answers or closes them.
  "correction:handle",
];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  EDITOR,
  // A reviewer decides proposals, but never their own or one they wrote part of: that rule is in
  // lib/reviews/rules.ts. Publishing and withdrawing are theirs; approving a redaction is an admin's.
  REVIEWER: [...EDITOR, "review:decide", "claim:publish"],
  ADMIN: [...ACTIONS],
};

export function can(role: Role | null | undefined, action: Action): boolean {
  return role ? PERMISSIONS[role].includes(action) : false;
}
