/** Calendar days as YYYY-MM-DD strings in local time: they sort as strings and match what the writer calls "a day". */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function dayOf(time: number): string {
  const d = new Date(time);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dayOf(d.getTime()) === value;
}

/** Local midnight at the start of the day. */
export function startOfDay(day: string): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new Error(`Not a day: ${day}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

export function addDays(day: string, days: number): string {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new Error(`Not a day: ${day}`);
  return dayOf(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  // noon avoids daylight-saving hours turning 24 h into 23 or 25
  return Math.round((startOfDay(to) + 12 * 3_600_000 - (startOfDay(from) + 12 * 3_600_000)) / 86_400_000);
}

/** The Monday starting the week that holds `day`. */
export function weekStart(day: string): string {
  const weekday = (new Date(startOfDay(day)).getDay() + 6) % 7;
  return addDays(day, -weekday);
}
