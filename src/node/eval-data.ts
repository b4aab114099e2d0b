import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES, type Category } from '../engine/types';
import type { LabelledRow } from './eval-score';

export interface ParsedRows {
  rows: LabelledRow[];
  errors: string[];
}

/** Reads JSON Lines of labelled rows; each bad line is reported with its number and skipped. */
export function parseLabelledJsonl(content: string, name: string): ParsedRows {
  const rows: LabelledRow[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`${where}: not valid JSON`);
      return;
    }
    if (typeof value !== 'object' || value === null) {
      errors.push(`${where}: expected an object`);
      return;
    }
    const v = value as Record<string, unknown>;
    const id = typeof v.id === 'number' ? String(v.id) : v.id;
    if (typeof id !== 'string' || !id) return void errors.push(`${where}: "id" is required`);
    if (ids.has(id) && name.includes('drafts')) return void errors.push(`${where}: duplicate id "${id}"`);
    ids.add(id);
    if (typeof v.text !== 'string' || !v.text.trim()) return void errors.push(`${where}: "text" is required`);
    if (typeof v.flag !== 'boolean') return void errors.push(`${where}: "flag" must be true or false`);
    if (v.category !== undefined && !(CATEGORIES as readonly unknown[]).includes(v.category))
      return void errors.push(`${where}: unknown category ${JSON.stringify(v.category)}`);
    if (v.flag && v.category === undefined && name.includes('drafts'))
      return void errors.push(`${where}: a draft that should flag needs its "category"`);
    rows.push({
      id,
      text: v.text,
      flag: v.flag,
      ...(v.category !== undefined ? { category: v.category as Category } : {}),
      ...(typeof v.trap === 'string' ? { trap: v.trap } : {}),
      ...(typeof v.source === 'string' ? { source: v.source } : {}),
      ...(typeof v.split === 'string' ? { split: v.split } : {}),
    });
  });
  return { rows, errors };
}

export function draftsPath(root: string): string {
  return join(root, 'tests/drafts/drafts.jsonl');
}

/** The shared third-party evaluation set lives next to the project, not inside it. */
export function externalPath(root: string): string {
  return resolve(root, '../shared/eval/external.jsonl');
}

export function readIfPresent(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
