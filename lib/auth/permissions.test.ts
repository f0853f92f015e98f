import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";

import { ACTIONS, ROLES, can, type Action } from "./permissions";

/**
 * Who may do what, written out by hand from the product rules: editors work on articles and claims,
 * propose status changes and handle readers' correction requests; reviewers can also decide proposals; only admins
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
  "correction:handle": { EDITOR: true, REVIEWER: true, ADMIN: true },
  "review:decide": { EDITOR: false, REVIEWER: true, ADMIN: true },
  "claim:publish": { EDITOR: false, REVIEWER: true, ADMIN: true },
  "claim:redact": { EDITOR: false, REVIEWER: false, ADMIN: true },
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

/** Every source file of the app, tests and this table excepted. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !full.endsWith("permissions.ts") ? [full] : [];
  });
}

describe("the permission table", () => {
  it("declares no permission that nothing checks", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const code = ["app", "lib", "components"].flatMap((d) => sourceFiles(path.join(root, d)));
    const text = code.map((f) => readFileSync(f, "utf8")).join("\n");
    const unused = ACTIONS.filter((action) => !text.includes(`"${action}"`));
    expect(unused).toEqual([]);
  });
});
