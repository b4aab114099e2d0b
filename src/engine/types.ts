/** Stable category ids. Adding one is a product decision: the UI colours and the history depend on them. */
export const CATEGORIES = [
  'blame',
  'criticism',
  'defensiveness',
  'contempt',
  'dismissal',
  'stonewalling',
  'non-apology',
  'mind-reading',
  'ultimatum',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'alert'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The finding shape other tools rely on: keep it stable. Offsets are UTF-16 indices into the analysed text. */
export interface Finding {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
  match: string;
  message: string;
  explanation: string;
  suggestions: string[];
}

/** Anchor markers in a rule's `requires`: the pattern starts (ends) at the sentence's start (end). */
export const REQUIRES_START = '^';
export const REQUIRES_END = '$';

/** Shared context guards a rule may switch off when its own pattern already accounts for the trap. */
export const GUARD_IDS = [
  'quoted',
  'reported',
  'negated',
  'question',
  'self',
  'positive',
  'idiom',
  'logistics',
  'boundary',
] as const;
export type GuardId = (typeof GUARD_IDS)[number];

/** A rule after validation: plain JSON, so it can be shipped to the background and to the CLI as data. */
export interface CompiledRule {
  id: string;
  file: string;
  category: Category;
  severity: Severity;
  message: string;
  explanation: string;
  source: string;
  /** compromise match patterns, phrase lists already turned into patterns */
  patterns: string[];
  /** a finding is dropped when one of these matches a span overlapping it in the same sentence */
  exceptions: string[];
  /** guards this rule does not want applied */
  allow: GuardId[];
  /** suggestion templates, best first */
  suggestions: string[];
  /** lower-case words; a sentence must contain one of them (after contraction expansion) for the rule to run */
  triggers: string[];
  /**
   * Per pattern, the words it cannot match without: one list of alternatives per required word. A pattern runs only on
   * sentences that contain a word from every list, so "why are you so" needs "why" and "you" and "so". Absent: all run.
   */
  requires?: WordsRef[][];
  /**
   * Per pattern, the words that index it: its rarest required token's alternatives. A sentence reaches the pattern only
   * through one of them, so "i did nothing wrong" waits for "nothing", not for every "i". Absent: the rule's triggers.
   */
  index?: WordsRef[];
  /** Per exception, the words it needs in order, as `requires` is per pattern: an exception without them is not run. */
  exceptionRequires?: WordsRef[][];
  /**
   * The suggestions are word swaps inside the sentence (a writer's own phrase → their preferred wording), not rewrites
   * of it: they keep the sentence's punctuation and take the case of the words they replace.
   */
  inline?: boolean;
  examples: RuleExamples;
}

export interface FlagExample {
  /** the text with the flagged span marked by [ and ] */
  text: string;
  /** the expected first suggestion */
  suggestion?: string;
}

export interface RuleExamples {
  flag: FlagExample[];
  pass: string[];
}

/** A list of alternative words, or its position in the rule set's `words` (see `packRuleSet`). */
export type WordsRef = readonly string[] | number;

export interface CompiledRuleSet {
  version: number;
  rules: CompiledRule[];
  /**
   * Lists of alternative words that the rules' `requires`, `index` and `exceptionRequires` name by position. Thousands
   * of patterns share a few thousand lists: stored once, the shipped rules are a quarter smaller and load faster.
   */
  words?: string[][];
}
