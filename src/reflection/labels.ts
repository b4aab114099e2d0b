import type { Category } from '../engine/types';
import type { HintAction } from '../protocol/history';

export const CATEGORY_LABELS: Record<Category, string> = {
  blame: 'Blame',
  criticism: 'Criticism',
  defensiveness: 'Defensiveness',
  contempt: 'Contempt',
  dismissal: 'Dismissal',
  stonewalling: 'Stonewalling',
  'non-apology': 'Non-apology',
  'mind-reading': 'Mind-reading',
  ultimatum: 'Ultimatum',
};

/** Category colours chosen to stay distinct from each other and readable on light and dark backgrounds. */
export const CATEGORY_COLOURS: Record<Category, string> = {
  blame: '#d9534f',
  criticism: '#e08a1e',
  defensiveness: '#3d8fd1',
  contempt: '#9b59b6',
  dismissal: '#7f8c8d',
  stonewalling: '#2c9c8f',
  'non-apology': '#c0a000',
  'mind-reading': '#d35d9e',
  ultimatum: '#6d4c41',
};

export const ACTION_LABELS: Record<HintAction, string> = {
  shown: 'Shown',
  applied: 'Applied a suggestion',
  ignored: 'Ignored',
  muted: 'Muted the rule',
};

/** "you-never" → "You never": rule ids are written to read as the phrase they catch. */
export function ruleLabel(ruleId: string): string {
  const words = ruleId.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

export function shortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dateFormat.format(new Date(y, m - 1, d));
}

export function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return longDate.format(new Date(y, m - 1, d));
}

export function dateTime(time: number): string {
  return dateTimeFormat.format(new Date(time));
}

export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
