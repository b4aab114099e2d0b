/** What a guard sees: the sentence and the match's offsets inside it. */
export interface GuardContext {
  sentence: string;
  start: number;
  end: number;
}

// Clause edges: a comma, semicolon, colon or dash, or a conjunction that starts a new clause.
const CLAUSE_BREAK = /[,;:–—]|\s-\s|\b(?:but|and|so|because|although|though|while|when|whereas)\b/gi;

/** The clause the match starts in, from the match to the clause's end: what a positive or negative reading depends on. */
export function clauseFrom(context: GuardContext): string {
  const rest = context.sentence.slice(context.start);
  const matchLength = context.end - context.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(rest); m; m = CLAUSE_BREAK.exec(rest)) {
    if (m.index >= Math.min(matchLength, 12) && m.index > 0) return rest.slice(0, m.index);
  }
  return rest;
}

/** The words of the clause just before the match (after the last clause break). */
export function clauseBefore(context: GuardContext): string {
  const before = context.sentence.slice(0, context.start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

export function matchText(context: GuardContext): string {
  return context.sentence.slice(context.start, context.end);
}
