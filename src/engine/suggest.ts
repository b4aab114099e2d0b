import nlp from 'compromise';

/** Captured groups of a match, by name, as the writer typed them. */
export type Captures = Record<string, string>;

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

const TRANSFORMS: Record<string, (text: string) => string> = {
  lower: (t) => t.toLowerCase(),
  // "listen to me" said by them becomes "listen to you" said back: turns the writer's words toward themselves.
  swap: (t) => t.replace(/\b[\p{L}']+\b/gu, (w) => matchCase(w, PERSON_SWAP[w.toLowerCase()] ?? w)),
  gerund: (t) => conjugateFirstVerb(t, 'Gerund'),
  past: (t) => conjugateFirstVerb(t, 'PastTense'),
  infinitive: (t) => conjugateFirstVerb(t, 'Infinitive'),
  // "leave the car on empty" → "the car is left on empty" is beyond a transform; this gives "leaving the car on empty".
  trim: (t) => t.replace(/^[\s,;:]+|[\s,;:.!?…]+$/g, ''),
};

export const TRANSFORM_NAMES = Object.keys(TRANSFORMS);

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
    const value = captures[name]?.trim();
    if (!value) {
      missing = true;
      return '';
    }
    let out = TRANSFORMS.trim?.(value) ?? value;
    for (const t of transforms ? transforms.split(':') : []) out = TRANSFORMS[t]?.(out) ?? out;
    return out;
  });
  return missing ? null : text.replace(/\s{2,}/g, ' ').trim();
}

/** Fits a suggestion into the place of the span: capital letter at a sentence start, no doubled full stop. */
export function fitSuggestion(suggestion: string, atSentenceStart: boolean, following: string): string {
  let out = suggestion;
  if (atSentenceStart) out = out.charAt(0).toUpperCase() + out.slice(1);
  else if (!/^I\b/.test(out)) out = out.charAt(0).toLowerCase() + out.slice(1);
  if (/^[.!?…]/.test(following)) out = out.replace(/[.!]+$/, '');
  return out;
}

function conjugateFirstVerb(text: string, form: 'Gerund' | 'PastTense' | 'Infinitive'): string {
  const doc = nlp(text);
  const verbs = doc.verbs();
  if (!verbs.found) return text;
  const forms = verbs.conjugate()[0] as Record<string, string> | undefined;
  const replacement = forms?.[form];
  if (!replacement) return text;
  const original = verbs.eq(0).text('normal');
  return text.replace(new RegExp(`\\b${escapeRegExp(original)}\\b`, 'i'), replacement);
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
