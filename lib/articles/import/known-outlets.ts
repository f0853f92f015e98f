/**
 * Outlets recognized from how their pages read when captured as text: a masthead printed on the
 * page names the outlet; a sign-off, an author-bio formula or a subscription footer only suggests
 * it (inferred). Names match the outlets the sample newsroom ships with.
 */
export type KnownOutlet = { name: string; pattern: RegExp; inferred: boolean; why: string; masthead?: boolean };

export const KNOWN_OUTLETS: KnownOutlet[] = [
  {
    name: "Asharq Al-Awsat",
    pattern: /^Asharq Al-?awsat English\b/im,
    inferred: false,
    masthead: true,
    why: "its masthead is printed on the page",
  },
  {
    name: "Voice of America",
    pattern: /\btold VOA\b|^VOA News\b/m,
    inferred: true,
    why: "the text says people “told VOA”",
  },
  {
    name: "Middle East Forum",
    pattern: /\bWriting Fellow at the Middle East Forum\b/,
    inferred: true,
    why: "the author bio names the Middle East Forum",
  },
  {
    name: "Haaretz",
    pattern: /\bClick the alert icon to follow topics\b|\bhaaretz\.com\b/i,
    inferred: true,
    why: "Haaretz's topic-alert footer follows the article",
  },
];
