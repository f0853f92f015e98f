import { describe, expect, it } from "vitest";
import { toAsciiDigits } from "./digits";

describe("toAsciiDigits", () => {
  it("turns Arabic-Indic digits and separators into ASCII, one character for one", () => {
    expect(toAsciiDigits("٣٬٥٠٠")).toBe("3,500");
    expect(toAsciiDigits("٤٠٠٠ مقاتل")).toBe("4000 مقاتل");
    expect(toAsciiDigits("١٢٫٥")).toBe("12.5");
  });

  it("turns Extended Arabic-Indic (Persian) digits into ASCII", () => {
    expect(toAsciiDigits("۱۰۰۰")).toBe("1000");
  });

  it("leaves other text alone and keeps the length", () => {
    const text = "about 1,000 fighters, ١٠٠٠ مقاتل";
    expect(toAsciiDigits(text)).toHaveLength(text.length);
    expect(toAsciiDigits("ISIS fighters")).toBe("ISIS fighters");
  });
});
