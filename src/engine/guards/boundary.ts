import type { GuardContext } from './context';

const FEELING =
  '(?:uncomfortable|uneasy|hurt|sad|anxious|upset|nervous|scared|unsafe|lonely|frustrated|angry|disappointed|worried|unheard|overwhelmed|small|embarrassed|stressed|tense|afraid|invisible|ignored|disrespected|dismissed|unimportant|exhausted|drained|confused)';

// The source article's boundary scripts and their kin: I-statements that name the writer's feeling, need or own action.
const BOUNDARY = [
  // "Please don't do that, it makes me uncomfortable."
  new RegExp(
    `^(?:please,? )?(?:don't|do not|stop)\\b.*\\b(?:it|that|this) (?:makes|made) me (?:feel )?(?:really |so |very )?${FEELING}`,
    'i',
  ),
  // "I don't like it when you use that tone."
  /\bi (?:don't|do not|didn't|did not) (?:like|love|enjoy) it when\b/i,
  // "I feel hurt when…", "I felt upset because…" (but never "I feel like you…", which is a judgement in disguise)
  new RegExp(
    `\\bi (?:feel|felt|get|got|am|'m|was) (?:really |so |very |a bit |a little )?${FEELING},? (?:when|because|whenever|if)\\b`,
    'i',
  ),
  // "When you…, I feel…" (NVC observation then feeling)
  /^when you\b[^.?!]*,\s*i (?:feel|felt|get|got)\b(?! like| that)/i,
  // "It makes me uncomfortable when you…"
  new RegExp(`\\b(?:it|that|this) (?:makes|made) me (?:feel )?(?:really |so |very )?${FEELING} when\\b`, 'i'),
  // "I'm not okay with…", "I'm not willing to keep arguing like this"
  /\bi(?:'m| am) not (?:okay|ok|comfortable|willing|going to keep|going to continue)\b/i,
  // Calm boundaries whose consequence is the writer's own action with a way back.
  /\bi(?:'ll| will| am going to|'m going to) (?:step out|step away|take a (?:break|walk|breather|minute)|leave the room|hang up|end the call|go for a walk|need a break|pause|give us some space)\b/i,
  /\b(?:we can|we'll|we will|let's|let us) (?:talk|pick this up|continue|come back to this|try again)\b.{0,40}\b(?:later|when|after|tomorrow|tonight|in (?:an hour|a bit|\d+|twenty|thirty))/i,
];

/**
 * True for the boundary phrasings the product recommends ("Please don't do that, it makes me uncomfortable",
 * "I don't like it when you use that tone", "If the yelling starts, I'll step out and we can talk later"): they contain
 * "you", "don't" and hard feelings, and they are exactly what a writer should send.
 */
// "We can talk when I decide I want to" names no way back; it only says who holds the door.
const ON_MY_TERMS =
  /\bwhen (?:i|i'm|i am) (?:decide|feel like it|say so|am good and ready|'m good and ready|good and ready|damn well|bloody well)\b/i;

// Protecting oneself or one's children from harm is never an ultimatum to soften: "If you ever hit me again, I will
// call the police."
const SAFETY =
  /\b(?:if|when|next time|one more time|any more|anymore|ever again)\b[^.?!]*\b(?:hit|hits|hurt|hurts|push|pushes|shove|shoves|slap|slaps|grab|grabs|kick|kicks|punch|punches|choke|chokes|strangle|strangles|threaten|threatens|follow|follows|stalk|stalks|touch|touches|harm|harms|abuse|abuses|hitting|hurting|pushing|shoving|slapping|grabbing|kicking|punching|choking|threatening|following|stalking|lay a (?:finger|hand) on)\b[^.?!]*?\b(?:me|the kids|the children|the baby|my (?:son|daughter|kids|children|baby|mum|mom|mother|dad|father|family|sister|brother)|her|him|them|us)\b[^.?!]*\b(?:police|cops|999|911|112|restraining order|protection order|non-molestation order|injunction|refuge|helpline)\b/i;

export function isBoundary(c: GuardContext): boolean {
  const text = c.sentence.replace(/’/g, "'");
  if (SAFETY.test(text)) return true;
  if (ON_MY_TERMS.test(text)) return false;
  return BOUNDARY.some((b) => b.test(text));
}
