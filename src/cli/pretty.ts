import { splitSentences } from '../engine/sentences';
import type { Finding } from '../engine/types';
import { suggestionLabel } from '../hints/suggestion-label';

export interface PrettyOptions {
  color: boolean;
}

/** Findings for a person: the sentence with the span marked, what and why, and the suggested rephrasings. */
export function formatFindings(text: string, findings: readonly Finding[], { color }: PrettyOptions): string {
  if (!findings.length) return 'No defensive or blaming wording found.';
  const mark = (s: string): string => (color ? `\x1b[4;33m${s}\x1b[0m` : `[${s}]`);
  const dim = (s: string): string => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const bold = (s: string): string => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const sentences = splitSentences(text);
  const blocks = findings.map((f) => {
    const s = sentences.find((x) => x.start <= f.start && f.end <= x.end) ?? { start: f.start, end: f.end };
    const line = text.slice(s.start, f.start) + mark(text.slice(f.start, f.end)) + text.slice(f.end, s.end);
    const suggestions = f.suggestions.map((x, i) => `  ${i + 1}. ${suggestionLabel(x)}`).join('\n');
    return [
      `${bold(`${f.category}`)} ${dim(`(${f.ruleId}, ${f.start}–${f.end})`)}`,
      `  ${line.replace(/\s+/g, ' ')}`,
      `  ${f.message}`,
      `  ${dim(`Why: ${f.explanation}`)}`,
      suggestions ? `  Try instead:\n${suggestions.replace(/^ {2}/gm, '    ')}` : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${findings.length} finding${findings.length === 1 ? '' : 's'}.`;
}
