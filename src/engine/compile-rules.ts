import nlp from 'compromise';
import { sortedAlternatives } from './required-words';
import { FLAGGED_SLOT, templateSlots, templateTransforms, TRANSFORM_NAMES } from './suggest';
import {
  CATEGORIES,
  GUARD_IDS,
  REQUIRES_END,
  REQUIRES_START,
  SEVERITIES,
  type Category,
  type CompiledRule,
  type CompiledRuleSet,
  type FlagExample,
  type GuardId,
  type Severity,
  type WordsRef,
} from './types';

/** One rule file as read from disk: its path relative to the project (rules/<category>/<id>.yaml) and its parsed data. */
export interface RuleSource {
  file: string;
  data: unknown;
}

export class RuleError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'RuleError';
  }
}

export const RULE_SET_VERSION = 1;

const FIELDS = [
  'category',
  'severity',
  'message',
  'explanation',
  'source',
  'define',
  'match',
  'phrases',
  'exceptions',
  'allow',
  'suggestions',
  'examples',
] as const;

// Words so frequent that indexing a rule by them would send most sentences to compromise.
const COMMON = new Set(
  'you your i me my it is are am was were be been the a an to and of in on that this do does did not have has had will would can could should so just what how why when then than get go know think like really all any one there out up about for with at if no or but as we more please use thanks need mean problem other something good now make want see time people way also very even back well only after first new right still too much here over off some because from by they he she them his her our us their before next again keep going come coming take look let tell put said say another leave stop never always ever every sure talk done give last day week home work today tomorrow tonight got left same sorry thing things around where which who into down many most own never said us'.split(
    ' ',
  ),
);

// A pattern indexed only by one of these would send a large share of all sentences to compromise: refused.
const TOO_COMMON = new Set(
  'you your i me my it is are am was were be the a an to and of in on that this do does did not have has had will would can so just what if or but as we for with at all'.split(
    ' ',
  ),
);

// Greedy wildcards multiply the matcher's work; more than two per pattern is refused.
const MAX_WILDCARDS = 2;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE = /^(?:.*\/)?rules\/([a-z-]+)\/([^/]+)\.ya?ml$/;

/** Validates every rule file and compiles them into one rule set; throws a RuleError naming the file on the first problem. */
export function compileRules(sources: readonly RuleSource[]): CompiledRuleSet {
  const errors = validateRules(sources);
  if (errors.length) throw errors[0] as RuleError;
  return { version: RULE_SET_VERSION, rules: sources.map(compileOne).sort((a, b) => a.id.localeCompare(b.id)) };
}

/** Every problem in every rule file, for a build that reports them all at once. */
export function validateRules(sources: readonly RuleSource[]): RuleError[] {
  const errors: RuleError[] = [];
  const ids = new Map<string, string>();
  const phrases = new Map<string, string>();
  for (const source of sources) {
    try {
      const rule = compileOne(source);
      const other = ids.get(rule.id);
      if (other) throw new RuleError(source.file, `duplicate rule id "${rule.id}" (also ${other})`);
      ids.set(rule.id, source.file);
      for (const p of rule.patterns) {
        const key = p.toLowerCase().replace(/\s+/g, ' ');
        const seen = phrases.get(key);
        if (seen) throw new RuleError(source.file, `duplicate pattern or phrase "${p}" (also in ${seen})`);
        phrases.set(key, source.file);
      }
    } catch (error) {
      errors.push(error instanceof RuleError ? error : new RuleError(source.file, String(error)));
    }
  }
  return errors;
}

