import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/engine/types';
import { draftsPath, parseLabelledJsonl } from '../../src/node/eval-data';
import { PROJECT_ROOT } from '../../src/node/read-rules';

// The labelled drafts are measured by `npm run eval`; this only checks the file is usable.
const { rows, errors } = parseLabelledJsonl(
  readFileSync(draftsPath(PROJECT_ROOT), 'utf8'),
  'tests/drafts/drafts.jsonl',
);

describe('labelled drafts', () => {
  it('parses every line, with unique ids and known categories', () => {
    expect(errors).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });

  it('has flagged drafts in every category and about as many that should pass', () => {
    for (const c of CATEGORIES) expect(rows.filter((r) => r.flag && r.category === c).length, c).toBeGreaterThan(0);
    const flagged = rows.filter((r) => r.flag).length;
    expect(Math.abs(flagged - (rows.length - flagged))).toBeLessThan(rows.length * 0.15);
  });

  it('includes the boundary phrasings the product must never flag', () => {
    expect(rows.filter((r) => r.trap === 'boundary' && !r.flag).length).toBeGreaterThanOrEqual(10);
  });

  it('reports malformed lines by number instead of failing the whole file', () => {
    const parsed = parseLabelledJsonl(
      '{"id":"a","text":"hi","flag":false}\nnot json\n{"id":"b","text":"x","flag":"yes"}',
      'tests/drafts/x.jsonl',
    );
    expect(parsed.rows.map((r) => r.id)).toEqual(['a']);
    expect(parsed.errors).toEqual([
      'tests/drafts/x.jsonl:2: not valid JSON',
      'tests/drafts/x.jsonl:3: "flag" must be true or false',
    ]);
  });
});
