import { describe, expect, it } from "vitest";
import { canTake, statesAllowing } from "./rules";

describe("correction request steps", () => {
  it.each([
    ["OPEN", "answer", true],
    ["OPEN", "close", true],
    ["ANSWERED", "answer", false],
    ["ANSWERED", "close", true],
    ["CLOSED", "answer", false],
    ["CLOSED", "close", false],
  ] as const)("%s may %s: %s", (state, step, allowed) => {
    expect(canTake(state, step)).toBe(allowed);
  });

  it("lists the states each step starts from", () => {
    expect(statesAllowing("answer")).toEqual(["OPEN"]);
    expect(statesAllowing("close")).toEqual(["OPEN", "ANSWERED"]);
  });
});
