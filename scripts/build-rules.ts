/**
 * The one compile/validate step for rules: used by `npm run build`, `npm test` and `npm install`.
 * Writes src/generated/rules.json (what the extension ships) and the rule table in rules/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRules, packRuleSet, validateRules } from '../src/engine/compile-rules';
import type { CompiledRule } from '../src/engine/types';
import { PROJECT_ROOT, readRuleSources } from '../src/node/read-rules';

const START = '<!-- rule-table:start -->';
const END = '<!-- rule-table:end -->';

function table(rules: readonly CompiledRule[]): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const rows = rules.map(
    (r) => `| [\`${r.id}\`](${r.file.replace(/^rules\//, '')}) | ${r.category} | ${r.severity} | ${cell(r.message)} |`,
  );
  return [`${rules.length} rules.`, '', '| rule | category | severity | message |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}

function main(): void {
  const sources = readRuleSources();
  const errors = validateRules(sources);
  if (errors.length) {
    for (const e of errors) console.error(`rule error: ${e.message}`);
    process.exit(1);
  }
  const ruleSet = compileRules(sources);
  const ordered = [...ruleSet.rules].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  mkdirSync(join(PROJECT_ROOT, 'src/generated'), { recursive: true });
  // The examples are for the tests, which read the rule files; the extension would only carry their weight (a fifth of it).
  // Each list of required words is stored once: the file is a quarter smaller, and the background reads it faster.
  const shipped = packRuleSet({
    ...ruleSet,
    rules: ruleSet.rules.map((rule) => ({ ...rule, examples: { flag: [], pass: [] } })),
  });
  writeFileSync(join(PROJECT_ROOT, 'src/generated/rules.json'), JSON.stringify(shipped));
  const readmePath = join(PROJECT_ROOT, 'rules/README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`rules/README.md: add the markers ${START} and ${END} where the rule table belongs`);
    process.exit(1);
  }
  const next = `${readme.slice(0, from + START.length)}\n${table(ordered)}\n${readme.slice(to)}`;
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(`rules: ${ruleSet.rules.length} compiled`);
}

main();
