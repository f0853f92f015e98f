import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio, readSchemeTokens } from "./contrast";

const css = readFileSync(path.resolve(import.meta.dirname, "../../app/styles/tokens.css"), "utf8");
const tokens = readSchemeTokens(css);
const STATUSES = ["corroborated", "conflicting", "unverified", "withdrawn"] as const;
const SCHEMES = ["light", "dark"] as const;

describe("status colours meet WCAG AA in both schemes", () => {
  for (const scheme of SCHEMES) {
    const t = tokens[scheme];
    for (const status of STATUSES) {
      const fg = t[`status-${status}-fg`];
      const bg = t[`status-${status}-bg`];
      const line = t[`status-${status}-line`];

      it(`${status} text on its badge background (${scheme})`, () => {
        expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
      });
      it(`${status} text on the page background (${scheme})`, () => {
        expect(contrastRatio(fg, t.paper)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(fg, t.wash)).toBeGreaterThanOrEqual(4.5);
      });
      it(`article text on a ${status} highlight (${scheme})`, () => {
        expect(contrastRatio(t.ink, bg)).toBeGreaterThanOrEqual(4.5);
      });
      it(`${status} underline and chart mark against the page (${scheme}, non-text 3:1)`, () => {
        expect(contrastRatio(line, t.paper)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(line, bg)).toBeGreaterThanOrEqual(3);
      });
    }

    it(`body text, muted text, links and buttons (${scheme})`, () => {
      expect(contrastRatio(t.ink, t.paper)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(t.muted, t.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.muted, t.wash)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.accent, t.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t["on-accent"], t.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t["on-danger"], t.danger)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.danger, t["danger-bg"])).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(t.ok, t["ok-bg"])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("reads all four statuses in both schemes from tokens.css", () => {
    for (const scheme of SCHEMES)
      for (const status of STATUSES)
        for (const part of ["fg", "bg", "line"]) expect(tokens[scheme][`status-${status}-${part}`]).toMatch(/^#/);
  });
});
