import { describe, expect, it } from "vitest";
import { makeStaff } from "../../test/factories";
import { listAuditLog } from "./queries";

describe("the audit log's page number", () => {
  it("is clamped to a page that exists, whatever the URL says", async () => {
    const admin = await makeStaff("ADMIN");
    const last = (await listAuditLog(admin, 1)).pageCount;
    for (const [asked, expected] of [
      [1e20, last],
      [Number.MAX_VALUE, last],
      [Infinity, last],
      [-3, 1],
      [2.5, Math.min(2, last)],
      [NaN, 1],
    ]) {
      expect((await listAuditLog(admin, asked)).page, String(asked)).toBe(expected);
    }
  });
});
