import { describe, expect, it } from "vitest";
import { relateFigures } from "./figure-relation";

const at = (on: string | null, f: { value?: number; low?: number; high?: number; approximate?: boolean }) => ({
  value: f.value ?? null,
  low: f.low ?? null,
  high: f.high ?? null,
  approximate: f.approximate ?? false,
  on: on ? new Date(on) : null,
});

describe("relateFigures", () => {
  it("3,500–4,000 in March 2020 is possibly an update of about 1,000 in July 2019", () => {
    expect(
      relateFigures(at("2020-03-22", { low: 3500, high: 4000 }), at("2019-07-01", { value: 1000, approximate: true })),
    ).toMatchObject({ type: "UPDATES", firstIsNewer: true });
    expect(
      relateFigures(at("2019-07-01", { value: 1000, approximate: true }), at("2020-03-22", { low: 3500, high: 4000 })),
    ).toMatchObject({ type: "UPDATES", firstIsNewer: false });
  });

  it("ranges that do not overlap at close dates possibly conflict", () => {
    expect(relateFigures(at("2020-03-01", { value: 1000 }), at("2020-03-22", { low: 3500, high: 4000 }))).toMatchObject(
      {
        type: "CONTRADICTS",
      },
    );
  });

  it("overlapping figures possibly corroborate, an approximate one with a margin", () => {
    expect(
      relateFigures(at("2020-03-01", { low: 3000, high: 3600 }), at("2021-03-22", { low: 3500, high: 4000 })),
    ).toMatchObject({ type: "CORROBORATES" });
    expect(
      relateFigures(at("2020-03-01", { value: 1000, approximate: true }), at("2020-03-02", { value: 1080 })),
    ).toMatchObject({ type: "CORROBORATES" });
    expect(relateFigures(at("2020-03-01", { value: 1000 }), at("2020-03-02", { value: 1080 }))).toMatchObject({
      type: "CONTRADICTS",
    });
  });

  it("without a date, figures that do not overlap are flagged, not called an update", () => {
    expect(relateFigures(at(null, { value: 1000 }), at("2020-03-22", { value: 4000 }))).toMatchObject({
      type: "CONTRADICTS",
    });
  });
});
