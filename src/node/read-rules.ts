import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CATEGORIES } from '../engine/types';
import { RuleError, type RuleSource } from '../engine/compile-rules';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Reads every rules/<category>/*.yaml file; a file that is not valid YAML throws a RuleError naming it. */
export function readRuleSources(root = PROJECT_ROOT): RuleSource[] {
  const out: RuleSource[] = [];
  const rulesDir = join(root, 'rules');
  for (const entry of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !(CATEGORIES as readonly string[]).includes(entry.name)) continue;
    const dir = join(rulesDir, entry.name);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = join(dir, name);
      const file = relative(root, path).replace(/\\/g, '/');
      try {
        out.push({ file, data: parse(readFileSync(path, 'utf8')) as unknown });
      } catch (error) {
        throw new RuleError(file, `not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return out;
}
