import nlp from 'compromise';

type Doc = ReturnType<typeof nlp>;

// compromise's full parse less the chunker (no rule matches on chunks) and the post-tagger's corrections: the two
// are about 80% of a parse, and without them every rule example, the drafts and the external dev set score the same.
const TAGGING = (nlp.world() as { hooks: string[] }).hooks.filter(
  (h) => !['contractions', 'alias', 'normal', 'machine', 'chunks', 'postTagger'].includes(h),
);

interface Term {
  text: string;
  normal: string;
  implicit?: string;
  machine?: string;
  tags: Set<string>;
}

// words that may stand between "'s" and the verb it helps: "it's not been", "she's already gone"
const ADVERB = new Set(['not', 'never', 'just', 'already', 'always', 'really', 'ever', 'also', 'still', 'only']);
const HAS_FORMS = new Set(['been', 'got', 'gotten', 'had']);

/**
 * "It's not my problem you missed the bus": compromise reads this "'s" as "has" because a past tense follows later.
 * "Has" only helps a participle, so an "'s" with none after it is "is".
 */
function isWhereHasHelpsNothing(terms: Term[]): void {
  terms.forEach((term, i) => {
    if (term.implicit !== 'has' || term.text !== '' || !/['’]s$/i.test(terms[i - 1]?.text ?? '')) return;
    let j = i + 1;
    while (terms[j] && ADVERB.has(terms[j]?.normal ?? '')) j++;
    const next = terms[j];
    if (!next || next.tags.has('PastTense') || next.tags.has('Participle') || HAS_FORMS.has(next.normal)) return;
    term.implicit = 'is';
    term.machine = 'is';
    term.tags = new Set(['Verb', 'Copula', 'PresentTense']);
  });
}

/** Words with their part-of-speech tags, at a fifth of the cost of a full parse. */
export function tag(text: string): Doc {
  const doc = nlp.tokenize(text);
  doc.compute(TAGGING);
  for (const terms of (doc as unknown as { docs: Term[][] }).docs) isWhereHasHelpsNothing(terms);
  return doc as Doc;
}
