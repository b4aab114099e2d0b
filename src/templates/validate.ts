import type { Template, TemplateGroup, TemplateSlot } from './types';

export class TemplateError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'TemplateError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** {slot-id} in a template's text */
export const SLOT_PATTERN = /\{([^{}]*)\}/g;
const MAX_TEXT = 400;
const MAX_LABEL = 60;

type Fail = (detail: string) => never;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function only(value: Record<string, unknown>, fields: readonly string[], where: string, fail: Fail): void {
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) fail(`unknown field "${key}" in ${where} (allowed: ${fields.join(', ')})`);
  }
}

function text(value: unknown, field: string, max: number, fail: Fail): string {
  if (typeof value !== 'string' || !value.trim()) return fail(`"${field}" is required text`);
  if (value !== value.trim() || /\s{2,}/.test(value)) fail(`"${field}" has extra spaces`);
  if (value.length > max) fail(`"${field}" is longer than ${max} characters`);
  return value;
}

function id(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || !ID.test(value))
    return fail(`"${field}" must be lower-case words joined by hyphens`);
  return value;
}

function slotOf(value: unknown, where: string, fail: Fail): TemplateSlot {
  if (!isRecord(value)) return fail(`each slot of ${where} must be {id, label, example}`);
  only(value, ['id', 'label', 'example'], `a slot of ${where}`, fail);
  const slot = {
    id: id(value.id, `${where} slot id`, fail),
    label: text(value.label, `${where} slot label`, MAX_LABEL, fail),
    example: text(value.example, `${where} slot example`, 120, fail),
  };
  if (/[{}]/.test(slot.example)) fail(`the example of {${slot.id}} in ${where} holds a brace`);
  return slot;
}

function templateOf(value: unknown, fail: Fail): Template {
  if (!isRecord(value)) return fail('each template must be a mapping of fields');
  only(value, ['id', 'text', 'slots', 'source'], 'a template', fail);
  const templateId = id(value.id, 'template id', fail);
  const where = `template "${templateId}"`;
  const body = text(value.text, `${where} text`, MAX_TEXT, fail);
  if (value.slots !== undefined && !Array.isArray(value.slots)) fail(`"slots" of ${where} must be a list`);
  const slots = ((value.slots as unknown[] | undefined) ?? []).map((s) => slotOf(s, where, fail));
  const used = [...body.matchAll(SLOT_PATTERN)].map((m) => m[1] ?? '');
  const stray = body.replace(SLOT_PATTERN, '');
  if (/[{}]/.test(stray)) fail(`${where} has an unmatched brace`);
  for (const name of used) {
    if (!ID.test(name)) fail(`${where} has a malformed slot {${name}}`);
    if (!slots.some((s) => s.id === name)) fail(`${where} uses {${name}}, which its "slots" do not describe`);
  }
  for (const slot of slots) {
    const times = used.filter((u) => u === slot.id).length;
    if (times !== 1) fail(`${where} must use {${slot.id}} exactly once (found ${times})`);
  }
  if (!/[.?!]$/.test(body)) fail(`${where} must end a sentence (. ? or !)`);
  return { id: templateId, text: body, slots, source: text(value.source, `${where} source`, 200, fail) };
}

/** Validates one group file's data; throws a TemplateError naming the file and the first problem. */
export function parseTemplateGroup(file: string, data: unknown): TemplateGroup {
  const fail: Fail = (detail) => {
    throw new TemplateError(file, detail);
  };
  if (!isRecord(data)) return fail('the file must hold a mapping of fields');
  only(data, ['id', 'title', 'intent', 'keywords', 'templates'], 'the group', fail);
  const groupId = id(data.id, 'id', fail);
  const name = file
    .replace(/\\/g, '/')
    .split('/')
    .pop()
    ?.replace(/\.json$/, '');
  if (name !== groupId) fail(`the group id "${groupId}" must match the file name`);
  const keywords = data.keywords ?? [];
  if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string' || !k.trim())) {
    fail('"keywords" must be a list of words');
  }
  if (!Array.isArray(data.templates) || data.templates.length === 0) fail('"templates" needs at least one template');
  const templates = (data.templates as unknown[]).map((t) => templateOf(t, fail));
  const seen = new Set<string>();
  for (const t of templates) {
    if (seen.has(t.id)) fail(`duplicate template id "${t.id}"`);
    seen.add(t.id);
  }
  return {
    id: groupId,
    title: text(data.title, 'title', 40, fail),
    intent: text(data.intent, 'intent', 200, fail),
    keywords: keywords as string[],
    templates,
  };
}

/** Validates a whole library: every group, and template ids unique across groups (they key the popup's state). */
export function parseTemplateLibrary(files: readonly { file: string; data: unknown }[]): TemplateGroup[] {
  const groups = files.map(({ file, data }) => parseTemplateGroup(file, data));
  const owners = new Map<string, string>();
  for (const group of groups) {
    for (const t of group.templates) {
      const other = owners.get(t.id);
      if (other) throw new TemplateError(group.id, `template id "${t.id}" is also used in ${other}`);
      owners.set(t.id, group.id);
    }
  }
  return groups;
}
