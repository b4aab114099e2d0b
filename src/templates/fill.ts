import type { Template, TemplatePart } from './types';
import { SLOT_PATTERN } from './validate';

/** The template's text as runs of words and slots, in order: what the popup lays out with inputs in place. */
export function templateParts(template: Template): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const m of template.text.matchAll(SLOT_PATTERN)) {
    const index = m.index ?? 0;
    if (index > at) parts.push({ kind: 'text', text: template.text.slice(at, index) });
    const slot = template.slots.find((s) => s.id === m[1]);
    if (slot) parts.push({ kind: 'slot', slot });
    at = index + m[0].length;
  }
  if (at < template.text.length) parts.push({ kind: 'text', text: template.text.slice(at) });
  return parts;
}

/** The template with blanks drawn as "___": how it reads in the list before it is filled. */
export function templatePreview(template: Template): string {
  return templateParts(template)
    .map((p) => (p.kind === 'text' ? p.text : '___'))
    .join('');
}

export type FillResult = { ok: true; text: string } | { ok: false; missing: string[] };

/**
 * The finished sentence. A value's own end punctuation is dropped where the template already has some ("8 tonight." →
 * "…at 8 tonight?"), and whitespace is tidied. Every slot must be filled: a sentence with a hole in it is not sent.
 */
export function fillTemplate(template: Template, values: Readonly<Record<string, string>>): FillResult {
  const missing = template.slots.filter((s) => !values[s.id]?.trim()).map((s) => s.id);
  if (missing.length) return { ok: false, missing };
  const parts = templateParts(template);
  const out = parts.map((part, i) => {
    if (part.kind === 'text') return part.text;
    let value = (values[part.slot.id] ?? '').trim().replace(/\s+/g, ' ');
    const next = parts[i + 1];
    if (next?.kind === 'text' && /^[.?!,;:]/.test(next.text)) value = value.replace(/[.?!,;:]+$/, '');
    return value;
  });
  return { ok: true, text: out.join('').replace(/\s+/g, ' ').trim() };
}