function compileOne({ file, data }: RuleSource): CompiledRule {
  const fail = (detail: string): never => {
    throw new RuleError(file, detail);
  };
  const where = FILE.exec(file.replace(/\\/g, '/'));
  if (!where) return fail('a rule file must be rules/<category>/<rule-id>.yaml');
  const [, folder = '', id = ''] = where;
  if (!ID.test(id)) fail(`rule id "${id}" must be lower-case words joined by hyphens`);
  if (!isRecord(data)) return fail('the file must hold a mapping of fields');
  for (const key of Object.keys(data)) {
    if (!(FIELDS as readonly string[]).includes(key)) fail(`unknown field "${key}" (allowed: ${FIELDS.join(', ')})`);
  }
  const category = oneOf(data.category, CATEGORIES, 'category', fail) as Category;
  if (category !== folder) fail(`category "${category}" does not match its folder "${folder}"`);
  const severity = (
    data.severity === undefined ? 'warning' : oneOf(data.severity, SEVERITIES, 'severity', fail)
  ) as Severity;
  const message = text(data.message, 'message', 80, fail);
  const explanation = text(data.explanation, 'explanation', 400, fail);
  const source = text(data.source, 'source', 300, fail);
  const fragments = definitionsOf(data.define, fail);
  const used = new Set<string>();
  const matches = expandAll(list(data.match, 'match', fail), fragments, used, fail);
  const phraseList = list(data.phrases, 'phrases', fail);
  if (!matches.length && !phraseList.length) fail('a rule needs "match" patterns or "phrases"');
  const patterns = withLongerAlternativesFirst([...matches, ...phraseList.map((p) => phraseToPattern(p, fail))]);
  const exceptions = withLongerAlternativesFirst(
    expandAll(list(data.exceptions, 'exceptions', fail), fragments, used, fail),
  );
  for (const name of fragments.keys()) if (!used.has(name)) fail(`"define.${name}" is not used by any pattern`);
  const allow = list(data.allow, 'allow', fail).map((g) => oneOf(g, GUARD_IDS, 'allow', fail) as GuardId);
  const suggestions = list(data.suggestions, 'suggestions', fail);
  if (!suggestions.length) fail('a rule needs at least one suggestion');

  const index = patterns.map((p) => [...new Set(triggersOf(p, fail).map((w) => w.split('-')[0] ?? w))]);
  const triggers = new Set(index.flat());
  const requires = patterns.map((p) => requiredWordsOf(p, fail));
  const exceptionRequires = exceptions.map((p) => requiredWordsOf(p, fail));
  // every finding also offers its whole flagged text as {flagged} (see suggestionsFor)
  const groups = new Set([FLAGGED_SLOT, ...patterns.flatMap((p) => [...p.matchAll(/<(\w+)>/g)].map((m) => m[1]))]);
  for (const t of suggestions) {
    for (const slot of templateSlots(t))
      if (!groups.has(slot)) fail(`suggestion "${t}" uses {${slot}}, which no pattern captures`);
    for (const tr of templateTransforms(t))
      if (!TRANSFORM_NAMES.includes(tr)) fail(`suggestion "${t}" uses unknown transform "${tr}"`);
  }
  return {
    id,
    file,
    category,
    severity,
    message,
    explanation,
    source,
    patterns,
    exceptions,
    allow,
    suggestions,
    triggers: [...triggers].sort(),
    requires,
    index,
    exceptionRequires,
    examples: examplesOf(data.examples, fail),
  };
}

// A rule may name lists of pattern fragments once ("define") and join them in its patterns: "{condition} {penalty}" stands
// for every condition followed by every penalty, so a family reads as its parts rather than as their product.
const SLOT = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const MAX_EXPANDED = 5000;

function definitionsOf(value: unknown, fail: (d: string) => never): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (value === undefined) return out;
  if (!isRecord(value)) return fail('"define" must map names to lists of pattern fragments');
  for (const [name, fragments] of Object.entries(value)) {
    if (!ID.test(name)) fail(`"define.${name}": a name is lower-case words joined by hyphens`);
    const items = list(fragments, `define.${name}`, fail);
    if (!items.length) fail(`"define.${name}" needs at least one fragment`);
    for (const item of items) if (/[{}]/.test(item)) fail(`"define.${name}": a fragment cannot use another ({…})`);
    out.set(name, items);
  }
  return out;
}

function expandAll(
  patterns: string[],
  fragments: ReadonlyMap<string, string[]>,
  used: Set<string>,
  fail: (d: string) => never,
): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    let expanded = [pattern];
    for (const [, name = ''] of pattern.matchAll(SLOT)) {
      const options = fragments.get(name) ?? fail(`pattern "${pattern}" uses {${name}}, which "define" does not name`);
      used.add(name);
      expanded = expanded.flatMap((p) => options.map((o) => p.replace(`{${name}}`, o)));
    }
    for (const p of expanded) if (/[{}]/.test(p)) fail(`pattern "${pattern}" has a stray { or }`);
    out.push(...expanded.map((p) => p.replace(/\s+/g, ' ').trim()));
    if (out.length > MAX_EXPANDED) fail(`the patterns expand to more than ${MAX_EXPANDED}; split the families`);
  }
  return out;
}

