import type { GuardContext } from './context';

// Set phrases whose words look like a rule's but mean something harmless. A finding overlapping one is dropped.
const IDIOMS = [
  /\bnever ?mind\b/gi,
  /\bwhatever (?:you (?:decide|prefer|think|choose|want to do|need|like|feel like|'re comfortable with|are comfortable with)|works(?: for you| best)?|is easiest|is easier|suits you|time|day)\b/gi,
  /\byou never (?:know|can tell|can be too)\b/gi,
  /\bsorry (?:for|about) (?:your|the) loss\b/gi,
  /\bsorry to (?:hear|bother|interrupt|trouble|hear about|say)\b/gi,
  /\bsorry (?:for|about) (?:the|my) (?:delay|late reply|slow reply|confusion|inconvenience|trouble|wait|mix-?up|typo|noise)\b/gi,
  /\b(?:always|ever) (?:happy|glad) to help\b/gi,
  /\bbetter late than never\b/gi,
  /\b(?:now or never|never been better|never a dull moment|never say never)\b/gi,
  /\b(?:as always|like always),? (?:thanks|thank you|cheers|love)\b/gi,
  /\b(?:thanks|thank you) (?:a lot|so much|as always)\b(?= (?:for|!|\.|$))(?! for (?:nothing|ruining|wrecking|spoiling|wasting|ignoring|embarrassing|forgetting|leaving me|making me|letting me down|telling (?:everyone|everybody|the whole|all)|sharing my|posting my))(?![^.!?]*🙄)/giu,
  /\bforget about it,? (?:it's|it is|no) (?:fine|nothing|worries|problem)\b/gi,
  /\bno (?:worries|big deal),? (?:it|these|that|things|happens|we|i)\b/gi,
  /\b(?:you're|you are) never too (?:old|young|late)\b/gi,
  /\bjust kidding\b(?= about| 😂| 😄| lol)/gi,
];

// Every idiom above holds one of these words; a sentence without any skips the fifteen scans.
const IDIOM_WORD = /never|whatever|sorry|to help|always|thank|forget about|no worries|no big deal|kidding/i;

function overlaps(start: number, end: number, from: number, to: number): boolean {
  return start < to && end > from;
}

/** True when the match overlaps a harmless idiom: "never mind", "whatever you decide", "sorry for your loss". */
export function isIdiom(c: GuardContext): boolean {
  if (!IDIOM_WORD.test(c.sentence)) return false;
  const text = c.sentence.replace(/’/g, "'");
  for (const idiom of IDIOMS) {
    idiom.lastIndex = 0;
    for (const m of text.matchAll(idiom)) if (overlaps(c.start, c.end, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
