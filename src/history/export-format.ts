/**
 * The export file: versioned JSON holding every event, goal and note (tallies are derived and rebuilt on import).
 * Everything in a file is checked before anything is written; the first problem is reported in words.
 */
import { CATEGORIES, type Category } from '../engine/types';
import { HINT_ACTIONS, type HintAction } from '../protocol/history';
import { isInt, isRecord, isString } from '../protocol/validate';
import { isDay } from './days';
import { NOTE_MAX_LENGTH } from './notes';
import {
  CHECK_IN_FEELINGS,
  type CheckIn,
  type CheckInFeeling,
  type Goal,
  type GoalScope,
  type Note,
  type StoredEvent,
} from './schema';

export const EXPORT_FORMAT = 'mindful-draft-history';
export const EXPORT_VERSION = 1;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  events: StoredEvent[];
  goals: Goal[];
  notes: Note[];
}

export type ParsedExport = { ok: true; data: HistoryExport } | { ok: false; message: string };

const MAX_RECORDS = 5_000_000;
const MAX_TIME = 8_640_000_000_000_000;

class Invalid extends Error {}

function fail(path: string, problem: string): never {
  throw new Invalid(`${path} ${problem}.`);
}

function text(record: Record<string, unknown>, key: string, path: string, max: number, min = 0): string {
  const value = record[key];
  if (!isString(value, max)) fail(`${path}.${key}`, `should be text of at most ${max.toLocaleString('en')} characters`);
  if (value.length < min) fail(`${path}.${key}`, 'is empty');
  return value;
}

function optionalText(record: Record<string, unknown>, key: string, path: string, max: number): string | undefined {
  return record[key] === undefined ? undefined : text(record, key, path, max);
}

function integer(record: Record<string, unknown>, key: string, path: string, min: number, max: number): number {
  const value = record[key];
  if (!isInt(value, min, max)) fail(`${path}.${key}`, `should be a whole number from ${min} to ${max}`);
  return value;
}

function day(record: Record<string, unknown>, key: string, path: string): string {
  const value = record[key];
  if (!isDay(value)) fail(`${path}.${key}`, 'should be a date like 2024-05-31');
  return value;
}

function oneOf<T extends string>(record: Record<string, unknown>, key: string, path: string, allowed: readonly T[]): T {
  const value = record[key];
  if (!(allowed as readonly unknown[]).includes(value))
    fail(`${path}.${key}`, `should be one of ${allowed.join(', ')}`);
  return value as T;
}

function recordAt(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) fail(path, 'should be an object');
  return value;
}

function list(root: Record<string, unknown>, key: string): unknown[] {
  const value = root[key];
  if (!Array.isArray(value)) fail(key, 'should be a list');
  if (value.length > MAX_RECORDS) fail(key, `has more than ${MAX_RECORDS.toLocaleString('en')} entries`);
  return value;
}

function uniqueIds<T extends { id: string }>(items: T[], name: string): T[] {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) fail(`${name}[${i}].id`, `repeats the id of ${name}[${first}]`);
    seen.set(item.id, i);
  });
  return items;
}

function parseEvent(value: unknown, path: string): StoredEvent {
  const r = recordAt(value, path);
  const event: StoredEvent = {
    id: text(r, 'id', path, 100, 1),
    time: integer(r, 'time', path, 0, MAX_TIME),
    day: day(r, 'day', path),
    host: text(r, 'host', path, 300),
    ruleId: text(r, 'ruleId', path, 200, 1),
    category: oneOf<Category>(r, 'category', path, CATEGORIES),
    action: oneOf<HintAction>(r, 'action', path, HINT_ACTIONS),
  };
  const match = optionalText(r, 'match', path, 2_000);
  const sentence = optionalText(r, 'sentence', path, 4_000);
  const replacement = optionalText(r, 'replacement', path, 4_000);
  if (match !== undefined) event.match = match;
  if (sentence !== undefined) event.sentence = sentence;
  if (replacement !== undefined) event.replacement = replacement;
  return event;
}