function examplesOf(value: unknown, fail: (d: string) => never): { flag: FlagExample[]; pass: string[] } {
  if (!isRecord(value)) return fail('"examples" must have "flag" and "pass" lists');
  for (const key of Object.keys(value)) if (key !== 'flag' && key !== 'pass') fail(`unknown field "examples.${key}"`);
  const flagRaw = value.flag;
  if (!Array.isArray(flagRaw) || flagRaw.length === 0) fail('"examples.flag" needs at least one example');
  const flag = (flagRaw as unknown[]).map((item): FlagExample => {
    const example = typeof item === 'string' ? { text: item } : item;
    if (!isRecord(example) || typeof example.text !== 'string')
      return fail('each flag example is a string or {text, suggestion}');
    for (const key of Object.keys(example))
      if (key !== 'text' && key !== 'suggestion') fail(`unknown field "${key}" in a flag example`);
    const opens = example.text.split('[').length - 1;
    const closes = example.text.split(']').length - 1;
    if (opens !== 1 || closes !== 1 || example.text.indexOf('[') > example.text.indexOf(']')) {
      fail(`flag example "${example.text}" must mark the flagged span with one [ and one ]`);
    }
    if (example.suggestion !== undefined && typeof example.suggestion !== 'string') fail('"suggestion" must be text');
    return example.suggestion === undefined
      ? { text: example.text }
      : { text: example.text, suggestion: example.suggestion };
  });
  const pass = list(value.pass, 'examples.pass', fail);
  if (!pass.length) fail('"examples.pass" needs at least one example');
  return { flag, pass };
}

type Reg = {
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  tag?: string;
};

