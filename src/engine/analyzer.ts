import nlp from 'compromise';
import { guarded } from './guards/sentence-guards';
import { isQuotedSpan, quotedRanges } from './guards/quoted';
import { danglingLeadIn, isWholeSentence, replacesFromSentenceStart, wordsFollow } from './apply-range';
import { splitSentences } from './sentences';
import { tag } from './tagger';
import { askBeforeThreat, fitSuggestion, FLAGGED_SLOT, LEFTOVER_BLAME, renderTemplate, type Captures } from './suggest';
import { wordTable, type Need } from './required-words';
import {
  type Category,
  type CompiledRule,
  type CompiledRuleSet,
  type Finding,
  type Severity,
  type WordsRef,
} from './types';
import { wordSequenceOfExpanded } from '../prefilter/words';
import { expandShorthand } from '../prefilter/shorthand';

type Regs = ReturnType<typeof nlp.parseMatch>;
type Doc = ReturnType<typeof nlp>;
type View = ReturnType<Doc['match']>;

interface PreparedRule {
  rule: CompiledRule;
  /** compromise's parse of pattern i (see lazyParse) */
  pattern: (i: number) => Regs;
  /** per pattern, one list of alternative words per required word (empty: always worth running) */
  requires: Need[][];
  /** per pattern, whether it names a part-of-speech tag and so needs compromise's full tagger */
  tagged: boolean[];
  exception: (i: number) => Regs;
  /** per exception, its required words (see `requires`); empty: always run */
  exceptionRequires: Need[][];
  exceptionsTagged: boolean;
}

/** A finding relative to its sentence: what the cache stores, so a sentence that moves keeps its result. */
interface SentenceFinding {
  rule: PreparedRule;
  start: number;
  end: number;
  suggestions: string[];
}

export interface AnalyzeOptions {
  /** rule ids that must not report */
  mutedRules?: readonly string[];
  /** categories the writer switched off */
  disabledCategories?: readonly Category[];
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Finding[];
  /** findings for one sentence with offsets relative to it: what the background answers the content script with */
  analyzeSentence(sentence: string, options?: AnalyzeOptions): Finding[];
  /** every word that can make some rule fire, for the content script's prefilter */
  readonly triggerWords: string[];
  readonly rules: readonly CompiledRule[];
}

interface TermJson {
  offset: { start: number; length: number };
}
interface MatchJson {
  terms: TermJson[];
}

interface PatternRef {
  rule: PreparedRule;
  index: number;
  requires: readonly Need[];
  /** the sentence this pattern was last looked at for: a stamp is cheaper than a set of visited patterns */
  seen: number;
}

const NONE: readonly never[] = [];

/**
 * Compromise's parse of each pattern, made the first time a sentence needs it. Most patterns never run in a session,
 * and parsing all of them when the background starts held up the first hint by about a third of a second.
 */
function lazyParse(sources: readonly string[]): (i: number) => Regs {
  const parsed: Regs[] = [];
  return (i) => (parsed[i] ??= nlp.parseMatch(sources[i] ?? ''));
}

function sharedNeed(shared: readonly Need[], at: number): Need {
  const found = shared[at];
  if (!found) throw new Error(`the rule set names word list ${at}, which it does not have`);
  return found;
}

const DEFAULT_CACHE_SIZE = 4000;
/** Beyond this many characters only the first part is analysed: a draft that size is not a message. */
export const MAX_TEXT_LENGTH = 2_000_000;

