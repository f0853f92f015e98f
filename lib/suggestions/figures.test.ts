import { describe, expect, it } from "vitest";
import { findFigures } from "./figures";

/** Only the parsed numbers, as written by hand below. */
const parsed = (sentence: string) =>
  findFigures(sentence).map(({ text, value, low, high, unit, approximate, bound }) => ({
    text,
    value,
    low,
    high,
    unit,
    approximate,
    bound,
  }));

const figure = (f: Partial<ReturnType<typeof parsed>[number]> & { text: string; unit: string }) => ({
  value: null,
  low: null,
  high: null,
  approximate: false,
  bound: null,
  ...f,
});

describe("figures in the sample articles (expected values written by hand)", () => {
  it("01: a number of hiding places, and years as dates are no figure", () => {
    expect(
      parsed(
        "In this latest round, Ali Baroodi, an academic from Mosul, tweeted that the widespread attack on ISIS sleeper cells west of Mosul had resulted in the discovery of 50 hiding places of ISIS that were destroyed.",
      ),
    ).toEqual([figure({ text: "50", value: 50, unit: "places" })]);
    expect(parsed("However, Iraqi security forces have scored successes in their operations since 2017.")).toEqual([]);
  });

  it("01: “almost two years” is approximate", () => {
    expect(
      parsed("Almost two years after Iraqi forces were able to retake Mosul from ISIS and largely defeat the group."),
    ).toEqual([figure({ text: "Almost two", value: 2, unit: "years", approximate: true })]);
  });

  it("02: “an estimated 1,000” is approximate", () => {
    expect(
      parsed(
        "He said security forces were seeking to oust an estimated 1,000 ISIS fighters from the desert regions around Baaj, Rawah and Tharthar.",
      ),
    ).toEqual([figure({ text: "an estimated 1,000", value: 1000, unit: "fighters", approximate: true })]);
  });

  it("02: a day of the month is a date, not a figure", () => {
    expect(
      parsed(
        "The operation, dubbed “Will of Victory,” began early Sunday, July 7, and would push to clear the remote territory between the provinces of Salahaddin, Nineveh and Anbar, a statement by the military said.",
      ),
    ).toEqual([]);
  });

  it("03: the range 3,500 to 4,000, and “about 11” sectors", () => {
    expect(
      parsed(
        "ISIS, according to al-Hashemi, has an active human force of 3,500 to 4,000 combatants deployed in about 11 operational sectors in western and northern Iraqi provinces.",
      ),
    ).toEqual([
      figure({ text: "3,500 to 4,000", low: 3500, high: 4000, unit: "combatants" }),
      figure({ text: "about 11", value: 11, unit: "sectors", approximate: true }),
    ]);
  });

  it("03: a number word, and a year range that is a date", () => {
    expect(
      parsed(
        'Matching those concerns, last year, the Joint Iraqi Operations Command launched eight major military operations called the "Will to Victory" to counter the expansion of ISIS.',
      ),
    ).toEqual([figure({ text: "eight", value: 8, unit: "operations" })]);
    expect(
      parsed(
        "“ISIS has a well-rounded structure that survived, it is reminiscent of the group’s early days in the 2013-2014 period,”",
      ),
    ).toEqual([]);
  });

  it("04: “at least five” is a lower bound, “four of their hideouts” counts hideouts", () => {
    expect(
      parsed(
        "At least five IS terrorists have been killed and four of their hideouts were destroyed in the multiday campaign, Rasool said.",
      ),
    ).toEqual([
      figure({ text: "At least five", value: 5, unit: "terrorists", bound: "lower" }),
      figure({ text: "four", value: 4, unit: "hideouts" }),
    ]);
  });

  it("04: 2,500 troops, and seven members of a family", () => {
    expect(parsed("The United States currently has 2,500 troops in Iraq.")).toEqual([
      figure({ text: "2,500", value: 2500, unit: "troops" }),
    ]);
    expect(
      parsed(
        "Last month, IS militants carried out multiple attacks against security forces and civilians in the area, including an attack in the province of Salahuddin that killed seven members of a family.",
      ),
    ).toEqual([figure({ text: "seven", value: 7, unit: "members" })]);
  });

  it("05: “nearly 6,000” civilians, 11,500 fighters, “near-900,000” refugees", () => {
    expect(
      parsed(
        "According to estimates by journalists and human rights groups, nearly 6,000 civilians were killed in the battle for western Mosul.",
      ),
    ).toEqual([figure({ text: "nearly 6,000", value: 6000, unit: "civilians", approximate: true })]);
    expect(
      parsed(
        "Their argument is that after 11,500 Kurdish fighters died or were wounded in the battle against ISIS, they are entitled to the territory.",
      ),
    ).toEqual([figure({ text: "11,500", value: 11500, unit: "fighters" })]);
    expect(parsed("the absorption of the near-900,000 refugees who left Mosul")).toEqual([
      figure({ text: "near-900,000", value: 900000, unit: "refugees", approximate: true }),
    ]);
  });

  it("05: vague quantities (“hundreds of thousands”) are no figure", () => {
    expect(parsed("Hundreds of thousands of refugees are expected to return to destroyed homes.")).toEqual([]);
  });
});

describe("ranges, number words, digits and qualifiers", () => {
  it("reads “between 5,000 and 7,000” and hyphen ranges as ranges", () => {
    expect(parsed("Between 5,000 and 7,000 people fled the city.")).toEqual([
      figure({ text: "Between 5,000 and 7,000", low: 5000, high: 7000, unit: "people" }),
    ]);
    expect(parsed("They counted 3,500–4,000 fighters.")).toEqual([
      figure({ text: "3,500–4,000", low: 3500, high: 4000, unit: "fighters" }),
    ]);
  });

  it("reads number words", () => {
    expect(parsed("A thousand people stayed and seven hideouts were found.")).toEqual([
      figure({ text: "A thousand", value: 1000, unit: "people" }),
      figure({ text: "seven", value: 7, unit: "hideouts" }),
    ]);
  });

  it("reads Arabic-Indic digits, keeping the original text", () => {
    expect(parsed("The group had ٣٬٥٠٠ fighters.")).toEqual([figure({ text: "٣٬٥٠٠", value: 3500, unit: "fighters" })]);
  });

  it("records “about” and “nearly” as approximate, “more than” and “up to” as bounds", () => {
    expect(parsed("about 200 vehicles")[0]).toMatchObject({ value: 200, approximate: true, bound: null });
    expect(parsed("more than 11,500 fighters")[0]).toMatchObject({ value: 11500, approximate: false, bound: "lower" });
    expect(parsed("up to 40 percent of the budget")[0]).toMatchObject({ value: 40, unit: "percent", bound: "upper" });
    expect(parsed("a budget of $5 million")[0]).toMatchObject({ value: 5_000_000, unit: "dollars" });
  });
});
