import { describe, expect, it } from "vitest";
import { auditActionLabel, auditChanges } from "./audit-changes";

describe("the audit log's readable changes", () => {
  it("reads a role change and a deactivation as words", () => {
    expect(auditChanges({ role: "EDITOR" }, { role: "REVIEWER" })).toEqual([
      { field: "Role", before: "editor", after: "reviewer" },
    ]);
    expect(auditChanges({ active: true }, { active: false })).toEqual([
      { field: "Status", before: "active", after: "deactivated" },
    ]);
  });

  it("shows a new account's fields with nothing before, and skips what did not change", () => {
    // In the same order whatever order the stored JSON has.
    expect(auditChanges(null, { role: "ADMIN", name: "Ana", email: "a@b.test" })).toEqual([
      { field: "Email", before: null, after: "a@b.test" },
      { field: "Name", before: null, after: "Ana" },
      { field: "Role", before: null, after: "admin" },
    ]);
    expect(auditChanges({ role: "ADMIN", name: "x" }, { role: "ADMIN", name: "y" })).toEqual([
      { field: "Name", before: "x", after: "y" },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges([1], "text")).toEqual([]);
  });

  it("keeps unknown fields and actions readable rather than dropping them", () => {
    expect(auditChanges({ limits: { a: 1 } }, { limits: { a: 2 } })).toEqual([
      { field: "limits", before: '{"a":1}', after: '{"a":2}' },
    ]);
    expect(auditActionLabel("user.role_changed")).toBe("Role changed");
    expect(auditActionLabel("user.something_new")).toBe("user.something_new");
  });
});
