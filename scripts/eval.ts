/**
 * `npm run eval [-- --split test]`: scores the analyzer on the project's labelled drafts and on the third-party
 * evaluation set next to the project (../shared/eval/external.jsonl), and prints precision, recall, F1 and
 * false-positive rate per source, recall per category, and the keyword baseline.
 */
import { createAnalyzer } from '../src/engine';
import { compileRules } from '../src/engine/compile-rules';
import { CATEGORIES } from '../src/engine/types';
import { draftsPath, externalPath, parseLabelledJsonl, readIfPresent } from '../src/node/eval-data';
import { keywordBaseline, predict, recallByCategory, score, type Scores } from '../src/node/eval-score';
import { PROJECT_ROOT, readRuleSources } from '../src/node/read-rules';

// The evaluation notes give a keyword list's recall on the test split as 0.02–0.05 per source; the target is 3× that,
// checked against the upper end. The project's own keyword list is printed alongside for context only.
const README_BASELINE_RECALL = { low: 0.02, high: 0.05 };

function args(): { split: string; verbose: boolean } {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--split');
  const split = at >= 0 ? (argv[at + 1] ?? '') : 'dev';
  if (split !== 'dev' && split !== 'test') {
    console.error('--split must be "dev" or "test"');
    process.exit(2);
  }
  return { split, verbose: argv.includes('--verbose') };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const num = (n: number): string => n.toFixed(3);

function row(name: string, s: Scores, extra = ''): string {
  return `| ${name} | ${s.rows} | ${num(s.precision)} | ${num(s.recall)} | ${num(s.f1)} | ${pct(s.fpr)} |${extra}`;
}

function main(): void {
  const { split, verbose } = args();
  const analyzer = createAnalyzer(compileRules(readRuleSources()));
  let failedTargets = 0;
  const check = (ok: boolean, what: string): string => {
    if (!ok) failedTargets++;
    return `${ok ? 'met' : 'NOT MET'}: ${what}`;
  };

  // The project's drafts
  const draftsText = readIfPresent(draftsPath(PROJECT_ROOT));
  if (draftsText === null) {
    console.error(`missing ${draftsPath(PROJECT_ROOT)}`);
    process.exit(2);
  }
  const drafts = parseLabelledJsonl(draftsText, 'tests/drafts/drafts.jsonl');
  for (const e of drafts.errors) console.error(`skipped ${e}`);
  const dp = predict(analyzer, drafts.rows);
  const ds = score(dp);
  console.log(`\n## Drafts (tests/drafts/drafts.jsonl, ${dp.length} rows)\n`);
  console.log('| set | rows | precision | recall | F1 | false-positive rate |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('all drafts', ds));
  const boundary = dp.filter((p) => p.trap === 'boundary');
  const boundaryHits = boundary.filter((p) => p.predicted);
  console.log('\n| category | recall | rows |');
  console.log('|---|---|---|');
  const byCategory = recallByCategory(dp);
  let worst = 1;
  for (const c of CATEGORIES) {
    const e = byCategory.get(c);
    if (!e) continue;
    worst = Math.min(worst, e.hit / e.total);
    console.log(`| ${c} | ${num(e.hit / e.total)} | ${e.total} |`);
  }
  console.log('');
  console.log(check(ds.f1 >= 0.92, `drafts F1 ${num(ds.f1)} ≥ 0.92`));
  console.log(check(worst >= 0.85, `recall ≥ 0.85 in every category (lowest ${num(worst)})`));
  console.log(
    check(boundaryHits.length === 0, `zero findings on ${boundary.length} boundary phrasings (${boundaryHits.length})`),
  );
  if (verbose) {
    for (const p of dp) {
      const wrongCategory = p.flag && p.category && !p.findings.some((f) => f.category === p.category);
      if (p.flag !== p.predicted || wrongCategory) {
        const got = p.findings.map((f) => `${f.ruleId}: "${f.match}"`).join('; ') || 'nothing';
        console.log(
          `  ${p.flag ? 'MISSED' : 'FALSE+'} ${p.id} [${p.category ?? p.trap ?? ''}] ${p.text}\n      → ${got}`,
        );
      }
    }
  }

  // The third-party set
  const path = externalPath(PROJECT_ROOT);
  const externalText = readIfPresent(path);
  if (externalText === null) {
    console.log(
      `\n## External set: not found at ${path}; only the drafts were scored. The external targets were not checked.`,
    );
  } else {
    const external = parseLabelledJsonl(externalText, 'external.jsonl');
    for (const e of external.errors.slice(0, 5)) console.error(`skipped ${e}`);
    const rows = external.rows.filter((r) => r.split === split);
    const sources = [...new Set(rows.map((r) => r.source ?? 'unknown'))].sort();
    console.log(`\n## External set (${path}, split "${split}", ${rows.length} rows)\n`);
    console.log('| source | rows | precision | recall | F1 | false-positive rate | keyword recall | keyword FPR |');
    console.log('|---|---|---|---|---|---|---|---|');
    const notes: string[] = [];
    for (const source of sources) {
      const mine = predict(
        analyzer,
        rows.filter((r) => r.source === source),
      );
      const s = score(mine);
      const k = score(mine.map((p) => ({ flag: p.flag, predicted: keywordBaseline(p.text) })));
      console.log(row(source, s, ` ${num(k.recall)} | ${pct(k.fpr)} |`));
      // the check line gives the counts: a rate that rounds to 3.0% may sit on either side of the target
      if (s.tn + s.fp > 0) {
        const exact = `${(s.fpr * 100).toFixed(2)}% (${s.fp} of ${s.tn + s.fp})`;
        notes.push(check(s.fpr <= 0.03, `${source}: false-positive rate ${exact} ≤ 3%`));
      }
      if (source === 'ucc' || source === 'receptiveness') {
        const { low, high } = README_BASELINE_RECALL;
        notes.push(
          check(
            s.recall >= 3 * high,
            `${source}: recall ${num(s.recall)} ≥ 3 × the notes' keyword baseline ${low}–${high} (${num(3 * low)}–${num(3 * high)}; checked at ${num(3 * high)}); ${num(s.recall / high)}× the upper and ${num(s.recall / low)}× the lower end`,
          ),
        );
      }
      if (verbose) {
        for (const p of mine.filter((x) => x.predicted && !x.flag).slice(0, 40)) {
          console.log(`  FALSE+ ${p.id}: ${p.findings.map((f) => `${f.ruleId}: "${f.match}"`).join('; ')}`);
        }
      }
    }
    if (split === 'dev') notes.push('(dev split: tune here; report the test split with --split test)');
    console.log('');
    for (const n of notes) console.log(n);
  }
  const scope = externalText === null ? 'the drafts targets' : 'targets';
  console.log(`\n${failedTargets === 0 ? `all ${scope} met` : `${failedTargets} target(s) not met`}`);
}

main();
