import nlp from 'compromise';
import { danglingLeadIn, JOINING_CONJUNCTION, REPEAT_CONDITION, requestedAct } from './apply-range';
import { needBehind } from './needs';
import { toPassive } from './passive';
import { tag } from './tagger';
import { formsOf, participleForms, tagsByWord } from './verb-forms';

/** Captured groups of a match, by name, as the writer typed them. */
export type Captures = Record<string, string>;

// verbs of wanting, liking, knowing and feeling, in their common forms
const STATIVE = new Set(
  'want wants wanted like likes liked love loves loved care cares cared think thinks thought believe believes believed know knows knew understand understands understood mean means meant wish wishes wished hope hopes hoped seem seems seemed trust trusts trusted respect respects respected appreciate appreciates appreciated deserve deserves deserved'.split(
    ' ',
  ),
);

const PERSON_SWAP: Record<string, string> = {
  you: 'me',
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  i: 'you',
  "i'm": "you're",
  am: 'are',
};

const TAG_QUESTION =
  /,\s*(?:(?:do|does|did|is|are|was|were|have|has|had|will|would|can|could|should)(?:n['’]?t| not)?\s+(?:you|u|it|they|we|he|she|i)|right|huh|eh|yeah|innit)\s*[?!.…]*\s*$/i;

const UNCAPPED_START =
  /^(?:my|our|the|we|he|she|they|everyone|everybody|nobody|now|your|his|her|their|mum|mom|dad|it|this|that|there|a|an)\b/i;

/** A transform returns null when it cannot build a grammatical result; the suggestion is then skipped. */
const TRANSFORMS: Record<string, (text: string) => string | null> = {
  lower: (t) => t.toLowerCase(),
  // "We missed the train" inside "I'm upset that {outcome:uncap}": small first letter for a word that is not a name or "I"
  uncap: (t) =>
    !/^\p{Lu}/u.test(t) || !(UNCAPPED_START.test(t) || startsWithVerb(t)) ? t : t.charAt(0).toLowerCase() + t.slice(1),
  // "listen to me" said by them becomes "listen to you" said back: turns the writer's words toward themselves.
  swap: (t) =>
    t.replace(/\b[\p{L}']+\b/gu, (w) =>
      Object.hasOwn(PERSON_SWAP, w.toLowerCase()) ? matchCase(w, PERSON_SWAP[w.toLowerCase()] ?? w) : w,
    ),
  gerund: (t) => conjugateFirstVerb(t, 'Gerund'),
  // the subject of a restated act is "you": "be happy for me" becomes "were happy for me", not "was"
  past: (t) => conjugateFirstVerb(t, 'PastTense')?.replace(/^was\b/i, 'were') ?? null,
  infinitive: (t) => conjugateFirstVerb(t, 'Infinitive'),
  // "leave the car on empty" → "the car is left on empty"; "interrupt me" → "I get interrupted".
  passive: toPassive,
  // "I was stuck in traffic" → "I was stuck in traffic" at a sentence start: capital first letter.
  cap: (t) => t.charAt(0).toUpperCase() + t.slice(1),
  // "I'm frustrated that {rest:clause}" needs a clause: "another meeting" has no verb and would not read.
  clause: (t) => (tag(t).has('#Verb') ? t : null),
  // "I'm frustrated that {rest:statement}": a clause as it is, and a noun phrase as "it's …", so "another weekend where
  // you work" reads "it's another weekend where you work", not "that another weekend where you work"
  statement: asStatement,
  // "I'd like it if you {act:past:action}" asks for a deed; "you never wanted a second child" is a state of mind, and
  // "I'd like it if you wanted a second child" would not say what the writer means
  action: (t) => (STATIVE.has((t.trim().split(/\s+/)[0] ?? '').toLowerCase()) ? null : t),
  // "so lazy" → "I'm worn out, and I need more help with things around here.": the need behind a label (see needs.ts)
  need: needBehind,
  // "I'm upset that {outcome:complete}" needs words that can end a clause: not "we're late and it's"
  complete: (t) => (danglingLeadIn(t) ? null : t),
  // "you never help with anything" asked for as "if you helped with things": words that only fit a negative turn positive
  affirm: affirmative,
  // "you always forget the appendix, so can you resend it": offered only when the words already ask something of the
  // reader, so a swap that drops "always" leaves a specific, answerable message
  ask: (t) => (/\b(?:can|could|would|will) (?:you|u)\b|\bplease\b/i.test(t) ? t : null),
  // "you never send the bags back, which means I buy duplicates": the act alone, without the aside or consequence that
  // follows it, for a rewrite that replaces the whole sentence
  clip: (t) => t.replace(CLIPPED_TAIL, '').trim(),
  // "sorry if I snapped at you last night, work was a lot": the words up to the first comma, dash or semicolon
  firstclause: (t) => firstClause(t).trim() || null,
  // "I'm upset that {flagged:outcome}": what happened, without the blame that follows it (see outcomeOf)
  outcome: outcomeOf,
  // "When {flagged:motive}.": "you ignored my texts, I told myself it was to punish me"
  motive: motiveOf,
  // "When {flagged:deed}, I wondered if it was deliberate": "you left the group chat"
  deed: deedOf,
  // "I see {topic:short} differently" reads only for a short topic, not for the rest of a run-on sentence
  short: (t) => (t.trim().split(/\s+/).length <= 6 ? t : null),
  // Inserts nothing: a template that uses {name:if} is offered only when that group was captured.
  if: () => '',
  // Drops the hedge before the act and the reproach after it, which the rewrite would not keep: "just win, as usual" →
  // "win".
  plain: (t) =>
    t
      .replace(/^(?:(?:just|even|really|only|simply|seriously|honestly|obviously|clearly)\s+)+/i, '')
      .replace(
        /,?\s+(?:as usual|as always|like always|yet again|once again|again|every single time|every time)(?=[\s.!?…]*$)/i,
        '',
      ),
  // every capture: no edge punctuation, and no tag question ("have the last word, don't you?") for a rewrite to carry
  trim: (t) => t.replace(TAG_QUESTION, '').replace(/^[\s,;:]+|[\s,;:.!?…]+$/g, ''),
};

// "Be on time" inside "I'd really like you to {act:uncap}": a command's verb is never a name. A capitalised noun keeps
// its capital, since a name the tagger does not know ("Priya") looks just like one.
function startsWithVerb(text: string): boolean {
  const first = tag(text).docs.flat()[0];
  return first?.tags?.has('Verb') === true && first.tags.has('ProperNoun') !== true && first.text !== 'I';
}

const AFFIRMATIVE: [RegExp, string][] = [
  [/\b(for|with|about|of|on|in|to) anything\b/gi, '$1 things'],
  [/\banything\b/gi, 'something'],
  [/\b(?:anymore|any more|any longer)\b/gi, 'more often'],
  [/\s*\b(?:at all|ever)\b/gi, ''],
  [/\bany\b/gi, 'some'],
];

function affirmative(text: string): string {
  return AFFIRMATIVE.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text).trim();
}

const RELATIVE = new Set(['where', 'when', 'who', 'whom', 'whose', 'which', 'that', 'what', 'while']);

function asStatement(text: string): string | null {
  const terms = tag(text).docs.flat();
  const firstVerb = terms.findIndex((t) => t.tags?.has('Verb') === true);
  const head = firstVerb < 0 ? terms : terms.slice(0, firstVerb);
  const mainClause = firstVerb >= 0 && !head.some((t) => RELATIVE.has(t.normal ?? ''));
  if (mainClause) return text;
  return terms[0]?.tags?.has('Determiner') === true ? `it's ${text}` : null;
}

/** The slot every finding fills with its whole flagged text, whatever its pattern captured. */
export const FLAGGED_SLOT = 'flagged';

// "the deck went out with the old numbers because you pulled from the old folder": what happened, before its cause
const CAUSE = /\s*,?\s*\b(?:because|bc|cuz|cos|cause|since|as|thanks to|due to|all because)\b/i;

function outcomeOf(text: string): string | null {
  const cut = CAUSE.exec(text);
  if (!cut || cut.index === 0) return null;
  // without a name the writer calls them by: "mum i got a detention"
  const outcome = text
    .slice(0, cut.index)
    .replace(/[\s,;:]+$/, '')
    .replace(/^(?:mum|mom|mummy|mommy|dad|daddy|ma|pa|babe|baby|hun|honey|love|mate|bro|sis|dude|guys)\b,?\s+/i, '');
  const words = outcome.split(/\s+/);
  // a clause of its own, about what happened rather than about them: "my screen cracked", not "you're why"
  // and not the writer's own act excused by it: "I only went to that party because you begged"
  if (words.length < 2 || /\b(?:you|u|your|ur|yours|only|just)\b/i.test(outcome)) return null;
  // nor a clause still waiting for its complement: "the reason I'm stressed is", "and frankly it's"
  if (
    /(?:\b(?:is|was|are|were|be|been|has|have|had|and|but|so|that|the|a|an|frankly|honestly|literally|really|all|entirely|totally|mostly|partly|purely|simply|clearly|obviously)|['’]s|['’]re)$/i.test(
      outcome,
    )
  )
    return null;
  const terms = tag(outcome).docs.flat();
  const hasSubject = terms[0]?.tags?.has('Noun') === true || terms[0]?.tags?.has('Determiner') === true;
  return hasSubject && terms.some((t) => t.tags?.has('Verb') === true) ? outcome : null;
}

// "You're ignoring my texts to punish me": the deed, and the motive the writer reads into it: after "so I'd…", or
// else after the last "to" that a verb follows ("You forwarded it to the whole team to make me look bad").
const CLAIM_START =
  /^(?:i know |i bet |clearly |obviously )?(?:you|u)(?:['’]re| are| were| have| had)?\s+(?:(?:only|just|deliberately|purposely|clearly|obviously)\s+)*/i;
const SO_THAT = /\s+so(?: that)? (?:you|u|he|she|they|everyone|people|i|we)(?=['’\s])/gi;
const TO = /\s+(?:(?:just|only|purely|simply|partly|mainly)\s+)?to\s+(?=\S)/gi;
const PURPOSE = '(?:on purpose|deliberately|intentionally|purposely)';
const PURPOSE_WORDS = new RegExp(`\\s+${PURPOSE}$`, 'i');
const BEFORE_PURPOSE = new RegExp(`^(.+?)\\s+${PURPOSE}\\b`, 'i');
// "so I'll drop it" told in the past: "so I'd drop it"
const SEQUENCE_OF_TENSES: [RegExp, string][] = [
  [/^['’]ll\b/, "'d"],
  [/^\s+will\b/, ' would'],
  [/^\s+can\b/, ' could'],
];

/** "you ignored my texts" from "You're ignoring my texts…": the deed in the past, or null when it is not one. */
function pastDeed(act: string): string | null {
  const deed = act.trim().replace(PURPOSE_WORDS, '').replace(/,$/, '');
  // not a deed to put in the past: a negation ("didn't want"), or shorthand the tagger misreads ("cc'd")
  if (!deed || /^(?:you|u)\b/i.test(deed) || /\b(?:not|never)\b|n['’]t\b/i.test(deed)) return null;
  if (/['’]/.test(deed.split(/\s+/)[0] ?? '')) return null;
  const past = conjugateFirstVerb(deed, 'PastTense');
  return past === deed && !tag(deed).has('^#PastTense') ? null : past;
}

const TAKES_TO =
  /\b(?:want|wanted|wants|need|needed|needs|hope|hoped|hoping|try|tried|trying|plan|planned|planning|going|meant|mean|have|had|has|got|used|would rather|'d rather|refuse|refused|refusing|forgot|forget|decided|decide|chose|choose|agreed|agree|offered|offer)$/i;
const WANTS_OF =
  /^(?:want|wanted|wants|expect|expected|expects|need|needed|needs|ask|asked|asks|tell|told|tells|make|made|makes|let|lets|get|got|gets|force|forced|like|liked|wish|wished|would like|'d like)\s+(?:me|us|him|her|them|everyone|everybody|the kids)$/i;

/** Where the motive starts: the marker's offsets in `claim`, or null. */
function motiveMarker(claim: string): { at: number; end: number; marker: string } | null {
  const so = [...claim.matchAll(SO_THAT)].pop();
  if (so) return { at: so.index, end: so.index + so[0].length, marker: so[0].trim() };
  for (const to of [...claim.matchAll(TO)].reverse()) {
    const next = claim.slice(to.index + to[0].length).split(/\s+/)[0] ?? '';
    if (tag(`to ${next}`).has('to #Verb')) return { at: to.index, end: to.index + to[0].length, marker: 'to' };
  }
  return null;
}

/** The words after "you" in a claim about them ("You're only…", "I know you…"), or null when it is not one. */
function claimBody(text: string): string | null {
  const claim = text.replace(/[.!?…]+$/, '');
  const start = CLAIM_START.exec(claim);
  return start ? claim.slice(start[0].length) : null;
}

function motiveOf(text: string): string | null {
  const body = claimBody(text);
  const cut = body === null ? null : motiveMarker(body);
  if (body === null || !cut) return null;
  const act = body.slice(0, cut.at);
  // "You wanted me to fail" and "you didn't want to come" say what they want, not why they did something
  if (cut.marker === 'to' && (WANTS_OF.test(act.trim()) || TAKES_TO.test(act.trim()))) return null;
  const deed = pastDeed(act);
  // the motive ends at its clause: "to wind me up, don't pretend otherwise"
  const after = firstClause(body.slice(cut.end));
  if (!deed || !after.trim() || /^(?:do|say|get) (?:it|that|this)$/i.test(after.trim())) return null;
  const marker = cut.marker.charAt(0).toLowerCase() + cut.marker.slice(1);
  const said =
    marker === 'to' ? ` ${after.trim()}` : SEQUENCE_OF_TENSES.reduce((t, [from, to]) => t.replace(from, to), after);
  return `you ${deed}, I told myself it was ${marker}${said}`;
}

function deedOf(text: string): string | null {
  const body = claimBody(text);
  const m = body === null ? null : BEFORE_PURPOSE.exec(body);
  const deed = m?.[1] ? pastDeed(m[1]) : null;
  return deed ? `you ${deed}` : null;
}

export const TRANSFORM_NAMES = Object.keys(TRANSFORMS);

/**
 * Words a rewrite must never carry over from the sentence it replaces: absolutes, blame, labels, dismissals, threats.
 * A rendered suggestion that contains one is dropped, so a captured "so lazy" never ends up in "I don't like it when…".
 */
export const LEFTOVER_BLAME =
  /\b(?:always|never|constantly|fault|blame|blaming|because of you|you made me|you make me|overreact\w*|too sensitive|dramatic|whatever|or else|last chance|calm down|stupid|idiot\w*|moron|lazy|selfish|pathetic|ridiculous|useless|typical|on purpose|obviously|clearly|shut up|grow up|liar|crazy|insane|hysterical|worthless|disgusting|loser|dumb|jerk)\b/i;

const SLOT = /\{(\w+)(?::([\w:]+))?\}/g;

/** Names of the capture groups a template uses. */
export function templateSlots(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}

export function templateTransforms(template: string): string[] {
  return [...template.matchAll(SLOT)].flatMap((m) => (m[2] ? m[2].split(':') : []));
}

/**
 * Fills a template with captured words. Returns null when a slot it needs was not captured, so a rule can list a
 * specific rewrite first and a general one after it.
 */
export function renderTemplate(template: string, captures: Captures): string | null {
  let missing = false;
  const text = template.replace(SLOT, (_all, name: string, transforms?: string) => {
    // once a slot cannot be filled the template is skipped: the rest need not be built
    if (missing) return '';
    const value = captures[name]?.trim();
    if (!value) {
      missing = true;
      return '';
    }
    let out: string | null = TRANSFORMS.trim?.(value) ?? value;
    for (const t of transforms ? transforms.split(':') : []) {
      const transform = TRANSFORMS[t];
      out = out === null || !transform ? out : transform(out);
    }
    if (out === null) missing = true;
    return out ?? '';
  });
  return missing
    ? null
    : text
        .replace(/\s{2,}/g, ' ')
        .replace(/\s+([.,!?])/g, '$1')
        .trim();
}

// Words after which a rewrite can simply carry on: "Honestly, I'm upset…", "…and I'd like…".
// Words that can also end a clause ("Don't do that again") carry a rewrite on only after a comma ("Again, I…").
const CONTINUES =
  /(?:^|\s)(?:(?:honestly|seriously|look|well|oh|ok|okay|ugh|wow|so|and|but|yeah|just|really|frankly)[,:]?|(?:then|now|sure|fine|great|again)[,:])\s*$/i;

const CLIPPED_TAIL =
  /(?:,\s*(?:which|so|because|(?:so\s+)?thanks?|thank you|and (?:it|that|this|then|now|i|we)|but|even though|though|when)\b|\s+(?:and|but) (?:it|that|this)(?:['’]s| is| has| needs| makes)\b|,?\s+and (?:you|u) (?:know|knew) (?:it|that)\b|\s+though\b|\s+unless\b|\s+and (?:you|u) (?:do not|don't|dont|did not|didn't|didnt) even\b|\s+but (?:you|u|you're|youre|ur)\b|\s+and then (?:act|acts|acting|pretend|pretends|blame|blames|complain|complains|say|says|get|gets)\b|\s+(?:at all|any ?more|anyway|one bit|whatsoever|in the slightest)(?=[\s.!?…]*$)).*$/is;

/** The words up to the first comma, dash or semicolon, without an aside or consequence after the act. */
function firstClause(text: string): string {
  return (text.split(/\s*[,;:–—]/)[0] ?? '').replace(CLIPPED_TAIL, '');
}

const BARE_INTERJECTION = /(?:^|\s)(?:oh|ugh|wow|well|ok|okay|yeah|look)$/i;

const IF_YOU_AGAIN =
  /^(?:and\s+|but\s+|so\s+)?if (?:you|u) (?:ever\s+)?(.+?)\s+(?:ever\s+)?(?:again|one more time)\s*,?$/i;

// "Lie to me again [and we're done]" when the whole sentence is flagged: the act comes before "again and"
const ACT_THEN_REPEAT = /^(.+?)\s+(?:one more time|once more|ever again|again)\s+and\b/i;

/**
 * The ask a threat's rewrite starts with, or null: "Pay me back by Friday [or else]" asks for something fair, so the
 * rewrite keeps it ("I'd like you to pay me back by Friday.") while the threat goes; "Leave me out [one more time and
 * I'm quitting]" and "[Lie to me again and we're done]" forbid an act ("I'd like you not to lie to me again.").
 */
export function askBeforeThreat(preceding: string, flagged: string): string | null {
  if (/^(?:or|otherwise)\b/i.test(flagged)) return askFor(preceding);
  if (REPEAT_CONDITION.test(flagged)) return askFor(preceding, true);
  const act = preceding.trim() === '' ? ACT_THEN_REPEAT.exec(flagged)?.[1] : undefined;
  if (act) return askFor(act, true);
  // "If you touch my stuff again, [there will be consequences]": the condition is the act not to repeat
  const condition = IF_YOU_AGAIN.exec(preceding.trim());
  return condition?.[1] ? askFor(condition[1], true) : null;
}

/**
 * The request in a demand, as the writer's ask. Null unless the words are one imperative clause ("Rent by Friday" is a
 * noun, "Look, pay me" two clauses). `repeated`: the words are an act not to repeat.
 */
export function askFor(lead: string, repeated = false): string | null {
  const { act: core, negated } = requestedAct(lead);
  if (!core || /[,;:!?.…"“”()]/u.test(core) || core.split(/\s+/).length > 12) return null;
  if (negated && repeated) return null;
  // "Talk to me like that again [or we're done]" forbids an act as much as "… one more time and" does
  const again = negated ? null : /\s+(?:ever\s+)?again$/i.exec(core);
  const act = again ? core.slice(0, again.index) : core;
  const [first = '', second = ''] = act.toLowerCase().split(/\s+/);
  if (/^(?:by|before|until|till|and|or)$/.test(second) && first !== 'be') return null;
  // "Talk to me like that" parses as a noun phrase; on its own "talk" is the verb it is
  const verbFirst = tag(act).has('^(#Infinitive|#Imperative)') || tag(first).has('^#Infinitive');
  if (!verbFirst || /^(?:i|you|we|they|he|she|it)$/.test(first)) return null;
  const said = `${act.charAt(0).toLowerCase()}${act.slice(1)}`;
  if (repeated || again) return `I'd like you not to ${said} again.`;
  return `I'd like you ${negated ? 'not ' : ''}to ${said}.`;
}

/**
 * Fits a suggestion into the place of the span: capital letter at a sentence start, no doubled full stop. A whole-sentence
 * rewrite that lands after other words ("Clean this up [or I'm leaving]") starts a sentence of its own.
 */
export function fitSuggestion(suggestion: string, atSentenceStart: boolean, following: string, preceding = ''): string {
  let out = suggestion;
  const before = preceding.trimEnd();
  // a clause of three words or more before a comma stands on its own: "Mum's in tears now, [I hope you're happy]"
  // becomes "Mum's in tears now. I'm really hurt…" rather than a comma splice
  const clauseBefore =
    !atSentenceStart && before.endsWith(',') && !CONTINUES.test(before) && standsAlone(before.slice(0, -1));
  // the same after "and", "but" or "so": "I go out ONE night and [you're all over me]" becomes "I go out ONE night.
  // You're right that…", not "…night and you're right that this hurt you" (the conjunction goes; see replacedRange)
  const conjunctionBefore =
    !atSentenceStart && JOINING_CONJUNCTION.test(before) && standsAlone(before.replace(JOINING_CONJUNCTION, ''));
  const separate =
    !atSentenceStart &&
    ((/[\p{L}\p{N}]$/u.test(before) && !CONTINUES.test(before)) || clauseBefore || conjunctionBefore);
  if (atSentenceStart || separate) out = out.charAt(0).toUpperCase() + out.slice(1);
  else if (!/^I\b/.test(out)) out = out.charAt(0).toLowerCase() + out.slice(1);
  if (separate) out = `. ${out}`;
  // "Oh [so now you care?]": an interjection with no comma gets one before the rewrite carries on
  else if (!atSentenceStart && BARE_INTERJECTION.test(before)) out = `, ${out}`;
  if (/^[.!?…]/.test(following)) out = out.replace(/[.!?]+$/, '');
  else if (/^\s*[,;:]/.test(following) && /[.!?]$/.test(out)) out = out.replace(/[.!]+$/, '');
  return out;
}

/**
 * True when the words after the last comma are a clause of their own: a verb, and no preposition, "and" or command to
 * open them.
 */
function standsAlone(text: string): boolean {
  const segment = (text.split(/[,;:]/).pop() ?? '').trim();
  // "I'm sorry, but [I had no choice]": the apology stands; the excuse after it is what gets rewritten
  if (/^(?:(?:i['’]?m|i am) (?:so |really |very |truly )?sorry|my bad)$/i.test(segment)) return true;
  if ((segment.match(/[\p{L}\p{N}'’]+/gu) ?? []).length < 3) return false;
  const doc = nlp(segment);
  // an imperative ("Do what you want, …", "Don't look at me, …") reads as part of what follows; left on its own it
  // can become a dismissal of its own
  const first = doc.terms().first();
  return (
    doc.has('#Verb') &&
    !first.has('(#Preposition|#Conjunction|#Imperative|#Infinitive)') &&
    !/^(?:do|don't|dont|never|just|please)\b/i.test(segment)
  );
}

// "be" agrees with its subject ("you were", not "you was") and "used to" is one verb: the whole phrase is conjugated
const NOT_CONJUGATED_ALONE = new Set('be is are am was were been being used'.split(' '));

function conjugateFirstVerb(text: string, form: 'Gerund' | 'PastTense' | 'Infinitive'): string {
  const words = text.trim().split(/\s+/);
  const first = words[0] ?? '';
  // the captured words start with the verb ("helped with the dishes", "done your homework"): that word alone changes,
  // from its own tense, so "done" becomes "did", not "doned", and "listen properly" keeps "properly"
  const tags = tagsByWord(text, words)[0];
  const plainWord = /^\p{L}+$/u.test(first) && !NOT_CONJUGATED_ALONE.has(first.toLowerCase());
  const forms =
    plainWord && tags?.has('Verb') && !['Auxiliary', 'Modal', 'Copula'].some((t) => tags.has(t))
      ? formsOf(first, tags)
      : plainWord
        ? participleForms(first)
        : null;
  const replacement = forms?.[form]?.split(' ')[0];
  if (replacement) return text.replace(first, inCaseOf(first, replacement));
  // a modal or "be" first ("can help", "be late"): compromise conjugates the verb phrase as a whole
  const verbs = nlp(text).verbs();
  if (!verbs.found) return text;
  const phraseForms = verbs.conjugate()[0] as Record<string, string> | undefined;
  const conjugated = phraseForms?.[form];
  if (!conjugated) return text;
  const original = verbs.eq(0).text('normal');
  return text.replace(new RegExp(`\\b${escapeRegExp(original)}\\b`, 'i'), conjugated);
}

/** "HELP" → "HELPED", "Help" → "Helped". */
function inCaseOf(original: string, word: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return word.toUpperCase();
  return original === original.toLowerCase() ? word : word.charAt(0).toUpperCase() + word.slice(1);
}

function matchCase(original: string, replacement: string): string {
  if (replacement === 'i') return 'I';
  if (original.charAt(0) === original.charAt(0).toUpperCase() && original !== 'I') {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement === 'i' ? 'I' : replacement;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
