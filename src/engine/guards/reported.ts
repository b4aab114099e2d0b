import type { GuardContext } from './context';

// Someone else's words being reported: "she told me to calm down", "my boss keeps saying I'm lazy", "he goes, 'whatever'".
const REPORTED =
  /\b(?:said|says|saying|told|tells|telling|asked|asks|answered|replied|responded|yelled|yells|texted|wrote|writes|shouted|screamed|keeps? saying|kept saying|was like|is like|were like|called me|accused me of|quote|quoting)\b(?:\s+(?:me|us|him|her|them|that|(?:the|my|his|her|their|our) [\w'-]+))?(?:\s+to)?[\s,:]*$|\b(?:goes|went)[\s,:]*$/i;

// "That said, …", "having said that, …", "as I said, …" and "I said what I said, …" turn the writer's own argument;
// nobody else's words follow.
const DISCOURSE_MARKER =
  /(?:^|[.;,]\s*|\b(?:and|but|so|all)\s+)(?:that|this)(?: being)? said[\s,]*$|\bhaving said (?:that|this)[\s,]*$|\b(?:i|we) said what (?:i|we) said[\s,]*$|\bas (?:i|we)(?:'ve| have)? (?:already )?said[\s,]*$/i;

/** True when the match is someone else's words the writer is reporting, not their own voice. */
export function isReported(c: GuardContext): boolean {
  const before = c.sentence.slice(0, c.start).replace(/["“‘']\s*$/, '');
  return REPORTED.test(before) && !DISCOURSE_MARKER.test(before);
}