export function createAnalyzer(ruleSet: CompiledRuleSet, cacheSize = DEFAULT_CACHE_SIZE): Analyzer {
  const table = wordTable();
  const shared = (ruleSet.words ?? []).map((alternatives) => table.need(alternatives, true));
  const need = (ref: WordsRef): Need => (typeof ref === 'number' ? sharedNeed(shared, ref) : table.need(ref));
  const wordsOf = (ref: WordsRef): readonly string[] => (typeof ref === 'number' ? sharedNeed(shared, ref).words : ref);
  const prepared: PreparedRule[] = ruleSet.rules.map((rule) => ({
    rule,
    pattern: lazyParse(rule.patterns),
    requires: rule.patterns.map((_p, i) => (rule.requires?.[i] ?? []).map(need)),
    tagged: rule.patterns.map((p) => p.includes('#')),
    exceptionsTagged: rule.exceptions.some((p) => p.includes('#')),
    exception: lazyParse(rule.exceptions),
    exceptionRequires: rule.exceptions.map((_p, i) => (rule.exceptionRequires?.[i] ?? []).map(need)),
  }));
  // Patterns, not rules, are indexed: a sentence with "sorry" then checks only the patterns that need "sorry", not
  // every pattern of every rule that has one.
  const byTrigger: PatternRef[][] = [];
  const triggerWords = new Set<string>();
  for (const p of prepared) {
    const triggers = new Set(p.rule.triggers);
    p.rule.patterns.forEach((_source, index) => {
      const indexed = p.rule.index?.[index];
      const key =
        (indexed === undefined ? undefined : wordsOf(indexed)) ??
        p.requires[index]?.find((n) => n.words.length > 0 && n.words.every((w) => triggers.has(w)))?.words;
      for (const word of key ?? triggers) {
        triggerWords.add(word);
        const id = table.idOf(word);
        const ref = { rule: p, index, requires: p.requires[index] ?? NONE, seen: 0 };
        (byTrigger[id] ??= []).push(ref);
      }
    });
  }
  const cache = new Map<string, SentenceFinding[]>();

  const analyzeSentence = (sentence: string): SentenceFinding[] => {
    const hit = cache.get(sentence);
    if (hit) {
      // refresh recency: Map keeps insertion order, so the oldest entry is the first one
      cache.delete(sentence);
      cache.set(sentence, hit);
      return hit;
    }
    const expanded = expandShorthand(sentence);
    const sequence = wordSequenceOfExpanded(expanded.text);
    const words = table.sentence(sequence);
    const stamp = words.stamp;
    const passing = new Map<PreparedRule, number[]>();
    for (const id of words.present) {
      for (const ref of byTrigger[id] ?? NONE) {
        if (ref.seen === stamp) continue;
        ref.seen = stamp;
        // Only the patterns whose required words all occur, in order, are worth a compromise parse.
        if (!table.inOrder(words, ref.requires)) continue;
        const indexes = passing.get(ref.rule);
        if (indexes) indexes.push(ref.index);
        else passing.set(ref.rule, [ref.index]);
      }
    }
    const runnable: Runnable[] = [];
    for (const [p, indexes] of passing) {
      // a rule's patterns run in their written order: the first, most specific one claims the words
      indexes.sort((a, b) => a - b);
      runnable.push({
        rule: p,
        patterns: indexes.map((i) => p.pattern(i)),
        tagged: p.exceptionsTagged || indexes.some((i) => p.tagged[i]),
      });
    }
    const result = runnable.length
      ? runRules(expanded.text, (needs) => table.inOrder(words, needs), runnable).map((f) => ({
          ...f,
          ...expanded.toOriginal(f.start, f.end),
        }))
      : [];
    cache.set(sentence, result);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return result;
  };

  return {
    rules: ruleSet.rules,
    triggerWords: [...triggerWords].sort(),
    analyze(input, options = {}) {
      try {
        const text = typeof input === 'string' ? input.slice(0, MAX_TEXT_LENGTH) : '';
        const keep = filterFor(options);
        const quoted = quotedRanges(text);
        const findings: Finding[] = [];
        for (const s of splitSentences(text)) {
          // quoted words are set aside first, so a quoted finding never hides one of the writer's own inside it
          const own = analyzeSentence(s.text).filter(
            (f) =>
              keep(f.rule.rule) &&
              (f.rule.rule.allow.includes('quoted') || !isQuotedSpan(s.start + f.start, s.start + f.end, quoted)),
          );
          for (const f of outermost(own)) findings.push(toFinding(f, text, s.start + f.start, s.start + f.end));
        }
        return findings;
      } catch {
        // A bug in one rule must never take the writer's page down with it; an empty answer is the safe one.
        return [];
      }
    },
    analyzeSentence(input, options = {}) {
      try {
        const sentence = typeof input === 'string' ? input.slice(0, MAX_TEXT_LENGTH) : '';
        const keep = filterFor(options);
        return outermost(analyzeSentence(sentence).filter((f) => keep(f.rule.rule))).map((f) =>
          toFinding(f, sentence, f.start, f.end),
        );
      } catch {
        return [];
      }
    },
  };
}

