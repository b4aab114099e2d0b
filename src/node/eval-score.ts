import type { Analyzer } from '../engine/analyzer';
import type { Category, Finding } from '../engine/types';

/** One labelled text: should a careful writing coach flag it, and (for the project's drafts) in which category. */
export interface LabelledRow {
  id: string;
  text: string;
  flag: boolean;
  category?: Category;
  /** a trap the row exercises, e.g. "boundary" for the source article's boundary phrasings */
  trap?: string;
  source?: string;
  split?: string;
}

export interface Scores {
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

export function score(predictions: readonly { flag: boolean; predicted: boolean }[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of predictions) {
    if (p.flag && p.predicted) tp++;
    else if (p.flag) fn++;
    else if (p.predicted) fp++;
    else tn++;
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    rows: predictions.length,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    fpr: ratio(fp, fp + tn),
  };
}

export interface Prediction extends LabelledRow {
  predicted: boolean;
  findings: Finding[];
}

export function predict(analyzer: Analyzer, rows: readonly LabelledRow[]): Prediction[] {
  return rows.map((row) => {
    const findings = analyzer.analyze(row.text);
    return { ...row, predicted: findings.length > 0, findings };
  });
}

/** Per category: of the rows expected in it, how many got a finding of that category. */
export function recallByCategory(predictions: readonly Prediction[]): Map<Category, { hit: number; total: number }> {
  const out = new Map<Category, { hit: number; total: number }>();
  for (const p of predictions) {
    if (!p.flag || !p.category) continue;
    const entry = out.get(p.category) ?? { hit: 0, total: 0 };
    entry.total++;
    if (p.findings.some((f) => f.category === p.category)) entry.hit++;
    out.set(p.category, entry);
  }
  return out;
}

// The comparison the evaluation notes describe: a plain list of common blame phrases, matched case-insensitively.
const KEYWORDS = [
  'your fault',
  'you always',
  'you never',
  'calm down',
  'overreacting',
  'too sensitive',
  'whatever',
  "i'm done",
  'sorry you feel',
  'sorry if you',
  'or else',
  'on purpose',
  'shut up',
  'idiot',
  'stupid',
  'because of you',
  'you made me',
  "it's not my fault",
  'get over it',
  'last chance',
];

export function keywordBaseline(text: string): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return KEYWORDS.some((k) => lower.includes(k));
}
