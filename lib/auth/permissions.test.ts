import { describe, it, expect } from "vitest";

import { ACTIONS, ROLES, can, type Action } from "./permissions";

/**
 * Who may do what, written out by hand from DESIGN.md ("Who uses it"): editors work on articles
 * and claims and propose status changes; reviewers can also decide proposals; only admins
 * publish, manage users, read the audit log and verify the history chain.
 */
const EXPECTED: Record<Action, { EDITOR: boolean; REVIEWER: boolean; ADMIN: boolean }> = {
  "read:internal": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "article:import": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "article:edit": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "claim:create": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "claim:edit": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "claim:comment": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "review:propose": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "review:decide": { EDITOR: false, REVIEWER: true, ADMIN: true },
  "claim:publish": { EDITOR: false, REVIEWER: false, ADMIN: true },
  "user:manage": { EDITOR: false, REVIEWER: false, ADMIN: true },
  "audit:read": { EDITOR: false, REVIEWER: false, ADMIN: true },
  "history:verify": { EDITOR: false, REVIEWER: false, ADMIN: true },
};

const CASES = Object.entries(EXPECTED).flatMap(([action, byRole]) =>
  Object.entries(byRole).map(([role, allowed]) => ({
    role: role as keyof typeof byRole,
    action: action as Action,
    allowed,
  })),
);

describe("can", () => {
  it("has an expectation for every action and role the app defines", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect([...ROLES].sort()).toEqual(["ADMIN", "EDITOR", "REVIEWER"]);
  });

  it.each(CASES)("$role may $action: $allowed", ({ role, action, allowed }) => {
    expect(can(role, action)).toBe(allowed);
  });

  it.each([...ACTIONS])("refuses the public (no role) %s", (action) => {
    expect(can(null, action)).toBe(false);
    expect(can(undefined, action)).toBe(false);
  });
});