function filterFor(options: AnalyzeOptions): (rule: CompiledRule) => boolean {
  const muted = new Set(options.mutedRules ?? []);
  const disabled = new Set(options.disabledCategories ?? []);
  return (rule) => !muted.has(rule.id) && !disabled.has(rule.category);
}

const SEVERITY_RANK: Record<Severity, number> = { alert: 2, warning: 1, info: 0 };

/**
 * Drops a finding whose words lie inside another's: two rules on one phrase ("You only said sorry so I'd drop it")
 * would stack two underlines, and applying either rewrite leaves the other pointing at words that are gone.
 * The longer span wins; on the same span, the more severe rule, then the rule listed first.
 */
function outermost(findings: SentenceFinding[]): SentenceFinding[] {
  // most sentences have no finding, or one: nothing to sort or merge
  if (findings.length < 2) return findings;
  const kept: SentenceFinding[] = [];
  const widestFirst = [...findings].sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || SEVERITY_RANK[b.rule.rule.severity] - SEVERITY_RANK[a.rule.rule.severity],
  );
  for (const f of widestFirst) {
    if (!kept.some((k) => k.start <= f.start && f.end <= k.end)) kept.push(f);
  }
  return kept;
}

function toFinding(f: SentenceFinding, text: string, start: number, end: number): Finding {
  const { rule } = f.rule;
  return {
    ruleId: rule.id,
    category: rule.category,
    start,
    end,
    match: text.slice(start, end),
    message: rule.message,
    explanation: rule.explanation,
    suggestions: f.suggestions,
  };
}

interface Runnable {
  rule: PreparedRule;
  patterns: Regs[];
  /** whether any of these patterns or the rule's exceptions name a tag */
  tagged: boolean;
}

