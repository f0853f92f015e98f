/**
 * The sample data Claimtrail ships with: five articles on ISIS in Iraq (2017–2021), how to cut
 * each captured page down to its article body, and the first claims recorded from them.
 *
 * Every quote below is an exact substring of the *cleaned* body (see lib/articles/clean.ts), so
 * curly quotes, dashes and ellipses are copied from the source text as they are. Metadata the
 * pages do not print (most publication dates, two outlets) is stored as inferred, with a note,
 * and at the precision the evidence supports: never as a made-up exact day.
 */
import type { SampleData, SampleDate } from "./types";

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const PUBLISHED_01: SampleDate = {
  on: "2019-07-01",
  precision: "MONTH",
  inferred: true,
  note:
    'Not printed. The operation was "announced Sunday", Nuri Mahmoud spoke "on July 7", Mosul was ' +
    'liberated "just under two years ago" and ISIS was defeated in Syria "in March of this year" (2019).',
};

const PUBLISHED_02: SampleDate = {
  on: "2019-07-01",
  precision: "MONTH",
  inferred: true,
  note:
    'Not printed. The operation it reports "began early Sunday, July 7"; the year comes from context ' +
    '(Baghuz lost "in March", i.e. 2019, and July 7 fell on a Sunday in 2019).',
};

const PUBLISHED_03: SampleDate = {
  on: "2020-03-22",
  precision: "DAY",
  inferred: false,
  note: 'Printed on the page: "Sunday, 22 March, 2020 - 09:00".',
};

const PUBLISHED_04: SampleDate = {
  on: "2021-01-01",
  precision: "YEAR",
  inferred: true,
  note:
    'Not printed. Inferred from "2,500 troops in Iraq" and the U.S.-Iraq strategic talks "last week" ' +
    "announcing plans to move the remaining U.S. combat troops out (2021). Month and day unknown.",
};

const PUBLISHED_05: SampleDate = {
  on: "2017-07-01",
  precision: "MONTH",
  inferred: true,
  note:
    'Not printed. Photos dated "July 12, 2017", "a few days after" the announced liberation of Mosul, ' +
    'and Abadi\'s victory announcement "this week".',
};

/** Claims quoted from al-Hashemi in 03: he spoke to Asharq Al-Awsat for its report of 22 March 2020. */
const MARCH_2020: SampleDate = {
  on: "2020-03-01",
  precision: "MONTH",
  inferred: true,
  note: "Told Asharq Al-Awsat for its report of 22 March 2020; when he said it is not given.",
};

/** The launch of "Will of Victory": 02 prints "Sunday, July 7", 01 "announced Sunday". */
const WILL_OF_VICTORY_LAUNCH: SampleDate = {
  on: "2019-07-07",
  precision: "DAY",
  inferred: true,
  note: 'The AFP-based report prints "Sunday, July 7" without a year; 2019 is inferred (July 7 was a Sunday in 2019).',
};

/** 03 (22 March 2020) says "last year". */
const YEAR_2019_FROM_03: SampleDate = {
  on: "2019-01-01",
  precision: "YEAR",
  inferred: true,
  note: '"Last year" in an article of 22 March 2020.',
};

// ---------------------------------------------------------------------------------------------
// Cleaning: page furniture that sits inside an article's start..end range
// ---------------------------------------------------------------------------------------------

/**
 * 05: byline and the photo caption (printed twice, once with its credit) between the standfirst
 * and the first paragraph. splitParagraphs keeps single line breaks, so this is one paragraph.
 */
const HAARETZ_BYLINE_AND_CAPTION = [
  "A photo of Dr. Zvi Bar'el.",
  "Zvi Bar'el",
  "Send in e-mailSend in e-mail",
  "Iraqis walking on a damaged street in west Mosul on July 12, 2017, a few days after the government's " +
    'announcement of the "liberation" of the embattled city from ISIS fighters.',
  "Iraqis walking on a damaged street in west Mosul on July 12, 2017, a few days after the government's " +
    'announcement of the "liberation" of the embattled city from ISIS fighters.Credit: FADEL SENNA/AFP',
  "A photo of Dr. Zvi Bar'el.",
  "Zvi Bar'el",
].join("\n");

// ---------------------------------------------------------------------------------------------
// Evidence shared by the claims that pair article 02 with a known outlet
// ---------------------------------------------------------------------------------------------

