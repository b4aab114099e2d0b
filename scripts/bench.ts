/**
 * Engine benchmarks: full analysis at three draft sizes, one keystroke in a long draft, cold start, and alex and
 * write-good on the same texts in the same run. Prints tables; targets are in the README.
 */
import { spawnSync } from 'node:child_process';
import { text as alex } from 'alex';
import writeGood from 'write-good';
import { createAnalyzer } from '../src/engine';
import { compileRules } from '../src/engine/compile-rules';
import { readRuleSources } from '../src/node/read-rules';
import { draftOf } from './bench/corpus';
import { fmt, percentile, table, timeInTurns, timeRuns, warmUp } from './bench/stats';

const ruleSet = compileRules(readRuleSources());
// no cache: every run pays for every sentence, as a first analysis of a new draft does
const uncached = createAnalyzer(ruleSet, 0);
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

console.log(`Mindful Draft engine benchmark — ${ruleSet.rules.length} rules, Node ${process.version}\n`);

const sizes = [100, 1_000, 10_000];
const WARM_UP_MS = 500;
const rows: string[][] = [];
const perKword: number[] = [];
for (const size of sizes) {
  const text = draftOf(size, size);
  const n = words(text);
  const tools = [() => uncached.analyze(text), () => alex(text), () => writeGood(text)];
  // every tool gets the same warm-up time, so the ratios compare steady states (the JIT has compiled the hot paths)
  // rather than who compiles faster; cold start is measured on its own below
  for (const fn of tools) warmUp(fn, 2, WARM_UP_MS);
  // then they take turns, so a busy moment on the machine weighs on all three alike
  const big = size >= 10_000;
  const [ours = [], alexRuns = [], wgRuns = []] = timeInTurns(
    tools.map((fn, i) => ({ fn, minRuns: i === 0 ? 30 : big ? 5 : 15 })),
    big ? 600 : 150,
    big ? 8_000 : 3_000,
  );
  const median = percentile(ours, 50);
  perKword.push((median / n) * 1000);
  rows.push([
    `${n}`,
    fmt(median),
    fmt(percentile(ours, 95)),
    fmt(percentile(alexRuns, 50)),
    `${(percentile(alexRuns, 50) / median).toFixed(1)}×`,
    fmt(percentile(wgRuns, 50)),
    `${(percentile(wgRuns, 50) / median).toFixed(1)}×`,
    fmt((median / n) * 1000),
    `${uncached.analyze(text).length}`,
  ]);
}
console.log('Full analysis of a new draft (ms; ratios = their median ÷ ours, higher means we are faster)');
console.log(
  table(
    [
      'words',
      'median',
      'p95',
      'alex median',
      'vs alex',
      'write-good median',
      'vs write-good',
      'ms per 1k words',
      'findings',
    ],
    rows,
  ),
);
const growth = (perKword[2] ?? 0) / (perKword[1] ?? 1);
console.log(
  `Growth: cost per 1,000 words at 10,000 words is ${growth.toFixed(2)}× that at 1,000 words (1.00 = linear).\n`,
);

// One keystroke in a 5,000-word draft: the draft was analysed before; one character changes in one sentence.
const cached = createAnalyzer(ruleSet);
const long = draftOf(5_000, 5);
cached.analyze(long);
let variant = long;
const middle = Math.floor(long.length / 2);
const keystrokes = timeRuns(
  () => {
    variant = `${variant.slice(0, middle)}x${variant.slice(middle)}`;
    cached.analyze(variant);
  },
  200,
  300,
);
console.log('One keystroke in a 5,000-word draft (re-analysis with the per-sentence cache)');
console.log(
  table(
    ['words', 'median ms', 'p95 ms'],
    [[`${words(long)}`, fmt(percentile(keystrokes, 50)), fmt(percentile(keystrokes, 95))]],
  ),
);

// Cold start: a fresh process loads the engine with the shipped rules and answers a first call.
const colds: { load: number; first: number; total: number }[] = [];
for (let i = 0; i < 5; i++) {
  const run = spawnSync('npx', ['tsx', 'scripts/bench/cold-start.ts'], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status === 0 && line.startsWith('{')) colds.push(JSON.parse(line) as (typeof colds)[number]);
}
const med = (k: 'load' | 'first' | 'total'): string =>
  fmt(
    percentile(
      colds.map((c) => c[k]).sort((a, b) => a - b),
      50,
    ),
  );
console.log('\nCold start in a new process (median of 5, ms)');
console.log(table(['load engine + rules', 'first answer', 'total'], [[med('load'), med('first'), med('total')]]));

const memory = process.memoryUsage();
console.log(
  `\nMemory after the run: heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`,
);
console.log(
  '\nTargets: 1,000 words ≤ 5 ms median and ≥ 8× faster than alex; one keystroke in 5,000 words ≤ 1 ms; linear growth.',
);
