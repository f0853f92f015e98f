import type { FieldChange } from "../claims/fields";

/**
 * The audit log's entries read as people read them: "Role: editor → reviewer" instead of raw
 * JSON, in the claim history's shape (FieldChange, shown by components/change-list.tsx). Pure.
 */
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  "user.created": "Account created",
  "user.password_link_issued": "Set-password link issued",
  "user.password_set": "Password set",
  "user.role_changed": "Role changed",
  "user.deactivated": "Account deactivated",
  "user.reactivated": "Account reactivated",
};

const FIELD_LABEL: Record<string, string> = { email: "Email", name: "Name", role: "Role", active: "Status" };

function valueText(field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (field === "role" && typeof value === "string") return value.toLowerCase();
  if (field === "active" && typeof value === "boolean") return value ? "active" : "deactivated";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The fields an entry changed, before → after; a field set for the first time has no "before". */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const was = asRecord(before);
  const now = asRecord(after);
  // In a fixed order: jsonb keeps keys in its own order, not the order they were written in.
  const known = Object.keys(FIELD_LABEL);
  const rank = (field: string) => (known.includes(field) ? known.indexOf(field) : known.length);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  return fields.flatMap((field) => {
    const from = valueText(field, was[field]);
    const to = valueText(field, now[field]);
    return from === to ? [] : [{ field: FIELD_LABEL[field] ?? field, before: from, after: to }];
  });
}

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABEL[action] ?? action;
}
