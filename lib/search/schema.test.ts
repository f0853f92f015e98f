import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "./schema";

describe("the /claims query string", () => {
  it("reports each bad parameter by name and keeps the rest of the search", () => {
    const { query, problems } = parseSearchParams({
      q: "fighters",
      status: "maybe",
      colour: "red",
      shade: "blue",
      subject: ["a", "b"],
      from: "2020-02-30",
      to: "0000-01-01",
    });
    expect(problems.map((p) => p.param).sort()).toEqual(["colour", "from", "shade", "status", "subject", "to"]);
    expect(problems.find((p) => p.param === "subject")?.message).toMatch(/more than once/);
    expect(query).toMatchObject({ q: "fighters", limit: 20 });
    expect(query.status).toBeUndefined();
  });

  it("treats empty fields (a GET form's blanks) as not set, and any letter case for status and sort", () => {
    expect(parseSearchParams({ q: "", status: "", outlet: "", sort: "" })).toEqual({
      query: { limit: 20 },
      problems: [],
    });
    expect(parseSearchParams({ status: "Corroborated", sort: "NEWEST" }).query).toMatchObject({
      status: "CORROBORATED",
      sort: "newest",
    });
  });

  it("writes the URL back with only what is set", () => {
    expect(searchHref({ q: "isis fighters", status: "CONFLICTING", limit: 20 })).toBe(
      "/claims?q=isis+fighters&status=CONFLICTING",
    );
    expect(searchHref({})).toBe("/claims");
  });
});