function parsePattern(pattern: string, fail: (d: string) => never): Reg[] {
  if (/\/[^/]+\//.test(pattern))
    fail(`pattern "${pattern}" uses a regular expression; use words, tags and choices instead`);
  // compromise ignores punctuation, and "word,?" silently makes the word optional.
  if (pattern.includes(',')) fail(`pattern "${pattern}" has a comma; patterns ignore punctuation, so leave it out`);
  if (/[\p{L}']\(|\[[a-z]+\]/u.test(pattern))
    fail(`pattern "${pattern}" glues a choice to a word ("want(ed)", "[sz]"); write the whole words as a choice`);
  // compromise parses "(a|b (c|d))" without complaint, and the pattern then matches nothing at all.
  if (nestsChoices(pattern))
    fail(`pattern "${pattern}" puts a choice inside a choice; write each inner alternative as a pattern of its own`);
  // A wildcard stops at the first word that fits the step after it, and compromise checks only a single, required word
  // there: an optional step or a choice of phrases makes the wildcard run to the end, so the pattern never matches.
  for (const { step: afterWildcard, last } of stepsAfterWildcards(pattern))
    if ((afterWildcard.endsWith('?') && !last) || choiceOfPhrases(afterWildcard))
      fail(
        `pattern "${pattern}": after a wildcard, "${afterWildcard}" must be a required word or a choice of single words; write a pattern for each phrase, and one without an optional step`,
      );
  const regs = nlp.parseMatch(pattern) as unknown as Reg[];
  if (!regs.length) fail(`pattern "${pattern}" does not compile`);
  const tags = (nlp.world() as { model: { one: { tagSet: Record<string, unknown> } } }).model.one.tagSet;
  let wildcards = 0;
  const visit = (list: Reg[]): void => {
    for (const r of list) {
      if (r.tag && !tags[r.tag]) fail(`pattern "${pattern}" uses unknown tag #${r.tag}`);
      if (r.greedy || (r.anything && r.optional)) wildcards++;
      for (const c of r.choices ?? []) visit(c);
    }
  };
  visit(regs);
  if (wildcards > MAX_WILDCARDS)
    fail(`pattern "${pattern}" has ${wildcards} open-ended wildcards (at most ${MAX_WILDCARDS})`);
  const opens = (pattern.match(/[([]/g) ?? []).length;
  const closes = (pattern.match(/[)\]]/g) ?? []).length;
  if (opens !== closes) fail(`pattern "${pattern}" has unbalanced brackets`);
  return regs;
}

/** The top-level steps of a pattern: words, tags, choices and captures, with their brackets kept whole. */
function stepsOf(pattern: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ' ' && depth === 0) {
      if (current) steps.push(current);
      current = '';
    } else current += ch;
  }
  if (current) steps.push(current);
  return steps;
}

// a wildcard step: `.+`, `.*`, an optional single word `.?`, or any of them captured
const WILDCARD_STEP = /^\^?(?:\.[+*?]|\[<[\w-]+>\.[+*?]\]\??)$/;

/** Each step that follows a wildcard; an optional last step is harmless, as nothing after it has to match. */
function stepsAfterWildcards(pattern: string): { step: string; last: boolean }[] {
  const steps = stepsOf(pattern.replace(/\$$/, ''));
  return steps
    .map((step, i) => ({ step, last: i === steps.length - 1 }))
    .filter((_s, i) => i > 0 && WILDCARD_STEP.test(steps[i - 1] ?? ''));
}

function choiceOfPhrases(step: string): boolean {
  const choice = /\(([^()]*)\)/.exec(step);
  return !!choice && (choice[1] ?? '').split('|').some((alternative) => alternative.trim().includes(' '));
}

/**
 * compromise tries a choice's alternatives in order and keeps the first that fits, never coming back to try a longer
 * one when the rest of the pattern then fails: in `(sure|sure thing) karen`, "sure" wins and "Sure thing, Karen" is
 * missed. Such a pattern is followed by a copy with the longer alternatives first. The copy comes second, and does not
 * replace it, because the shorter one is sometimes the one that must win: `(see|see i)? i told you so`.
 */
function withLongerAlternativesFirst(patterns: string[]): string[] {
  return patterns.flatMap((p) => {
    const longerFirst = longerAlternativesFirst(p);
    return longerFirst === p || onlyLastStepChanges(p, longerFirst) ? [p] : [p, longerFirst];
  });
}

/**
 * True when the reordered choice is the pattern's last step, with no `$` after it: there the shorter alternative
 * already matches wherever the longer one would, so a copy would cost a parse and find nothing new.
 */
function onlyLastStepChanges(pattern: string, longerFirst: string): boolean {
  if (pattern.endsWith('$')) return false;
  // reordering inside a choice keeps every step in its place, so the two step lists line up
  const after = stepsOf(longerFirst);
  return stepsOf(pattern)
    .slice(0, -1)
    .every((step, i) => step === after[i]);
}

/** The pattern with, in each choice where one alternative starts another, the alternatives with more words first. */
function longerAlternativesFirst(pattern: string): string {
  return pattern.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const alternatives = inner.split('|');
    const words = alternatives.map((a) => a.trim().split(/\s+/));
    const startsAnother = words.some((a, i) =>
      words.some((b, j) => i !== j && b.length > a.length && a.every((w, k) => w === b[k])),
    );
    if (!startsAnother) return whole;
    const order = alternatives.map((a, i) => ({ a, n: words[i]?.length ?? 0, i }));
    order.sort((x, y) => y.n - x.n || x.i - y.i);
    return `(${order.map((o) => o.a).join('|')})`;
  });
}

function nestsChoices(pattern: string): boolean {
  let depth = 0;
  for (const ch of pattern) {
    if (ch === '(' && ++depth > 1) return true;
    if (ch === ')') depth--;
  }
  return false;
}

const MIN_REQUIRED_WHEN_COMMON = 4;

/** The literal words a pattern cannot match without: the rarest required token's alternatives. */
function triggersOf(pattern: string, fail: (d: string) => never): string[] {
  const regs = parsePattern(pattern, fail);
  let best: string[] | null = null;
  let bestScore = Infinity;
  let required = 0;
  for (const r of regs) {
    if (r.optional || r.negative) continue;
    const words = literalWords(r);
    if (!words) continue;
    required++;
    const score = rarity(words);
    if (score < bestScore) {
      best = words;
      bestScore = score;
    }
  }
  if (!best)
    return fail(`pattern "${pattern}" needs at least one required literal word, so sentences can be prefiltered`);
  const common = best.filter((w) => TOO_COMMON.has(w));
  // Four or more required words must also all occur in order before compromise runs (see `requires`), which
  // common words rarely do; fewer would send a large share of all sentences to the parser.
  if (common.length && required < MIN_REQUIRED_WHEN_COMMON)
    fail(
      `pattern "${pattern}" would be indexed by the very common word(s) "${common.join('", "')}"; require a rarer word`,
    );
  return best;
}

