import { describe, expect, it } from "vitest";
import { renderWithdrawnNotice } from "./withdrawn-notice";

const AT = new Date("2026-11-20T09:00:00Z");

describe("renderWithdrawnNotice", () => {
  const html = renderWithdrawnNotice({
    statement: `<script>alert("x")</script> 2,500 troops`,
    status: "UNVERIFIED",
    withdrawnAt: AT,
    withdrawalReason: `Wrong date <img src=x onerror=alert(1)>`,
    withdrawnBy: "Alex Admin",
    history: [
      {
        seq: 3,
        at: AT,
        actor: "Alex Admin",
        kind: "REVISED",
        summary: "Corrected, approved by Alex Admin",
        detail: "Fixed <b>it</b>",
        otherClaim: null,
        changes: [{ field: "Figure", before: "7 family members", after: "70 family members" }],
        items: [],
      },
    ],
  });

  it("says when, why and by whom the claim was withdrawn, above its history", () => {
    expect(html).toContain("This claim was withdrawn on 20 November 2026</strong> (approved by Alex Admin)");
    expect(html.indexOf('role="note"')).toBeLessThan(html.indexOf('id="history"'));
    expect(html).toContain("<strong>Figure:</strong> 7 family members → 70 family members");
  });

  it("never lets user text become HTML", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>it</b>");
    expect(html).toContain("&lt;script&gt;");
  });
});
