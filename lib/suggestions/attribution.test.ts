import { describe, expect, it } from "vitest";
import { findAttribution, type Speaker } from "./attribution";

const speakerOf = (sentence: string, previous: Speaker | null = null) => findAttribution(sentence, previous)?.speaker;

describe("attributed statements in the sample articles", () => {
  it("“X told …” with the description before the name (03)", () => {
    expect(
      speakerOf(
        "“ISIS has a well-rounded structure that survived, it is reminiscent of the group’s early days in the 2013-2014 period,” Iraqi militia expert Hisham al-Hashemi told Asharq Al-Awsat, adding that the terrorist group enjoys large funding and a broad network of operatives.",
      ),
    ).toEqual({ name: "Hisham al-Hashemi", description: "Iraqi militia expert", inferred: false });
  });

  it("“according to X” (03)", () => {
    expect(
      findAttribution(
        "ISIS, according to al-Hashemi, has an active human force of 3,500 to 4,000 combatants deployed in about 11 operational sectors in western and northern Iraqi provinces.",
        null,
      ),
    ).toEqual({ verb: "according to", speaker: { name: "al-Hashemi", description: null, inferred: false } });
  });

  it("“according to X, a …” with its description", () => {
    expect(
      speakerOf("Between 5,000 and 7,000 families returned, according to Amira Haddad, a UN coordinator."),
    ).toEqual({
      name: "Amira Haddad",
      description: "UN coordinator",
      inferred: false,
    });
  });

  it("a clause after “according to X,” is not its description", () => {
    expect(speakerOf("ISIS, according to al-Hashemi, has an active force.")).toEqual({
      name: "al-Hashemi",
      description: null,
      inferred: false,
    });
  });

  it("“Security analyst X said” at the start of a sentence (02)", () => {
    expect(
      speakerOf(
        "Security analyst Hisham al-Hashemi said “Will of Victory” was aimed at depriving ISIS of the resources it uses to carry out those raids.",
      ),
    ).toEqual({ name: "Hisham al-Hashemi", description: "security analyst", inferred: false });
  });

  it("“He said” names the speaker of the sentence before, marked inferred (02)", () => {
    const previous = { name: "Hisham al-Hashemi", description: "security analyst", inferred: false };
    expect(
      speakerOf(
        "He said security forces were seeking to oust an estimated 1,000 ISIS fighters from the desert regions around Baaj, Rawah and Tharthar.",
        previous,
      ),
    ).toEqual({ ...previous, inferred: true });
    expect(speakerOf("He said so.", null)).toBeNull();
  });

  it("an appositive between the name and the verb (01, 04)", () => {
    expect(
      speakerOf(
        "In this latest round, Ali Baroodi, an academic from Mosul, tweeted that the widespread attack had resulted in the discovery of 50 hiding places.",
      ),
    ).toEqual({ name: "Ali Baroodi", description: "academic from Mosul", inferred: false });
    expect(
      speakerOf(
        'Hussein Ali Allawi, professor of national security at Nahrain University in Baghdad, says the ongoing operation in Diyala province "has achieved effective goals."',
      ),
    ).toEqual({
      name: "Hussein Ali Allawi",
      description: "professor of national security at Nahrain University in Baghdad",
      inferred: false,
    });
  });

  it("“…, said X, a senior analyst at …” (04)", () => {
    expect(
      speakerOf(
        '"They operate as a cartel, which is really challenging for the Iraqi security apparatus," said Rasha Al Aqeedi, a senior analyst at the Newlines Institute for Strategy and Policy in Washington.',
      ),
    ).toEqual({
      name: "Rasha Al Aqeedi",
      description: "senior analyst at the Newlines Institute for Strategy and Policy in Washington",
      inferred: false,
    });
  });

  it("“told VOA” names who heard it, not the speaker (04)", () => {
    expect(
      speakerOf(
        "Allawi, who is also an adviser to the Iraqi prime minister, told VOA that such counterterrorism efforts could end the local remnants of IS in Iraq.",
      ),
    ).toEqual({ name: "Allawi", description: null, inferred: false });
  });

  it("an unnamed source is an attribution without a speaker (02, 05)", () => {
    expect(
      findAttribution(
        "The operation would push to clear the remote territory between the provinces, a statement by the military said.",
        null,
      ),
    ).toEqual({ verb: "said", speaker: null });
    expect(
      findAttribution(
        "According to estimates by journalists and human rights groups, nearly 6,000 civilians were killed in the battle for western Mosul.",
        null,
      ),
    ).toEqual({ verb: "according to", speaker: null });
  });

  it("a sentence that attributes nothing", () => {
    expect(findAttribution("The United States currently has 2,500 troops in Iraq.", null)).toBeNull();
  });
});