/** Lower is better: a token whose alternatives include a very common word lets most sentences through. */
function rarity(words: readonly string[]): number {
  let score = words.length;
  for (const w of words) score += TOO_COMMON.has(w) ? 1_000_000 : COMMON.has(w) ? 1000 : 0;
  return score;
}

/** Every required token of a pattern as its alternative words (hyphenated words by their first part, as the index splits them). */
function requiredWordsOf(pattern: string, fail: (d: string) => never): string[][] {
  const out: string[][] = [];
  // "^" and "$" travel as markers: the first (last) required word must then sit near the sentence's start (end).
  if (pattern.trimStart().startsWith('^')) out.push([REQUIRES_START]);
  for (const r of parsePattern(pattern, fail)) {
    if (r.optional || r.negative) continue;
    const words = literalWords(r);
    if (words) out.push([...new Set(words.map((w) => w.split('-')[0] ?? w))].sort());
  }
  if (pattern.trimEnd().endsWith('$') && !/\.[*+]/.test(pattern)) out.push([REQUIRES_END]);
  return out;
}

function longest(words: readonly string[]): number {
  return Math.min(99, Math.max(...words.map((w) => w.length)));
}

function literalWords(r: Reg): string[] | null {
  if (r.word) return [r.word.toLowerCase()];
  if (r.fastOr) return [...r.fastOr].map((w) => w.toLowerCase());
  if (r.choices) {
    // Each alternative contributes its rarest required word: "(not once|never)" is indexed by "once" and "never".
    const out: string[] = [];
    for (const choice of r.choices) {
      let best: string[] | null = null;
      for (const c of choice) {
        if (c.optional || c.negative) continue;
        const words = literalWords(c);
        // on a tie the longer word is usually the rarer one: "laugh" rather than "having"
        if (words && (!best || rarity(words) - longest(words) / 100 < rarity(best) - longest(best) / 100)) best = words;
      }
      if (!best) return null;
      out.push(...best);
    }
    return out;
  }
  return null;
}

function phraseToPattern(phrase: string, fail: (d: string) => never): string {
  const words = phrase
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, ''))
    .filter(Boolean);
  if (!words.length) fail(`phrase "${phrase}" has no words`);
  if (words.some((w) => /[^\p{L}\p{N}'-]/u.test(w))) fail(`phrase "${phrase}" may hold only words`);
  return words.join(' ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf(value: unknown, allowed: readonly string[], field: string, fail: (d: string) => never): string {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(`"${field}" must be one of: ${allowed.join(', ')}`);
  return value as string;
}

function text(value: unknown, field: string, max: number, fail: (d: string) => never): string {
  if (typeof value !== 'string' || !value.trim()) return fail(`"${field}" is required text`);
  const out = value.trim().replace(/\s+/g, ' ');
  if (out.length > max) fail(`"${field}" is longer than ${max} characters`);
  return out;
}

function list(value: unknown, field: string, fail: (d: string) => never): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
    return fail(`"${field}" must be a list of non-empty texts`);
  }
  return (value as string[]).map((v) => v.trim());
}

/**
 * The rule set with each list of alternative words stored once in `words` and named by position everywhere else; what
 * the extension ships. The analyzer reads either form.
 */
export function packRuleSet(ruleSet: CompiledRuleSet): CompiledRuleSet {
  const words: string[][] = [...(ruleSet.words ?? [])];
  const positions = new Map(words.map((list, at) => [list.join('\u0000'), at]));
  const pack = (ref: WordsRef): number => {
    if (typeof ref === 'number') return ref;
    // in the analyzer's own form, so it can take each list as it is
    const list = sortedAlternatives(ref);
    const key = list.join('\u0000');
    let at = positions.get(key);
    if (at === undefined) {
      at = words.push(list) - 1;
      positions.set(key, at);
    }
    return at;
  };
  const rules = ruleSet.rules.map((rule) => ({
    ...rule,
    ...(rule.requires && { requires: rule.requires.map((needs) => needs.map(pack)) }),
    ...(rule.index && { index: rule.index.map(pack) }),
    ...(rule.exceptionRequires && { exceptionRequires: rule.exceptionRequires.map((needs) => needs.map(pack)) }),
  }));
  return { ...ruleSet, rules, words };
}
