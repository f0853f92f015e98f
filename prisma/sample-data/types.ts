import type { CleaningRules } from "../../lib/articles/clean";

/** A date as sources give it: an ISO day, how much of it is known, and whether it is inferred. */
export type SampleDate = {
  /** "2019-07-07"; for month precision use the first of the month, for year precision Jan 1. */
  on: string;
  precision: "DAY" | "MONTH" | "YEAR";
  inferred: boolean;
  /** Why, when inferred ("Nuri Mahmoud's speech 'on July 7'"). */
  note?: string;
};

export type SampleOutlet = { slug: string; name: string; homepage?: string; country?: string; language?: string };

export type SampleArticle = {
  /** Key used by quotes below, e.g. "02". */
  key: string;
  /** File name under prisma/sample-data/articles/. */
  file: string;
  headline: string;
  /** Outlet slug from `outlets`, or null when unknown. */
  outlet: string | null;
  /** Whether the outlet attribution itself is inferred (e.g. from the author bio). */
  outletInferred: boolean;
  authors: string[];
  published: SampleDate;
  cleaning: CleaningRules;
};

export type SamplePerson = {
  slug: string;
  name: string;
  kind: "PERSON" | "ORGANIZATION";
  description?: string;
};

export type SampleSubject = { slug: string; name: string; description?: string };

export type SampleQuantity = {
  value?: number;
  low?: number;
  high?: number;
  unit: string;
  /** What the figure counts within its subject (a measure's name, e.g. "ISIS fighters in Iraq"). */
  measure: string;
  approximate: boolean;
  asOf?: SampleDate;
  scopePlace?: string;
  scopePopulation?: string;
  scopeMethod?: string;
};

export type SampleQuote = {
  /** SampleArticle.key */
  article: string;
  /** Exact text of the cleaned body; must occur exactly once there (or give prefix/suffix). */
  exact: string;
  prefix?: string;
  suffix?: string;
};

export type SampleClaim = {
  key: string;
  statement: string;
  subject: string;
  speaker?: string;
  stated?: SampleDate;
  quantity?: SampleQuantity;
  quotes: SampleQuote[];
  /** The status reached through a recorded review (an editor proposes, a reviewer approves). */
  status: "UNVERIFIED" | "CORROBORATED" | "CONFLICTING";
  /** Rationale of that proposal; required unless status is UNVERIFIED. */
  rationale?: string;
  /** The reviewer's comment on approval. */
  reviewComment?: string;
  /** External evidence or notes the decision rests on. */
  evidence?: { kind: "NOTE" | "EXTERNAL_URL"; note: string; url?: string; title?: string }[];
};

export type SampleLink = {
  from: string;
  to: string;
  type: "CORROBORATES" | "CONTRADICTS" | "UPDATES" | "RELATED";
  note: string;
};

export type SampleData = {
  outlets: SampleOutlet[];
  articles: SampleArticle[];
  people: SamplePerson[];
  subjects: SampleSubject[];
  claims: SampleClaim[];
  links: SampleLink[];
};