// "it's", "that's", "I'd": only the tagger can tell "is" from "has" and "would" from "had", so such sentences always
// get the full parse.
const APOSTROPHE_S = /[\p{L}]['’][sd]\b/iu;

/** Whether a list of required words occurs, in order, in the sentence being analysed. */
type HasInOrder = (needs: readonly Need[]) => boolean;

function runRules(sentence: string, hasInOrder: HasInOrder, candidates: Runnable[]): SentenceFinding[] {
  // Tokenizing is about ten times cheaper than tagging; word-only patterns need nothing more.
  const needsTagger = APOSTROPHE_S.test(sentence) || candidates.some((c) => c.tagged);
  const doc = needsTagger ? tag(sentence) : nlp.tokenize(sentence);
  const found: SentenceFinding[] = [];
  const claimed: { rule: PreparedRule; start: number; end: number }[] = [];
  for (const { rule: p, patterns } of candidates) {
    for (const regs of patterns) {
      const matches = doc.match(regs);
      if (!matches.found) continue;
      const spans = spansOf(matches, sentence);
      const captures = capturesOf(matches);
      spans.forEach((span, i) => {
        if (!span) return;
        if (claimed.some((c) => c.rule === p && c.start < span.end && c.end > span.start)) return;
        // A guarded or excepted match still claims its words, so a looser pattern of the same rule cannot report them.
        claimed.push({ rule: p, ...span });
        if (guarded({ sentence, start: span.start, end: span.end }, p.rule.allow)) return;
        const excepted = p.rule.exceptions.some(
          (_source, i) =>
            hasInOrder(p.exceptionRequires[i] ?? NONE) && overlapsMatch(doc, p.exception(i), sentence, span),
        );
        if (excepted) return;
        found.push({ rule: p, ...span, suggestions: suggestionsFor(p.rule, captures[i] ?? {}, sentence, span) });
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

type Span = { start: number; end: number };

/** Each match's span from its first to its last word; terminal punctuation is included when the match ends the sentence. */
function spansOf(matches: View, sentence: string): (Span | null)[] {
  const json = matches.json({ offset: true, terms: { offset: true } }) as MatchJson[];
  return json.map((one) => {
    const terms = one.terms.filter((t) => t.offset.length > 0);
    const first = terms[0];
    const last = terms[terms.length - 1];
    if (!first || !last) return null;
    const start = first.offset.start;
    let end = last.offset.start + last.offset.length;
    const tail = /^[.!?…]+["'”’)]*(?=(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f|\p{Emoji_Modifier})*$)/u.exec(
      sentence.slice(end),
    );
    if (tail) end += tail[0].length;
    return end > start ? { start, end } : null;
  });
}

type Pointer = [number, number, number];

/** Named groups per match: compromise reports groups for all matches together, so they are assigned by position. */
function capturesOf(matches: View): Captures[] {
  const ptrs = (matches as unknown as { ptrs: Pointer[] }).ptrs;
  const out: Captures[] = ptrs.map(() => ({}));
  const groups = matches.groups() as Record<string, View>;
  for (const [name, view] of Object.entries(groups)) {
    const gptrs = (view as unknown as { ptrs: Pointer[] }).ptrs;
    gptrs.forEach((g, j) => {
      const i = ptrs.findIndex((m) => m[0] === g[0] && m[1] <= g[1] && g[2] <= m[2]);
      const target = out[i];
      if (target && target[name] === undefined) target[name] = view.eq(j).text();
    });
  }
  return out;
}

function overlapsMatch(doc: Doc, regs: Regs, sentence: string, span: Span): boolean {
  const matches = doc.match(regs);
  if (!matches.found) return false;
  return spansOf(matches, sentence).some((s) => s !== null && s.start < span.end && s.end > span.start);
}

function withCaseOf(original: string, replacement: string): string {
  const first = replacement.charAt(0);
  const upper = original !== original.toLowerCase();
  return (upper ? first.toUpperCase() : first.toLowerCase()) + replacement.slice(1);
}

// "honestly we [lost that match because you…]": the subject the flagged words need, without the aside before it
const ASIDE =
  /^(?:(?:honestly|so|well|ok|okay|also|and|but|btw|fyi|look|oh|ugh|seriously|frankly|anyway|mate|bro)\b[,:]?\s*)+/i;

/** The flagged words with the words before them in their clause, when those cannot stand without them. */
function withDanglingLead(preceding: string, flagged: string): string {
  const lead = (preceding.split(/[,;:.!?—–]\s*/).pop() ?? '').replace(ASIDE, '').trim();
  return lead && danglingLeadIn(lead) ? `${lead} ${flagged}` : flagged;
}

// the writer's own words may be in texting case ("everything i say"); a rewrite writes the pronoun as "I"
const LOWER_I = /(^|[^\p{L}\p{N}'’.])i(?=$|[\s,;:!?'’)]|\.(?!\p{L}))/gu;

function suggestionsFor(rule: CompiledRule, captures: Captures, sentence: string, span: Span): string[] {
  const preceding = sentence.slice(0, span.start);
  const atStart = preceding.trim() === '' || /[.!?…:]\s*$/.test(preceding);
  // a whole-sentence suggestion replaces the rest of its sentence too (see replacedEnd): nothing follows it then
  const rest = sentence.slice(span.end);
  const wordsAfter = wordsFollow(rest);
  const following = wordsAfter ? '' : rest;
  const flagged = sentence.slice(span.start, span.end);
  // "Pay me back by Friday [or else]": the rewrite keeps the request and drops the threat
  const ask = askBeforeThreat(preceding, flagged);
  // for the same reason {flagged} reads on to the sentence's end
  const flaggedClause = withDanglingLead(preceding, flagged) + (wordsAfter ? rest.trimEnd() : '');
  const slots = { ...captures, [FLAGGED_SLOT]: flaggedClause };
  const out: string[] = [];
  for (const template of rule.suggestions) {
    const rendered = renderTemplate(template, slots);
    if (!rendered || LEFTOVER_BLAME.test(rendered)) continue;
    const text = ask && !rule.inline && isWholeSentence(rendered) ? `${ask} ${rendered}` : rendered;
    // a suggestion that does not end like a sentence swaps words in place ("your 'friend'" → "your friend")
    const fitted =
      rule.inline || !isWholeSentence(text)
        ? withCaseOf(sentence.charAt(span.start), text)
        : replacesFromSentenceStart(preceding, text, flagged)
          ? fitSuggestion(text, true, following)
          : fitSuggestion(text, atStart, following, preceding);
    const cased = fitted.replace(LOWER_I, '$1I');
    if (!out.includes(cased)) out.push(cased);
    if (out.length === 3) break;
  }
  return out;
}
