import { describe, expect, it } from "vitest";
import { statementName } from "./statement-names";

const long = (where: string) =>
  `SELECT "t0"."id", "t0"."statement" FROM "public"."Claim" AS "t0" ${where} ${" ".repeat(300)}`;

describe("statementName", () => {
  it("names a long statement of fixed shape, the same text always the same name", () => {
    const sql = long(`WHERE "t0"."id" = $1 AND "t0"."visibility" IN (CAST($2::text AS "Visibility"))`);
    expect(statementName(sql)).toMatch(/^ct_[\w-]{32}$/);
    expect(statementName(sql)).toBe(statementName(`${sql}`));
    expect(statementName(long(`WHERE "t0"."id" = $2`))).not.toBe(statementName(sql));
  });

  it("leaves unnamed a list of parameters, whose length varies with the data, and short statements", () => {
    expect(statementName(long(`WHERE "t0"."id" IN ($1,$2,$3)`))).toBeUndefined();
    expect(statementName(long(`WHERE "t0"."id" IN ($1, $2)`))).toBeUndefined();
    expect(statementName(`SELECT 1`)).toBeUndefined();
  });
});
