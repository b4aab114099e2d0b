import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, templateParts, templatePreview } from '../../src/templates/fill';
import { TEMPLATE_FILES, TEMPLATE_GROUPS } from '../../src/templates/library';
import { searchTemplates } from '../../src/templates/search';
import { parseTemplateGroup, TemplateError } from '../../src/templates/validate';
import type { Template } from '../../src/templates/types';
import { PROJECT_ROOT } from '../../src/node/read-rules';
import { projectRules } from '../rules/rule-set';

const ALL = TEMPLATE_GROUPS.flatMap((g) => g.templates.map((t) => [`${g.id}/${t.id}`, t] as const));
const examples = (t: Template): Record<string, string> => Object.fromEntries(t.slots.map((s) => [s.id, s.example]));

describe('template data files', () => {
  it('are all in the library, and the library holds only them', () => {
    const onDisk = readdirSync(join(PROJECT_ROOT, 'rules/templates')).filter((f) => !f.startsWith('.'));
    expect(onDisk.sort()).toEqual(TEMPLATE_FILES.map((f) => f.file.replace('rules/templates/', '')).sort());
  });

  it('cover every intent the popup offers', () => {
    expect(TEMPLATE_GROUPS.map((g) => g.id)).toEqual([
      'set-a-boundary',
      'say-what-i-need',
      'own-it',
      'listen-and-validate',
      'take-a-break',
      'set-a-goal',
      'appreciate',
    ]);
  });

  it('include the source article’s own boundary phrases word for word', () => {
    const texts = ALL.map(([, t]) => t.text);
    expect(texts).toContain("Please don't do that, it makes me uncomfortable.");
    expect(texts).toContain("I don't like it when you {behaviour}.");
    expect(texts).toContain('I hear you. Tell me more about how that felt.');
  });

  it.each(ALL)('%s fills from its examples into one finished sentence with no blanks left', (_id, template) => {
    const filled = fillTemplate(template, examples(template));
    expect(filled.ok).toBe(true);
    if (!filled.ok) return;
    expect(filled.text).not.toMatch(/[{}]|___|\s{2}/);
    for (const slot of template.slots) expect(filled.text).toContain(slot.example);
  });

  it.each(ALL)('%s, filled with its examples, is flagged by none of the rules', (_id, template) => {
    const filled = fillTemplate(template, examples(template));
    const text = filled.ok ? filled.text : '';
    expect(
      projectRules()
        .analyzer.analyze(text)
        .map((f) => `${f.ruleId}: ${f.match}`),
    ).toEqual([]);
  });
});

describe('template validation', () => {
  const good = {
    id: 'g',
    title: 'G',
    intent: 'Do it.',
    templates: [{ id: 't', text: 'Hi {who}.', slots: [{ id: 'who', label: 'who', example: 'Sam' }], source: 'S' }],
  };
  const withTemplate = (t: Record<string, unknown>): unknown => ({
    ...good,
    templates: [{ ...good.templates[0], ...t }],
  });

  it('accepts a well-formed group', () => {
    expect(parseTemplateGroup('rules/templates/g.json', good).templates[0]?.slots[0]?.label).toBe('who');
  });

  it.each([
    ['a group id unlike its file name', { ...good, id: 'other' }, /must match the file name/],
    ['an unknown field', { ...good, colour: 'red' }, /unknown field "colour"/],
    ['no templates', { ...good, templates: [] }, /at least one template/],
    ['a slot the text does not use', withTemplate({ text: 'Hi there.' }), /must use \{who\} exactly once \(found 0\)/],
    ['a slot used twice', withTemplate({ text: 'Hi {who}, {who}.' }), /exactly once \(found 2\)/],
    ['an undescribed slot', withTemplate({ text: 'Hi {who} and {them}.' }), /uses \{them\}/],
    ['a malformed slot', withTemplate({ text: 'Hi {who} {Bad Slot}.' }), /malformed slot/],
    ['an unmatched brace', withTemplate({ text: 'Hi {who} }.' }), /unmatched brace/],
    ['text that does not end a sentence', withTemplate({ text: 'Hi {who}' }), /must end a sentence/],
    ['a slot without an example', withTemplate({ slots: [{ id: 'who', label: 'who' }] }), /slot example" is required/],
    [
      'a duplicate template id',
      { ...good, templates: [good.templates[0], good.templates[0]] },
      /duplicate template id/,
    ],
  ])('refuses %s, naming the file', (_what, data, message) => {
    expect(() => parseTemplateGroup('rules/templates/g.json', data)).toThrow(TemplateError);
    expect(() => parseTemplateGroup('rules/templates/g.json', data)).toThrow(message);
    expect(() => parseTemplateGroup('rules/templates/g.json', data)).toThrow(/^rules\/templates\/g\.json: /);
  });
});

describe('filling a template', () => {
  const template = TEMPLATE_GROUPS.flatMap((g) => g.templates).find(
    (t) => t.id === 'overwhelmed-return-at',
  ) as Template;

  it('lays out words and slots in order', () => {
    expect(templateParts(template).map((p) => (p.kind === 'text' ? p.text : `[${p.slot.id}]`))).toEqual([
      "I'm getting overwhelmed and I want to be able to listen. Can we take a break and pick this up at ",
      '[return-time]',
      '?',
    ]);
    expect(templatePreview(template)).toMatch(/pick this up at ___\?$/);
  });

  it('drops a value’s own end punctuation where the template has its own, and tidies spaces', () => {
    expect(fillTemplate(template, { 'return-time': '  8   tonight. ' })).toEqual({
      ok: true,
      text: "I'm getting overwhelmed and I want to be able to listen. Can we take a break and pick this up at 8 tonight?",
    });
  });

  it('names every blank still empty', () => {
    const nvc = TEMPLATE_GROUPS[1]?.templates[0] as Template;
    expect(fillTemplate(nvc, { observation: 'x', feeling: ' ' })).toEqual({
      ok: false,
      missing: ['feeling', 'need', 'request'],
    });
  });
});

describe('searching templates', () => {
  const ids = (query: string): string[] =>
    searchTemplates(TEMPLATE_GROUPS, query).flatMap((g) => g.templates.map((t) => t.id));

  it.each([
    ['', ALL.length],
    ['sorry', 3],
    ['  SORRY  ', 3],
    ['sorry right', 1],
  ])('"%s" finds %i templates', (query, count) => {
    expect(ids(query)).toHaveLength(count);
  });

  it('finds by group keywords, template words, slot labels and word starts, needing every word', () => {
    expect(ids('apologise')).toEqual(['full-apology', 'youre-right', 'my-part']);
    expect(ids('uncomf')).toContain('please-dont');
    expect(ids('return time')).toEqual(['overwhelmed-return-at', 'break-back-at']);
    expect(ids('check-in date')).toEqual(expect.arrayContaining(['full-apology', 'starting-check-in']));
    expect(ids('thank')).toEqual(['thank-you-for', 'i-noticed']);
    expect(ids('zebra')).toEqual([]);
  });
});
