import { templatePreview } from './fill';
import type { Template, TemplateGroup } from './types';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
}

function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}']+/gu) ?? [];
}

function haystack(group: TemplateGroup, template: Template): string[] {
  return wordsOf(
    [
      group.title,
      group.intent,
      ...group.keywords,
      templatePreview(template),
      ...template.slots.map((s) => s.label),
      template.source,
    ].join(' '),
  );
}

/**
 * Groups holding the templates that match every word of the query (each as the start of some word in the group's
 * title, intent or keywords, or the template's text, slot labels or source). An empty query keeps everything.
 */
export function searchTemplates(groups: readonly TemplateGroup[], query: string): TemplateGroup[] {
  const terms = wordsOf(query);
  if (!terms.length) return [...groups];
  const out: TemplateGroup[] = [];
  for (const group of groups) {
    const templates = group.templates.filter((t) => {
      const words = haystack(group, t);
      return terms.every((term) => words.some((w) => w.startsWith(term)));
    });
    if (templates.length) out.push({ ...group, templates });
  }
  return out;
}
