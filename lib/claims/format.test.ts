import { describe, it, expect } from "vitest";

import { formatQuantity, type QuantityLike } from "./format";

const quantity = (q: Partial<QuantityLike>): QuantityLike => ({
  value: null,
  low: null,
  high: null,
  unit: "fighters",
  approximate: false,
  ...q,
});

describe("formatQuantity", () => {
  it("shows a single value with its unit", () => {
    expect(formatQuantity(quantity({ value: 11, unit: "operational sectors" }))).toBe("11 operational sectors");
  });

  it("groups thousands with commas", () => {
    expect(formatQuantity(quantity({ value: 1000 }))).toBe("1,000 fighters");
    expect(formatQuantity(quantity({ value: 1234567, unit: "people" }))).toBe("1,234,567 people");
    expect(formatQuantity(quantity({ value: 999 }))).toBe("999 fighters");
  });

  it("shows a range as low–high with an en dash, each end grouped", () => {
    const text = formatQuantity(quantity({ low: 3500, high: 4000, unit: "combatants" }));

    expect(text).toBe("3,500\u20134,000 combatants");
    expect(text).not.toContain("-");
  });

  it("says 'about' before an approximate value or range", () => {
    expect(formatQuantity(quantity({ value: 1000, approximate: true }))).toBe("about 1,000 fighters");
    expect(formatQuantity(quantity({ low: 3500, high: 4000, unit: "combatants", approximate: true }))).toBe(
      "about 3,500–4,000 combatants",
    );
  });

  it("does not say 'about' for an exact figure", () => {
    expect(formatQuantity(quantity({ value: 1000, approximate: false }))).not.toContain("about");
  });

  it("shows a value of zero as 0, not as unknown", () => {
    expect(formatQuantity(quantity({ value: 0, unit: "casualties" }))).toBe("0 casualties");
    expect(formatQuantity(quantity({ low: 0, high: 5, unit: "casualties" }))).toBe("0–5 casualties");
  });

  it("keeps up to two decimals", () => {
    expect(formatQuantity(quantity({ value: 12.5, unit: "percent" }))).toBe("12.5 percent");
    expect(formatQuantity(quantity({ value: 1.0, unit: "percent" }))).toBe("1 percent");
    expect(formatQuantity(quantity({ value: 2.756, unit: "percent" }))).toBe("2.76 percent");
  });

  it("shows a question mark when neither a value nor a whole range is known", () => {
    expect(formatQuantity(quantity({}))).toBe("? fighters");
    expect(formatQuantity(quantity({ low: 3500 }))).toBe("? fighters");
  });
});
