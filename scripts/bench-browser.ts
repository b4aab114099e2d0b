/** Runs every browser benchmark in scripts/bench-browser/ in turn; each builds on `npm run build` and prints its numbers. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(1);
spawnSync('npx', ['tsx', 'tests/e2e/support/build-fixtures.ts'], { stdio: 'inherit' });
let status = 0;
for (const file of readdirSync('scripts/bench-browser')
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const run = spawnSync('npx', ['tsx', `scripts/bench-browser/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) status = 1;
}
process.exit(status);