function parseScope(value: unknown, path: string): GoalScope {
  const r = recordAt(value, path);
  const kind = oneOf(r, 'kind', path, ['category', 'rule'] as const);
  const category = oneOf<Category>(r, 'category', path, CATEGORIES);
  return kind === 'category' ? { kind, category } : { kind, category, ruleId: text(r, 'ruleId', path, 200, 1) };
}

function parseCheckIn(value: unknown, path: string): CheckIn {
  const r = recordAt(value, path);
  return {
    id: text(r, 'id', path, 100, 1),
    time: integer(r, 'time', path, 0, MAX_TIME),
    day: day(r, 'day', path),
    count: integer(r, 'count', path, 0, Number.MAX_SAFE_INTEGER),
    feeling: oneOf<CheckInFeeling>(r, 'feeling', path, CHECK_IN_FEELINGS),
    note: text(r, 'note', path, 4_000),
  };
}

function parseGoal(value: unknown, path: string): Goal {
  const r = recordAt(value, path);
  const checkIns = r.checkIns;
  if (!Array.isArray(checkIns) || checkIns.length > 10_000) fail(`${path}.checkIns`, 'should be a list');
  const goal: Goal = {
    id: text(r, 'id', path, 100, 1),
    title: text(r, 'title', path, 200, 1),
    scope: parseScope(r.scope, `${path}.scope`),
    targetPerWeek: integer(r, 'targetPerWeek', path, 0, 10_000),
    startDay: day(r, 'startDay', path),
    endDay: day(r, 'endDay', path),
    checkInEveryDays: integer(r, 'checkInEveryDays', path, 1, 90),
    createdAt: integer(r, 'createdAt', path, 0, MAX_TIME),
    checkIns: uniqueIds(
      checkIns.map((c, i) => parseCheckIn(c, `${path}.checkIns[${i}]`)),
      `${path}.checkIns`,
    ),
  };
  if (goal.endDay < goal.startDay) fail(`${path}.endDay`, 'comes before its startDay');
  return goal;
}

function parseNote(value: unknown, path: string): Note {
  const r = recordAt(value, path);
  const ids = r.eventIds;
  if (!Array.isArray(ids) || ids.length > 10_000 || !ids.every((id) => isString(id, 100) && id.length > 0))
    fail(`${path}.eventIds`, 'should be a list of event ids');
  return {
    id: text(r, 'id', path, 100, 1),
    time: integer(r, 'time', path, 0, MAX_TIME),
    text: text(r, 'text', path, NOTE_MAX_LENGTH, 1),
    eventIds: ids as string[],
  };
}

export function parseHistoryExport(source: string): ParsedExport {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return {
      ok: false,
      message: 'This file is not valid JSON, so it is not a Mindful Draft export. Nothing was changed.',
    };
  }
  if (!isRecord(json) || json.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      message:
        'This file is not a Mindful Draft history export (its "format" is missing or different). Nothing was changed.',
    };
  }
  if (json.version !== EXPORT_VERSION) {
    const newer = typeof json.version === 'number' && json.version > EXPORT_VERSION;
    return {
      ok: false,
      message: newer
        ? `This export was made by a newer version of Mindful Draft (format version ${json.version}). Update the extension to import it. Nothing was changed.`
        : 'This export has an unknown format version. Nothing was changed.',
    };
  }
  try {
    const data: HistoryExport = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: isString(json.exportedAt, 100) ? json.exportedAt : '',
      events: uniqueIds(
        list(json, 'events').map((e, i) => parseEvent(e, `events[${i}]`)),
        'events',
      ),
      goals: uniqueIds(
        list(json, 'goals').map((g, i) => parseGoal(g, `goals[${i}]`)),
        'goals',
      ),
      notes: uniqueIds(
        list(json, 'notes').map((n, i) => parseNote(n, `notes[${i}]`)),
        'notes',
      ),
    };
    return { ok: true, data };
  } catch (error) {
    if (error instanceof Invalid) {
      return { ok: false, message: `This export is damaged: ${error.message} Nothing was changed.` };
    }
    throw error;
  }
}
