/**
 * Where applying a suggestion ends. A suggestion that is a whole sentence replaces the flagged words and the rest of
 * their sentence, so applying "I see this differently." to "[You do realize] the deadline was yesterday?" never leaves a
 * fragment ("…differently. the deadline was yesterday?"). Pure and tiny: the engine fits suggestions by it and the
 * content script applies them by it.
 */
import { HAS_WORD } from './sentences';

const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/u;

/** True when words of the same sentence follow the flagged ones. */
export function wordsFollow(restOfSentence: string): boolean {
  return HAS_WORD.test(restOfSentence);
}

/** True when a suggestion is a sentence of its own (it ends like one). */
export function isWholeSentence(suggestion: string): boolean {
  return ENDS_SENTENCE.test(suggestion.trimEnd());
}

// Words a clause cannot end on: a subject with its verb ("that's", "you are"), an article, a preposition, a
// possessive, a conjunction that needs a clause after it, a "please" still waiting for its request, an "or" still waiting for its other choice, a "keep" for what is kept up, an "all" or "most" waiting for its noun. Words like "honestly", "and", "so" are not here: a rewrite
// carries on after those (see fitSuggestion).
const DANGLING =
  /(?:^|[\s"“(])(?:(?:i|you|we|he|she|they)\s+(?:honestly|really|just|actually|seriously|genuinely|truly|literally|simply|totally|finally|ever|even|still|always|never|also|only|already|kind of|sort of)|[\p{L}]+['’](?:s|re|m|ve|d|ll)|im|ive|youre|theyre|thats|u|ur|and then|but then|so then|is|are|was|were|am|be|been|being|do|does|did|has|have|had|will|would|can|could|should|must|might|may|a|an|the|such|very|too|quite|this|that|these|those|to|of|for|with|at|in|on|about|from|by|like|than|as|my|your|his|her|their|our|its|i|you|he|she|we|they|it|which|who|what|how|why|when|if|whether|because|since|not|got|get|gets|went|goes|feel|felt|seems|seemed|became|become|looks|looked|sounds|sounded|maybe|perhaps|probably|possibly|obviously|clearly|apparently|surely|please|pls|plz|kindly|or|keep|keeps|kept|all|every|most|each|both|any|some|typical|whole|entire|another)\s*$/iu;

// A subordinate clause with no main clause yet: "Every time I start feeling good [you find a way to wreck it]", "If you
// lose the key again, [that's not my problem]"; or a subject still waiting for its verb: "Whoever is in charge there
// [clearly has no idea]".
const SUBORDINATE =
  /^(?:every (?:single )?time|each time|when|whenever|if|unless|because|since|after|before|while|although|though|as soon as|the (?:second|moment|minute)|whoever|(?:anyone|anybody|someone|somebody|people|those|the (?:person|people|one|ones)) (?:who|that))\b[^,;:]*,?$/iu;

// A shrug that only sets up what follows: "It's fine, [I'm used to being last on your list]" — kept, it would read
// "It's fine, when that happened, I felt…".
const SHRUG =
  /^(?:(?:it|that)(?:['’]s| is)\s+|its\s+|thats\s+)?(?:fine|ok|okay|whatever|sure|cool|great|k|kk)\s*[,.!]*$/iu;

// Mock cheer or mock regret before a jab: "Congratulations, [you managed to screw it up again]" would read
// "Congratulations, I don't like it when…" if it stayed, and "Pity [you couldn't be bothered]" would leave "Pity.".
const MOCK_CHEER =
  /^(?:oh\s+)?(?:congratulations|congrats|well done|bravo|great job|good job|nice going|nice one|way to go|please|thanks a lot|thanks a bunch|gee thanks|pity|shame|too bad|(?:what|such) a (?:pity|shame))\s*[,.!]*$/iu;

// A stance with nothing after it yet: "It's pretty clear [you don't care]", "I guess [I'm the bad guy again]".
const STANCE =
  /^(?:[\p{L}'’]+\s+){0,5}(?:clear|obvious|guess|think|suppose|bet|swear|know|say|admit|feel like|seems like|looks like|the sense|the feeling|the impression)(?:\s+that)?\s*,?$/iu;

// Someone's thought or words with what they think still to come, however long the lead-in: "The trouble with you is
// you think [the rules are for other people]", "Even your sister thinks [you're being unreasonable]".
const REPORTING =
  /\b[\p{L}'’]+\s+(?:think|thinks|thought|believe|believes|reckon|reckons|assume|assumes|expect|expects|suppose|supposes|claim|claims|pretend|pretends)(?:\s+that)?\s*$/iu;

// A subject with no verb yet: "The date [is not up for debate]", "These girls [cry wolf]". Only a determiner and one or
// two words count, and not when the last could be the verb: "The kids cried", "The ceiling leaks", "My boss says" may
// already be a clause. A lone "-s" word after the determiner is a plural noun ("These girls"), not a verb.
const NOUN_SUBJECT =
  /^(?:the|this|that|these|those|my|your|his|her|their|our|its|some|no)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+$/iu;
const VERB_LIKE =
  /\s(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|can|could|should|must|may|might|lost|won|ran|fell|broke|went|came|left|got|made|took|gave|said|told|saw|knew|thought|felt|kept|paid|sent|spent|built|bought|brought|caught|sold|held|stood|sat|met|led|hit|cut|put|set|let|quit|hurt|cost|[\p{L}]+ed)$|^\S+\s+\S+\s+[\p{L}]+s$/iu;

// A bare noun as the subject: "Punctuality [has never been your strength]", "Maths [might not be your strong suit]".
const BARE_NOUN = /^(?:[\p{L}]+(?:ity|ness|ment|tion|sion|ence|ance|ing|ship|hood)|maths|math|money|everything)$/iu;

/**
 * True when the words before a whole-sentence rewrite cannot stand as a sentence of their own ("That's [such a stupid
 * thing to say]"): the rewrite then replaces the sentence from its start, or "That's." would be left behind.
 */
export function danglingLeadIn(preceding: string): boolean {
  const lead = preceding.trim();
  // a stance after an aside ("Honestly though, I think [you're overreacting]") dangles as much as one alone
  const lastClause = lead.split(/[,;:]\s*/).pop() ?? lead;
  return (
    HAS_WORD.test(lead) &&
    (DANGLING.test(lead) ||
      SUBORDINATE.test(lead) ||
      STANCE.test(lead) ||
      REPORTING.test(lead) ||
      SHRUG.test(lead) ||
      MOCK_CHEER.test(lead) ||
      (NOUN_SUBJECT.test(lastClause) && !VERB_LIKE.test(lastClause)) ||
      BARE_NOUN.test(lead) ||
      (HAS_WORD.test(lastClause) && STANCE.test(lastClause)))
  );
}

/** A conjunction joining the writer's clause to the flagged one: a rewrite that starts its own sentence replaces it. */
export const JOINING_CONJUNCTION = /,?\s+(?:and|but|so)$/i;

/** A rewrite fitted to start a sentence of its own after other words (". I'm upset…"). */
const AFTER_COMMA = /^, \S/;
const OWN_SENTENCE = /^[.!?]\s/;

/**
 * True when a suggestion replaces its sentence from the start: a whole-sentence rewrite after words that dangle. The
 * engine fits the suggestion by it and `replacedRange` applies it by it, so both agree.
 */
export function replacesFromSentenceStart(preceding: string, suggestion: string, flagged = ''): boolean {
  return (
    isWholeSentence(suggestion) &&
    !OWN_SENTENCE.test(suggestion) &&
    (danglingLeadIn(preceding) ||
      (HAS_WORD.test(preceding) && REPEAT_CONDITION.test(flagged)) ||
      restatesLeadIn(preceding, suggestion))
  );
}

/**
 * True when a rewrite already says the words before the flagged ones in its own way: "Pay me back by Friday [or else]"
 * → "I'd like you to pay me back by Friday. …" replaces the whole sentence, or the demand would be said twice.
 */
function restatesLeadIn(preceding: string, suggestion: string): boolean {
  const { act } = requestedAct(preceding);
  return HAS_WORD.test(act) && suggestion.toLowerCase().includes(`to ${act.toLowerCase()}.`);
}

/**
 * What a demand asks, without the trimmings a rewrite drops: "Please don't be late again," → { act: "be late again",
 * negated: true }. The engine builds its ask from it (see askFor) and the range check above recognises it by it.
 */
export function requestedAct(lead: string): { act: string; negated: boolean } {
  const core = lead
    .trim()
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(/^(?:please|pls|just)\s+/i, '');
  // "You have 24 hours to respond" asks for a reply within 24 hours; "you have until Friday to…", by Friday
  const deadline = DEADLINE.exec(core);
  if (deadline?.[3])
    return { act: `${deadline[3]} ${deadline[1] ? 'within' : 'by'} ${deadline[1] ?? deadline[2]}`, negated: false };
  const negated = /^(?:don't|don’t|dont|do not)\s+(?:you\s+(?:ever\s+|dare\s+)?)?/i.exec(core);
  return { act: negated ? core.slice(negated[0].length) : core, negated: negated !== null };
}

const DEADLINE = /^you(?:['’]ve| have)(?: got)? (?:(\S+ (?:minutes?|hours?|days?|weeks?))|until ([^,]+?)) to (.+)$/i;

// "Leave me out [one more time and I'm quitting]": the words before are the act they must not repeat, not a request,
// so a rewrite that kept them would read "Leave me out. This really matters to me…".
export const REPEAT_CONDITION = /^(?:one more|once more|ever again|again|like (?:that|this) again)\b/iu;

/**
 * The text a suggestion replaces, as offsets into `text`: from the start of the sentence when the words before the
 * flagged ones dangle (see `replacesFromSentenceStart`), and to the end given by `replacedEnd`.
 */
export function replacedRange(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
  suggestion: string,
): { start: number; end: number } {
  let from = start;
  if (replacesFromSentenceStart(text.slice(sentence.start, start), suggestion, text.slice(start, end)))
    from = sentence.start;
  // a rewrite that starts a sentence of its own after other words (". I'm upset…"), or carries on after a bare
  // interjection (", I'm frustrated…" after "Oh"), takes the space before it
  else if (OWN_SENTENCE.test(suggestion) || AFTER_COMMA.test(suggestion)) {
    while (from > 0 && /[ \t\u00a0]/.test(text.charAt(from - 1))) from--;
    // and a full stop also takes the comma or the "and" it replaces
    if (OWN_SENTENCE.test(suggestion)) {
      const joined = JOINING_CONJUNCTION.exec(text.slice(sentence.start, from));
      if (joined) from -= joined[0].length;
      else if (from > 0 && text.charAt(from - 1) === ',') from--;
    }
  }
  return { start: from, end: replacedEnd(text, end, sentence.end, suggestion) };
}

/**
 * The end of the text a suggestion replaces: `end`, or the end of the sentence (before trailing spaces) when words
 * follow the flagged ones there and the suggestion is a whole sentence. `sentenceEnd` is the sentence's end in the same
 * text as `end`.
 */
export function replacedEnd(text: string, end: number, sentenceEnd: number, suggestion: string): number {
  if (sentenceEnd <= end) return end;
  const rest = text.slice(end, sentenceEnd);
  if (!wordsFollow(rest) || !isWholeSentence(suggestion)) return end;
  return end + rest.trimEnd().length;
}
