/**
 * Scare quotes: a word or two the writer puts in quotation marks to cast doubt on it, right after "your" (or "your
 * so-called"): your "work trip", your so-called ‘emergency’. A bare "so-called 'free trade'" is commentary on a third
 * party, not a jab at the reader. They are the writer's own voice, not a quotation, so the
 * quoted-text guard leaves them alone and the analyzer marks them for the rules. Tiny and dependency-free: the
 * content script's prefilter uses it too.
 */

export interface ScareQuote {
  /** the opening quotation mark */
  start: number;
  /** just after the closing quotation mark */
  end: number;
}

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

// After the possessive: an opening mark, one to three words, the matching closing mark, then a break or punctuation.
const CANDIDATE =
  /(?<![\p{L}\p{N}])(?:your|ur)\s+(?:so[- ]called\s+)?(["“‘'])([\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,2})(["”’'])(?=[\s.,!?;:)…]|$)/giu;

// What a scare quote doubts in a message between people: someone in their life, where they were, what kept them,
// what they did for you. Quoting a word of an argument back ("your 'facts'") is how debates go, and is left to them.
const PERSONAL =
  /^(?:(?:best |close |old |new )?(?:friends?|mates?|bestie|pal|colleagues?|co-?workers?|boss|client|girlfriend|boyfriend|gf|bf|ex|date|partner|cousin|flatmate|roommate)|(?:work |business |family |girls'? |boys'? |lads'? )?(?:trip|meeting|conference|course|night out|overtime|late shift|shift|deadline|errands?|appointment|plans?|emergency|emergencies|crisis)|(?:migraine|headache|illness|sick day|mental health day|back pain|cold|flu|bad back|tummy bug|stomach bug)|(?:apology|apologies|help|advice|favou?r|joke|jokes|banter|gift|surprise|effort|best|budget|diet|savings|cleaning|tidying|chores|babysitting|parenting|hobby|business|job|career|project|side hustle|research|reasons?|excuses?|concern|honesty|busy schedule|schedule|phone call|call|texts?))$/i;

// A label rather than a doubt: your "to do" list, your "Mum" card, the "urgent" folder.
const LABEL_AFTER =
  /^\s+(?:list|card|folder|file|button|tab|section|column|box|account|page|channel|label|tag|sign|mug|key|field|option|setting|playlist)\b/i;

export function scareQuotes(text: string): ScareQuote[] {
  // most sentences have apostrophes, few have a quotation mark right after "your": this runs on every keystroke
  if (!/\b(?:your|ur)\s+(?:so[- ]called\s+)?["“‘']/i.test(text)) return [];
  const out: ScareQuote[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, open = '', words = '', close = ''] = m;
    if (PAIRS[open] !== close && !(open === "'" && close === '’')) continue;
    if (!PERSONAL.test(words.replace(/’/g, "'"))) continue;
    const end = (m.index ?? 0) + whole.length;
    if (LABEL_AFTER.test(text.slice(end))) continue;
    out.push({ start: end - open.length - words.length - close.length, end });
  }
  return out;
}
