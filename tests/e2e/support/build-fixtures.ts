/** Bundles every tests/e2e/fixtures/*.entry.ts(x) with the real editor libraries into tests/e2e/.fixtures-dist/<name>.js. */
import { build } from 'esbuild';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, FIXTURES_DIST } from './servers';

export async function buildFixtures(): Promise<void> {
  mkdirSync(FIXTURES_DIST, { recursive: true });
  const entries = readdirSync(FIXTURES_DIR).filter((f) => /\.entry\.tsx?$/.test(f));
  if (!entries.length) return;
  await build({
    entryPoints: Object.fromEntries(entries.map((f) => [f.replace(/\.entry\.tsx?$/, ''), join(FIXTURES_DIR, f)])),
    outdir: FIXTURES_DIST,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    loader: { '.css': 'css' },
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'warning',
  });
}

if (process.argv[1]?.endsWith('build-fixtures.ts')) {
  await buildFixtures();
}
