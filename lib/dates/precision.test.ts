import { describe, it, expect } from "vitest";

import { formatPreciseDate, isoAtPrecision, parsePreciseDate, type DatePrecision } from "./precision";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe("formatPreciseDate", () => {
  it("shows day, month name and year for a day-precision date", () => {
    expect(formatPreciseDate({ on: utc(2019, 7, 7), precision: "DAY" })).toBe("7 July 2019");
    expect(formatPreciseDate({ on: utc(2020, 3, 22), precision: "DAY" })).toBe("22 March 2020");
  });

  it("shows month and year for a month-precision date", () => {
    expect(formatPreciseDate({ on: utc(2019, 7, 1), precision: "MONTH" })).toBe("July 2019");
  });

  it("never shows a day for a month-precision date, whatever day it is stored on", () => {
    for (const day of [1, 15, 31]) {
      const text = formatPreciseDate({ on: utc(2019, 12, day), precision: "MONTH" });
      expect(text).toBe("December 2019");
      expect(text).not.toMatch(/\b\d{1,2}\b/);
    }
  });

  it("shows only the year for a year-precision date", () => {
    expect(formatPreciseDate({ on: utc(2017, 1, 1), precision: "YEAR" })).toBe("2017");
    expect(formatPreciseDate({ on: utc(2017, 7, 15), precision: "YEAR" })).toBe("2017");
  });

  it.each([
    ["DAY", "about 7 July 2019"],
    ["MONTH", "about July 2019"],
    ["YEAR", "about 2019"],
  ] as const)("says 'about' for an inferred %s-precision date", (precision, expected) => {
    expect(formatPreciseDate({ on: utc(2019, 7, 7), precision, inferred: true })).toBe(expected);
  });

  it("does not say 'about' for a date the source states", () => {
    expect(formatPreciseDate({ on: utc(2019, 7, 7), precision: "DAY", inferred: false })).toBe("7 July 2019");
  });

  it("reads the date in UTC, so the stored first of a month stays in that month", () => {
    expect(formatPreciseDate({ on: new Date("2021-01-01T00:00:00Z"), precision: "MONTH" })).toBe("January 2021");
    expect(formatPreciseDate({ on: new Date("2021-12-31T23:30:00Z"), precision: "YEAR" })).toBe("2021");
  });
});

describe("isoAtPrecision", () => {
  it.each([
    ["DAY", "2019-07-07"],
    ["MONTH", "2019-07"],
    ["YEAR", "2019"],
  ] as const)("gives only the known part at %s precision", (precision, expected) => {
    expect(isoAtPrecision({ on: utc(2019, 7, 7), precision })).toBe(expected);
  });

  it("pads single-digit months and days", () => {
    expect(isoAtPrecision({ on: utc(2021, 3, 5), precision: "DAY" })).toBe("2021-03-05");
  });
});

describe("parsePreciseDate", () => {
  it.each([
    ["2019", utc(2019, 1, 1), "YEAR"],
    ["2019-07", utc(2019, 7, 1), "MONTH"],
    ["2019-07-07", utc(2019, 7, 7), "DAY"],
    ["2020-02-29", utc(2020, 2, 29), "DAY"],
    ["2019-12-31", utc(2019, 12, 31), "DAY"],
  ] as const)("reads %s at the precision it gives", (text, on, precision: DatePrecision) => {
    expect(parsePreciseDate(text)).toEqual({ on, precision, inferred: false });
  });

  it("keeps the inferred flag", () => {
    expect(parsePreciseDate("2019-07", true)).toEqual({ on: utc(2019, 7, 1), precision: "MONTH", inferred: true });
  });

  it("ignores surrounding whitespace", () => {
    expect(parsePreciseDate("  2019-07 \n")).toEqual({ on: utc(2019, 7, 1), precision: "MONTH", inferred: false });
  });

  it.each([
    ["2019-02-30", "a day February does not have"],
    ["2019-02-29", "29 February in a non-leap year"],
    ["2019-04-31", "31 April"],
    ["2019-13", "month 13"],
    ["2019-00", "month 0"],
    ["2019-07-00", "day 0"],
    ["2019-07-32", "day 32"],
    ["2019-7", "a one-digit month"],
    ["2019-07-7", "a one-digit day"],
    ["19-07", "a two-digit year"],
    ["July 2019", "words"],
    ["07/07/2019", "slashes"],
    ["2019-07-07T10:00", "a time of day"],
    ["", "nothing"],
  ])("refuses %s (%s)", (text) => {
    expect(parsePreciseDate(text)).toBeNull();
  });

  it.each(["2019", "2019-07", "2019-07-07"])("round-trips %s through isoAtPrecision", (text) => {
    const parsed = parsePreciseDate(text);
    expect(parsed).not.toBeNull();
    expect(isoAtPrecision(parsed!)).toBe(text);
  });
});

describe("years before 1000", () => {
  it("are refused rather than read as the 1900s", () => {
    expect(parsePreciseDate("0099")).toBeNull();
  });
});
