import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "./csv";

describe("CSV fields", () => {
  it("quotes commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvField("3,500 to 4,000")).toBe('"3,500 to 4,000"');
    expect(csvField('He said "about 1,000"')).toBe('"He said ""about 1,000"""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(1000)).toBe("1000");
  });

  it("keeps a spreadsheet from running a field as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("-5 fighters")).toBe("'-5 fighters");
    expect(csvField(-5)).toBe("-5");
  });

  it("ends each row with CRLF", () => {
    expect(csvRow(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });
});
