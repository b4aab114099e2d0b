/**
 * The one command that runs every test: rule compile, unit tests, then the built extension in real browsers.
 * Ends with a plain "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTotalTestSuites?: number;
  testResults?: {
    status: string;
    message?: string;
    name: string;
    assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
}

const reports = mkdtempSync(join(tmpdir(), 'md-test-'));
let passed = 0;
let failed = 0;
const problems: string[] = [];
const secondTries: string[] = [];

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function vitest(title: string, config: string, name: string): void {
  const output = join(reports, `${name}.json`);
  const ok = run(title, 'npx', [
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${output}`,
  ]);
  if (!existsSync(output)) {
    failed++;
    problems.push(`${title}: the test runner did not report (exit ${ok ? 0 : 1})`);
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8')) as VitestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // a file that fails to load has no tests but a failed suite
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && file.message) {
      failed++;
      problems.push(`${file.name}: ${file.message.split('\n')[0]}`);
    }
    // passed, but only on the retry the browser configs allow: named so a flaky test cannot hide
    for (const test of file.assertionResults ?? []) {
      const first = test.failureMessages?.[0];
      if (test.status === 'passed' && first) secondTries.push(`${test.fullName}: ${first.split('\n')[0]}`);
    }
  }
}

function browserMissing(path: string, install: string): boolean {
  if (existsSync(path)) return false;
  failed++;
  problems.push(`${path} is missing, so the browser tests could not run. Install it with: ${install}`);
  return true;
}

if (!run('compile rules', 'npx', ['tsx', 'scripts/build-rules.ts'])) {
  failed++;
  problems.push('the rules do not compile (see the errors above)');
} else {
  vitest('unit tests', 'vitest.config.ts', 'unit');
  if (!run('build the extension', 'npx', ['wxt', 'build'])) {
    failed++;
    problems.push('the Chrome build failed');
  } else if (!run('build fixture pages', 'npx', ['tsx', 'tests/e2e/support/build-fixtures.ts'])) {
    failed++;
    problems.push('the fixture pages did not build');
  } else if (!browserMissing(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'sudo apt-get install -y chromium')) {
    vitest('end-to-end tests in Chromium', 'vitest.e2e.config.ts', 'e2e-chromium');
  }
  if (!run('build the Firefox extension', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
    failed++;
    problems.push('the Firefox build failed');
  } else {
    // what addons.mozilla.org checks on upload; counted as one check
    const firefoxDir = join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
    if (run('web-ext lint on the Firefox build', 'npx', ['web-ext', 'lint', '--source-dir', firefoxDir])) passed++;
    else {
      failed++;
      problems.push('web-ext lint reports errors in the Firefox build (see above)');
    }
    if (!browserMissing(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'sudo apt-get install -y firefox-esr')) {
      vitest('end-to-end tests in Firefox', 'vitest.firefox.config.ts', 'e2e-firefox');
    }
  }
}

console.log('');
for (const t of secondTries) console.log(`⚠ passed on a second try: ${t}`);
for (const p of problems) console.log(`✗ ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
