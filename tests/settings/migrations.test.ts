import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../src/settings/migrations';
import { normalizeSettings } from '../../src/settings/normalize';

/** One writer's settings as each version stored them: fixtures/v<N>.json. */
const FIXTURES = new Map(
  readdirSync(join(import.meta.dirname, 'fixtures'))
    .map((f) => /^v(\d+)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [
      Number(m[1]),
      JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', m[0]), 'utf8')) as Record<string, unknown>,
    ]),
);

const PAIRS = [...FIXTURES.keys()].flatMap((from) =>
  [...FIXTURES.keys()].filter((to) => to > from).map((to) => [from, to] as const),
);

async function stored(from: number, to: number): Promise<unknown> {
  await storage.setItem('local:settings', FIXTURES.get(from));
  await storage.setMeta('local:settings', { v: from });
  const item = storage.defineItem('local:settings', {
    fallback: {},
    version: to,
    migrations: SETTINGS_MIGRATIONS,
  });
  await item.migrate();
  return { value: await item.getValue(), meta: await storage.getMeta('local:settings') };
}

describe('settings migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has a fixture for every version up to the current one', () => {
    expect([...FIXTURES.keys()].sort()).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it.each(PAIRS)('walks v%i → v%i to exactly what that version stored', async (from, to) => {
    expect(await stored(from, to)).toEqual({ value: FIXTURES.get(to), meta: { v: to } });
  });

  it('leaves the newest fixture valid as it is: migrations produce what getSettings reads', () => {
    const newest = FIXTURES.get(SETTINGS_VERSION);
    expect(normalizeSettings(newest)).toEqual(newest);
  });

  it('migrates a value with missing or broken fields without throwing or inventing data', async () => {
    await storage.setItem('local:settings', { mutedRules: 'oops', customPhrases: [null, { id: 'x' }] });
    await storage.setMeta('local:settings', { v: 1 });
    const item = storage.defineItem('local:settings', { fallback: {}, version: 2, migrations: SETTINGS_MIGRATIONS });
    await item.migrate();
    const value = await item.getValue();
    expect(value).toEqual({ mutedRules: 'oops', customPhrases: [{ createdAt: 0, id: 'x' }] });
    // whatever survives a migration, reading settings gives valid ones
    expect(normalizeSettings(value).mutedRules).toEqual([]);
    expect(normalizeSettings(value).customPhrases).toEqual([]);
  });
});
