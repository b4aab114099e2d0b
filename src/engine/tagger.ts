import nlp from 'compromise';

type Doc = ReturnType<typeof nlp>;

// compromise's full parse less the chunker (no rule matches on chunks) and the post-tagger's corrections: the two
// are about 80% of a parse, and without them every rule example, the drafts and the external dev set score the same.
const TAGGING = (nlp.world() as { hooks: string[] }).hooks.filter(
  (h) => !['contractions', 'alias', 'normal', 'machine', 'chunks', 'postTagger'].includes(h),
);

/** Words with their part-of-speech tags, at a fifth of the cost of a full parse. */
export function tag(text: string): Doc {
  const doc = nlp.tokenize(text);
  doc.compute(TAGGING);
  return doc as Doc;
}