/**
 * Article 02 has no known outlet, and an article with no known outlet never counts as an
 * independent source (lib/reviews/sources.ts): the claims it would corroborate stay unverified until an editor
 * records its outlet and a reviewer approves the status change.
 */
const AFP_BASED_SECOND_SOURCE = {
  kind: "NOTE" as const,
  note:
    "The AFP-based report of July 2019 was captured without its outlet and is stored with outlet unknown. It credits its " +
    'reporting to AFP ("With reporting from AFP"; quotes "told AFP"), but until its outlet is on ' +
    "record it cannot count as a second, independent source, so this claim stays unverified.",
};

export const sampleData: SampleData = {
  outlets: [
    {
      slug: "middle-east-forum",
      name: "Middle East Forum",
      homepage: "https://www.meforum.org",
      country: "US",
      language: "en",
    },
    {
      slug: "asharq-al-awsat",
      name: "Asharq Al-Awsat",
      homepage: "https://english.aawsat.com",
      // Saudi-owned, published from London; the English edition is the one captured.
      country: "GB",
      language: "en",
    },
    {
      slug: "voa",
      name: "Voice of America",
      homepage: "https://www.voanews.com",
      country: "US",
      language: "en",
    },
    {
      slug: "haaretz",
      name: "Haaretz",
      homepage: "https://www.haaretz.com",
      country: "IL",
      language: "en",
    },
  ],

  articles: [
    {
      key: "01",
      file: "01-mef-frantzman-2019-07.txt",
      headline: "Iraq Launches Another Offensive against ISIS. Why?",
      // Only the author bio ("a Writing Fellow at the Middle East Forum") points to the outlet.
      outlet: "middle-east-forum",
      outletInferred: true,
      authors: ["Seth J. Frantzman"],
      published: PUBLISHED_01,
      cleaning: {
        // The one-sentence opening is kept: it is the author's own text (and the source of the
        // "largest military campaign" claim), not a repeat of the headline.
        startAt: "Iraq has launched the largest military campaign against ISIS",
        // Ends before the two bio paragraphs; the second bio paragraph also carries "See more from
        // this Author" and the unrelated August 2024 item on pro-Hamas activists (single line breaks).
        endAfter: "“This operation is the biggest since the liberation of Mosul,” he wrote.",
      },
    },
    {
      key: "02",
      file: "02-will-of-victory-afp-2019-07.txt",
      headline: "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border",
      // Unknown web outlet. AFP supplied the reporting but is not the publisher, so it is not the outlet.
      outlet: null,
      outletInferred: false,
      authors: [],
      published: PUBLISHED_02,
      cleaning: {
        startAt: "Iraq’s military announced a new operation",
        // "With reporting from AFP" is kept: it is the article's own credit line, the only thing the
        // page says about where its reporting came from, and the corroboration notes below rest on
        // it. "Related Articles" and "Back to top button" after it are furniture.
        endAfter: "With reporting from AFP",
        dropParagraphs: [
          // A "read also" teaser for another story, sitting between the last paragraph and the credit.
          "Mahdi orders full integration of Shia militias into Iraq’s armed forces",
        ],
      },
    },
    {
      key: "03",
      file: "03-asharq-al-awsat-2020-03-22.txt",
      headline: "Exclusive: ISIS in Iraq… A Growing Threat",
      outlet: "asharq-al-awsat",
      outletInferred: false,
      authors: [],
      published: PUBLISHED_03,
      cleaning: {
        // Skips the masthead, the headline (printed twice), and the dateline + photo caption paragraph.
        startAt: "In late 2017, Iraq announced the military defeat of ISIS",
        // Drops the trailing "Editor Picks".
        endAfter: "its loyalist fugitives.",
      },
    },
    {
      key: "04",
      file: "04-voa-diyala-2021.txt",
      headline: "Iraqi Military Launches Operation Against IS Remnants",
      // The text itself names the outlet ("told VOA"); the README does not list it as inferred.
      outlet: "voa",
      outletInferred: false,
      authors: [],
      published: PUBLISHED_04,
      cleaning: {
        // Skips "Accessibility links", "Breaking News", the headline and the photo caption, which is
        // printed twice (both copies form one paragraph, before the start). The two subheads
        // "Counterinsurgency challenges" and "US withdrawal" are the article's own and are kept.
        startAt: "Iraq's military and allied militias have launched",
        endAfter: "Col. Wayne Marotto, spokesman for the U.S.-led coalition, told VOA.",
      },
    },
    {
      key: "05",
      file: "05-haaretz-barel-2017-07.txt",
      headline: "Despite Mosul Defeat, ISIS Is Still Alive and Kicking",
      // Inferred from the "Analysis |" label and the subscriber-comment footer.
      outlet: "haaretz",
      outletInferred: true,
      authors: ["Zvi Bar'el"],
      published: PUBLISHED_05,
      cleaning: {
        // The standfirst under the headline is kept: it is the outlet's own text and, unlike the
        // headline, has nowhere else to be stored. "Analysis |" and the headline are skipped.
        startAt: "Islamic State may have lost control of Iraq’s second-largest city",
        // Everything from "Click the alert icon to follow topics:" on is subscription furniture and
        // unrelated teasers.
        endAfter: "and on his political and legal standing.",
        dropParagraphs: [
          HAARETZ_BYLINE_AND_CAPTION,
          "Iraqis driving a stripped-down car in west Mosul, July 12, 2017.Credit: FADEL SENNA/AFP",
        ],
      },
    },
  ],

  people: [
    {
      slug: "hisham-al-hashemi",
      name: "Hisham al-Hashemi",
      kind: "PERSON",
      description:
        'Iraqi security analyst: "security analyst" (AFP, July 2019), "Iraqi militia expert" (Asharq Al-Awsat, March 2020).',
    },
    {
      slug: "yahya-rasool",
      name: "Yahya Rasool",
      kind: "PERSON",
      description: '"Iraqi military spokesman" (VOA, 2021), speaking on Twitter.',
    },
    {
      slug: "ali-baroodi",
      name: "Ali Baroodi",
      kind: "PERSON",
      description: '"An academic from Mosul" (Middle East Forum, July 2019), quoted from his tweets.',
    },
    {
      slug: "iraqi-military",
      name: "Iraqi military",
      kind: "ORGANIZATION",
      description:
        'Iraq\'s armed forces speaking through official statements: "a statement by the military" (AFP, July 2019); ' +
        'the government\'s Security Media information cell announced "Will of Victory" (Middle East Forum, July 2019).',
    },
    {
      slug: "seth-frantzman",
      name: "Seth J. Frantzman",
      kind: "PERSON",
      description:
        "Author of the Middle East Forum analysis of July 2019; Writing Fellow at the Middle East Forum and op-ed editor of The Jerusalem Post " +
        "(per his bio).",
    },
    {
      slug: "zvi-barel",
      name: "Zvi Bar'el",
      kind: "PERSON",
      description: "Author of the Haaretz analysis of July 2017.",
    },
    {
      slug: "stephen-townsend",
      name: "Stephen Townsend",
      kind: "PERSON",
      description: 'U.S. Army general "who commands U.S. forces in Iraq" (Haaretz, July 2017).',
    },
    {
      slug: "kurdish-leadership",
      name: "Kurdish leadership",
      kind: "ORGANIZATION",
      description:
        '"The Kurds" of the Haaretz analysis: the Kurdish region\'s government and forces as Haaretz paraphrases their ' +
        "position; no named spokesperson.",
    },
  ],

  subjects: [
    {
      slug: "isis-fighters-iraq",
      name: "ISIS fighter strength in Iraq",
      description: "Estimates of how many ISIS fighters are active in Iraq, with where and when they apply.",
    },
    {
      slug: "will-of-victory",
      name: "Will of Victory operation",
      description: "Iraq's 2019 military operation(s) against ISIS remnants in the western desert.",
    },
    {
      slug: "defeat-of-isis-territory",
      name: "Defeat of ISIS territory",
      description: "When and how ISIS lost the territory it held in Iraq and Syria.",
    },
    {
      slug: "battle-of-mosul-toll",
      name: "Battle of Mosul toll",
      description: "Civilian deaths and displacement from the ISIS occupation of Mosul and the battle for it.",
    },
    {
      slug: "kurdish-losses-isis-war",
      name: "Kurdish losses in the war against ISIS",
    },
    {
      slug: "diyala-operation-2021",
      name: "Diyala operation against IS remnants (2021)",
      description: "The Iraqi operation around Hamrin Lake in Diyala province.",
    },
    {
      slug: "us-troops-iraq",
      name: "U.S. troop presence in Iraq",
    },
  ],

  claims: [
    // -- The motivating pair: same speaker, one year apart, different scope --------------------
    {
      key: "hashemi-2019",
      statement:
        "Security analyst Hisham al-Hashemi estimated that about 1,000 ISIS fighters were in the desert " +
        'regions around Baaj, Rawah and Tharthar targeted by Iraq\'s July 2019 "Will of Victory" operation.',
      subject: "isis-fighters-iraq",
      speaker: "hisham-al-hashemi",
      stated: PUBLISHED_02,
      quantity: {
        value: 1000,
        unit: "fighters",
        measure: "ISIS fighters in Iraq",
        approximate: true,
        asOf: {
          on: "2019-07-01",
          precision: "MONTH",
          inferred: true,
          note: 'Said at the launch of "Will of Victory" ("Sunday, July 7"); the year is inferred.',
        },
        scopePlace: "desert regions around Baaj, Rawah and Tharthar",
        scopePopulation: "ISIS fighters the operation sought to oust",
        scopeMethod: 'Analyst\'s estimate ("an estimated 1,000"), given to AFP.',
      },
      quotes: [
        {
          article: "02",
          exact:
            "He said security forces were seeking to oust an estimated 1,000 ISIS fighters from the desert " +
            "regions around Baaj, Rawah and Tharthar.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "hashemi-2020",
      statement:
        "Hisham al-Hashemi said ISIS had an active force of 3,500 to 4,000 combatants in about 11 " +
        "operational sectors in western and northern Iraqi provinces.",
      subject: "isis-fighters-iraq",
      speaker: "hisham-al-hashemi",
      stated: MARCH_2020,
      quantity: {
        low: 3500,
        high: 4000,
        unit: "fighters",
        measure: "ISIS fighters in Iraq",
        // The range itself carries the uncertainty.
        approximate: false,
        asOf: MARCH_2020,
        scopePlace: "about 11 operational sectors in western and northern Iraqi provinces",
        scopePopulation: "active human force",
        scopeMethod:
          'Analyst\'s estimate of "combatants", given to Asharq Al-Awsat; counted in the same unit ' +
          "(fighters) as his 2019 figure so the two chart together.",
      },
      quotes: [
        {
          article: "03",
          exact:
            "ISIS, according to al-Hashemi, has an active human force of 3,500 to 4,000 combatants " +
            "deployed in about 11 operational sectors in western and northern Iraqi provinces.",
        },
      ],
      status: "UNVERIFIED",
    },

    // -- Corroborated across outlets ---------------------------------------------------------------
    {
      key: "victory-declared-late-2017",
      statement: "Iraq formally declared military victory over ISIS in late 2017, a few months after retaking Mosul.",
      subject: "defeat-of-isis-territory",
      stated: PUBLISHED_02,
      quotes: [
        {
          article: "02",
          exact:
            "Iraq formally declared victory against ISIS in late 2017, a few months after ousting the " +
            "jihadist group from its seat of power in Mosul, the capital of Nineveh province.",
        },
        {
          article: "03",
          exact:
            "In late 2017, Iraq announced the military defeat of ISIS after fighting battles that lasted " +
            "about three years.",
        },
      ],
      status: "UNVERIFIED",
      evidence: [AFP_BASED_SECOND_SOURCE],
    },
    {
      key: "isis-defeated-iraq-2017",
      statement:
        "ISIS was defeated as a territory-holding force in Iraq by late 2017 but remained active there as " +
        "an insurgency.",
      subject: "defeat-of-isis-territory",
      stated: PUBLISHED_01,
      quotes: [
        {
          article: "01",
          exact:
            "Since ISIS was largely defeated in the fall of 2017 in Iraq, there have been concerns that " +
            "its networks have regrown.",
        },
        {
          article: "03",
          exact:
            "Iraqi forces were able to put a military end to the ambitious ISIS “caliphate,” but failed to " +
            "deal with the social environment the group had nestled for three years before its defeat.",
        },
        {
          article: "04",
          exact: "Despite its territorial defeat, IS remains active in several provinces of Iraqi's north",
        },
      ],
      status: "CORROBORATED",
      rationale:
        "Three outlets (Middle East Forum 2019, Asharq Al-Awsat 2020, VOA 2021) each describe a military " +
        "or territorial defeat followed by continued insurgent activity; the Middle East Forum analysis dates the defeat to fall 2017.",
      reviewComment:
        'Approved. This is the assessment ("largely defeated"), recorded apart from the formal ' +
        "declaration, which has its own claim.",
    },
    {
      key: "isis-lost-syria-march-2019",
      statement: "ISIS lost its last territory in Syria, the hamlet of Baghuz near the Iraqi border, in March 2019.",
      subject: "defeat-of-isis-territory",
      stated: PUBLISHED_01,
      quotes: [
        {
          article: "01",
          exact: "At the same time, ISIS was not defeated in Syria until March of this year.",
        },
        {
          article: "02",
          exact:
            "The group lost its last sliver of territory in Syria – Baghuz, a small desert hamlet near the " +
            "Iraqi border – in March.",
        },
      ],
      status: "UNVERIFIED",
      evidence: [AFP_BASED_SECOND_SOURCE],
    },
    {
      key: "wov-launched-2019-07-07",
      statement: 'Iraq launched the "Will of Victory" operation against ISIS remnants on Sunday, 7 July 2019.',
      subject: "will-of-victory",
      speaker: "iraqi-military",
      stated: WILL_OF_VICTORY_LAUNCH,
      quotes: [
        {
          article: "01",
          exact:
            "The operation is being called “Will of Victory” and was announced Sunday by the Security " +
            "Media information cell of the government.",
        },
        {
          article: "02",
          exact:
            "The operation, dubbed “Will of Victory,” began early Sunday, July 7, and would push to clear " +
            "the remote territory between the provinces of Salahaddin, Nineveh and Anbar, a statement by " +
            "the military said.",
        },
      ],
      status: "UNVERIFIED",
      evidence: [AFP_BASED_SECOND_SOURCE],
    },
    {
      key: "wov-participants",
      statement:
        "Iraqi army units, the Popular Mobilization Forces (Hashd al-Shaabi) and tribal forces took part " +
        'in the "Will of Victory" operation.',
      subject: "will-of-victory",
      stated: PUBLISHED_01,
      quotes: [
        {
          article: "01",
          exact:
            "According to Rudaw, a Kurdish media outlet, the operation is being led by different Iraqi " +
            "army units, backed by the Popular Mobilization Forces, or Hashd al-Shaabi.",
        },
        {
          article: "01",
          exact: "Sunni tribal forces are also participating.",
        },
        {
          article: "02",
          exact:
            "Iraqi armed forces, paramilitary units of the Hashed al-Shaabi (Popular Mobilization Units), " +
            "tribal groups and U.S.-led Coalition warplanes were all taking part, according to the " +
            "statement.",
        },
      ],
      status: "UNVERIFIED",
      evidence: [AFP_BASED_SECOND_SOURCE],
    },
    {
      key: "wov-area",
      statement:
        '"Will of Victory" targeted the desert between Nineveh, Anbar and Salahaddin provinces, running ' +
        "to the Syrian border.",
      subject: "will-of-victory",
      stated: PUBLISHED_01,
      quotes: [
        {
          article: "01",
          exact:
            "The army and its paramilitary supporters will try to root out ISIS remnants in a vast " +
            "triangle of open desert between Mosul city in Nineveh, Anbar province on the border with " +
            "Syria and Saladin province in central Iraq.",
        },
        {
          article: "02",
          exact: "would push to clear the remote territory between the provinces of Salahaddin, Nineveh and Anbar",
        },
      ],
      status: "UNVERIFIED",
      evidence: [AFP_BASED_SECOND_SOURCE],
    },

    // -- Nuance and conflict -----------------------------------------------------------------------
    {
      key: "wov-coalition-warplanes",
      statement:
        'U.S.-led Coalition warplanes took part in the "Will of Victory" operation, according to the ' +
        "Iraqi military's statement.",
      subject: "will-of-victory",
      speaker: "iraqi-military",
      stated: WILL_OF_VICTORY_LAUNCH,
      quotes: [
        {
          article: "02",
          exact: "U.S.-led Coalition warplanes were all taking part, according to the statement.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "wov-one-operation",
      statement:
        'In July 2019 Iraq launched one new operation, "Will of Victory", against ISIS remnants in the ' +
        "western desert.",
      subject: "will-of-victory",
      stated: PUBLISHED_01,
      quotes: [
        {
          article: "01",
          exact:
            "Almost two years after Iraqi forces were able to retake Mosul from ISIS and largely defeated " +
            "the organization on the ground, Iraq is launching yet another offensive to root out ISIS " +
            "remnants.",
        },
        {
          article: "02",
          exact:
            "Iraq’s military announced a new operation in an attempt to secure the vast western desert " +
            "leading to the Syrian border, amid fears Islamic State sleeper cells were using the area to " +
            "regroup.",
        },
      ],
      status: "CONFLICTING",
      rationale:
        'The Middle East Forum and AFP reports of July 2019 each describe "Will of Victory" as one operation; Asharq Al-Awsat (March 2020) says the Joint ' +
        "Operations Command launched eight major operations under that name in 2019.",
      reviewComment:
        "Approved as conflicting. Possibly reconcilable (the July 2019 reports were written at the launch " +
        "and could not count later phases), but no source here says so. Resolve with a primary source.",
    },
    {
      key: "wov-eight-operations",
      statement:
        "In 2019 Iraq's Joint Operations Command launched eight major military operations called \"Will to " +
        'Victory" to counter the expansion of ISIS.',
      subject: "will-of-victory",
      stated: PUBLISHED_03,
      quantity: {
        value: 8,
        unit: "operations",
        measure: "Operations launched",
        approximate: false,
        asOf: YEAR_2019_FROM_03,
        scopePlace: "Iraq",
        scopeMethod: "Count given by Asharq Al-Awsat in its own voice; no source named.",
      },
      quotes: [
        {
          article: "03",
          exact:
            "Matching those concerns, last year, the Joint Iraqi Operations Command launched eight major " +
            'military operations called the "Will to Victory" to counter the expansion of ISIS.',
        },
      ],
      status: "CONFLICTING",
      rationale:
        "Counts eight operations in 2019 where the Middle East Forum and AFP reports give one operation launched on 7 July 2019. " +
        'The name is also rendered differently ("Will to Victory" vs "Will of Victory").',
      reviewComment:
        "Approved as conflicting. Most likely the same campaign counted by phase, but that is an " +
        "inference; keep both accounts visible until the count is checked against Joint Operations Command " +
        "statements.",
    },
    {
      key: "wov-largest-since-mosul",
      statement:
        '"Will of Victory" is the largest military campaign against ISIS since the liberation of Mosul ' + "in 2017.",
      subject: "will-of-victory",
      speaker: "seth-frantzman",
      stated: PUBLISHED_01,
      quotes: [
        {
          article: "01",
          exact:
            "Iraq has launched the largest military campaign against ISIS since the liberation of Mosul " +
            "just under two years ago.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "baroodi-biggest-since-mosul",
      statement: 'Ali Baroodi wrote that "Will of Victory" was the biggest operation since the liberation of Mosul.',
      subject: "will-of-victory",
      speaker: "ali-baroodi",
      stated: PUBLISHED_01,
      quotes: [
        {
          article: "01",
          exact: "“This operation is the biggest since the liberation of Mosul,” he wrote.",
        },
      ],
      status: "UNVERIFIED",
    },

    // -- Single source, unverified -----------------------------------------------------------------
    {
      key: "baroodi-50-hiding-places",
      statement:
        "The operation against ISIS sleeper cells west of Mosul uncovered and destroyed 50 ISIS hiding " +
        "places, according to a tweet by Mosul academic Ali Baroodi.",
      subject: "will-of-victory",
      speaker: "ali-baroodi",
      stated: PUBLISHED_01,
      quantity: {
        value: 50,
        unit: "hiding places destroyed",
        measure: "Hiding places destroyed",
        approximate: false,
        asOf: PUBLISHED_01,
        scopePlace: "west of Mosul",
        scopeMethod: "Count in a tweet by Ali Baroodi, relayed by the article; not an official figure.",
      },
      quotes: [
        {
          article: "01",
          exact:
            "In this latest round, Ali Baroodi, an academic from Mosul, tweeted that the widespread attack " +
            "on ISIS sleeper cells west of Mosul had resulted in the discovery of 50 hiding places of ISIS " +
            "that were destroyed.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "diyala-is-killed",
      statement: "At least five IS fighters were killed in the multiday Iraqi operation in Diyala province.",
      subject: "diyala-operation-2021",
      speaker: "yahya-rasool",
      stated: PUBLISHED_04,
      quantity: {
        value: 5,
        unit: "IS fighters killed",
        measure: "IS fighters killed",
        approximate: false,
        asOf: PUBLISHED_04,
        scopePlace: "Diyala province (mountain range around Hamrin Lake and adjacent areas)",
        scopeMethod: 'Military spokesman\'s tally; "at least five", so a lower bound.',
      },
      quotes: [
        {
          article: "04",
          exact:
            "At least five IS terrorists have been killed and four of their hideouts were destroyed in the " +
            "multiday campaign, Rasool said.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "diyala-hideouts",
      statement: "Four IS hideouts were destroyed in the multiday Iraqi operation in Diyala province.",
      subject: "diyala-operation-2021",
      speaker: "yahya-rasool",
      stated: PUBLISHED_04,
      quantity: {
        value: 4,
        unit: "hideouts destroyed",
        measure: "Hideouts destroyed",
        approximate: false,
        asOf: PUBLISHED_04,
        scopePlace: "Diyala province (mountain range around Hamrin Lake and adjacent areas)",
        scopeMethod: "Military spokesman's tally.",
      },
      quotes: [
        {
          article: "04",
          exact:
            "At least five IS terrorists have been killed and four of their hideouts were destroyed in the " +
            "multiday campaign, Rasool said.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "us-troops-iraq-2021",
      statement: "The United States had 2,500 troops in Iraq.",
      subject: "us-troops-iraq",
      stated: PUBLISHED_04,
      quantity: {
        value: 2500,
        unit: "U.S. troops",
        measure: "U.S. troops in Iraq",
        approximate: false,
        asOf: PUBLISHED_04,
        scopePlace: "Iraq",
        scopeMethod: 'Stated by VOA in its own voice ("currently"); no source named.',
      },
      quotes: [
        {
          article: "04",
          exact: "The United States currently has 2,500 troops in Iraq.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "mosul-west-civilian-deaths",
      statement:
        "Nearly 6,000 civilians were killed in the battle for western Mosul, according to estimates by " +
        "journalists and human rights groups that Haaretz itself says cannot be substantiated.",
      subject: "battle-of-mosul-toll",
      stated: PUBLISHED_05,
      quantity: {
        value: 6000,
        unit: "civilians killed",
        measure: "Civilians killed",
        approximate: true,
        asOf: PUBLISHED_05,
        scopePlace: "western Mosul",
        scopePopulation: "civilians",
        scopeMethod:
          'Estimates by journalists and human rights groups; the article says such estimates "cannot be ' +
          'substantiated" and that there are no authoritative figures for eastern Mosul.',
      },
      quotes: [
        {
          article: "05",
          exact:
            "According to estimates by journalists and human rights groups, nearly 6,000 civilians were " +
            "killed in the battle for the western part of the city.",
        },
        {
          article: "05",
          exact:
            "The assessment of the total number of people killed in the battle against the Islamic State " +
            "is based on estimates that cannot be substantiated.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "mosul-displaced-900k",
      statement: "Nearly 900,000 refugees and displaced persons fled Mosul between 2014 and 2017.",
      subject: "battle-of-mosul-toll",
      speaker: "zvi-barel",
      stated: PUBLISHED_05,
      quantity: {
        value: 900000,
        unit: "people displaced",
        measure: "People displaced",
        approximate: true,
        asOf: PUBLISHED_05,
        scopePlace: "Mosul",
        scopePopulation: "refugees and displaced persons who fled the city",
        scopeMethod: 'Cumulative over "the last three years"; the article gives no source for the figure.',
      },
      quotes: [
        {
          article: "05",
          exact:
            "The first test for the chances of national reconciliation will be the absorption of the " +
            "near-900,000 refugees and displaced persons who fled Mosul over the last three years.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "kurdish-fighters-casualties",
      statement: "11,500 Kurdish fighters were killed or wounded in the battle against ISIS, according to the Kurds.",
      subject: "kurdish-losses-isis-war",
      speaker: "kurdish-leadership",
      stated: PUBLISHED_05,
      quantity: {
        value: 11500,
        unit: "Kurdish fighters killed or wounded",
        measure: "Kurdish fighters killed or wounded",
        approximate: false,
        asOf: PUBLISHED_05,
        scopePopulation: "Kurdish fighters, killed and wounded combined",
        scopeMethod: "Figure in the Kurds' argument as Haaretz paraphrases it; not broken down or sourced.",
      },
      quotes: [
        {
          article: "05",
          exact:
            "Their argument is that after 11,500 Kurdish fighters died or were wounded in the battle " +
            "against ISIS, they will not return areas for which Kurdish blood was spilled to the federal " +
            "government.",
        },
      ],
      status: "UNVERIFIED",
    },
    {
      key: "townsend-isis-not-removed",
      statement:
        "Days after Iraq announced the liberation of Mosul in July 2017, U.S. commander Gen. Stephen " +
        "Townsend said fierce battles continued and ISIS had not yet been removed from Iraq.",
      subject: "defeat-of-isis-territory",
      speaker: "stephen-townsend",
      stated: PUBLISHED_05,
      quotes: [
        {
          article: "05",
          exact:
            "Gen. Stephen Townsend, who commands U.S. forces in Iraq, sounded doubtful when clarifying " +
            "that “there are still fierce battles going on and ISIS has not been removed from Iraq yet.”",
        },
      ],
      status: "UNVERIFIED",
    },
  ],

  links: [
    {
      from: "hashemi-2020",
      to: "hashemi-2019",
      type: "UPDATES",
      note:
        "Same speaker eight months later, but not measured on the same ground: the 2019 figure (~1,000) " +
        "covers one desert region (Baaj, Rawah, Tharthar); the 2020 range (3,500–4,000) covers about 11 " +
        "operational sectors across western and northern provinces. The rise is partly a wider scope.",
    },
    {
      from: "wov-eight-operations",
      to: "wov-one-operation",
      type: "CONTRADICTS",
      note:
        'Asharq Al-Awsat counts eight "Will to Victory" operations in 2019; the Middle East Forum and AFP reports describe one operation launched ' +
        "on 7 July 2019. Possibly phases of one campaign; unresolved.",
    },
    {
      from: "wov-one-operation",
      to: "wov-launched-2019-07-07",
      type: "RELATED",
      note: "The launch date is corroborated; only the number of operations is in dispute.",
    },
    {
      from: "isis-defeated-iraq-2017",
      to: "victory-declared-late-2017",
      type: "CORROBORATES",
      note:
        "The Middle East Forum analysis dates the defeat itself to fall 2017, consistent with the formal declaration in late 2017 " +
        "reported by AFP and Asharq Al-Awsat.",
    },
    {
      from: "wov-coalition-warplanes",
      to: "wov-participants",
      type: "RELATED",
      note:
        "The Middle East Forum analysis lists the same ground forces (citing Rudaw) but no coalition aircraft. Silence is not a " +
        "denial, so the warplanes stay single-source rather than conflicting.",
    },
    {
      from: "baroodi-biggest-since-mosul",
      to: "wov-largest-since-mosul",
      type: "RELATED",
      note:
        "Same article: the author's opening line echoes Baroodi's tweet, so the two are not independent " +
        "and do not corroborate each other.",
    },
    {
      from: "hashemi-2019",
      to: "wov-launched-2019-07-07",
      type: "RELATED",
      note: "al-Hashemi's 2019 estimate counts the fighters this operation set out to oust.",
    },
    {
      from: "diyala-hideouts",
      to: "diyala-is-killed",
      type: "RELATED",
      note: "Same sentence, same spokesman, same multiday campaign.",
    },
    {
      from: "mosul-displaced-900k",
      to: "mosul-west-civilian-deaths",
      type: "RELATED",
      note: "Both from the same paragraph of the Haaretz analysis on the human toll of the Mosul battle.",
    },
    {
      from: "townsend-isis-not-removed",
      to: "victory-declared-late-2017",
      type: "RELATED",
      note:
        "Townsend spoke in July 2017, after the Mosul announcement; the nationwide victory was declared " +
        "months later, in late 2017. Consistent, not contradictory.",
    },
  ],
};
