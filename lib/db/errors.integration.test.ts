import { describe, expect, it } from "vitest";
import { makeClaim, makeStaff } from "../../test/factories";
import { updateClaim } from "../claims/mutations";
import { AppError } from "../errors";
import { createUser } from "../users/mutations";
import { db } from "./client";
import { foreignKeyField, isUniqueViolation } from "./errors";

describe("unique violations through the pg driver adapter", () => {
  it("are reported as P2002, so the data layer can turn them into clear messages", async () => {
    await db().outlet.create({ data: { slug: "dup", name: "Duplicate Outlet" } });
    const error = await db()
      .outlet.create({ data: { slug: "dup", name: "Another Name" } })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("something else"))).toBe(false);
  });

  it("let exactly one of two simultaneous sign-ups for one email through, the other gets a field error", async () => {
    const input = { email: "Same@Example.org", name: "Twin", role: "EDITOR" as const };
    const results = await Promise.allSettled([createUser("system", input), createUser("system", input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect((rejected.reason as AppError).fieldErrors?.email).toEqual(["Already in use."]);
    expect(await db().user.count({ where: { email: "same@example.org" } })).toBe(1);
  });
});

describe("foreign-key violations through the pg driver adapter", () => {
  it("name the field whose id names nothing", async () => {
    const editor = await makeStaff("EDITOR");
    const claim = await makeClaim(editor);
    const error = await updateClaim(editor, claim.id, {
      statement: "An edit that names a subject that does not exist",
      subjectId: "no-such-subject",
    } as Parameters<typeof updateClaim>[2]).catch((e: unknown) => e);
    expect(foreignKeyField(error)).toBe("subjectId");
    expect(foreignKeyField(new Error("something else"))).toBeNull();
  });
});
