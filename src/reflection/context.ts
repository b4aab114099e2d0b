import type { Category } from '../engine/types';
import type { HistoryDB } from '../history/schema';

export type SectionId = 'overview' | 'timeline' | 'goals' | 'data';

/** A pattern the writer picked to turn into a goal. */
export interface GoalSeed {
  category: Category;
  ruleId?: string;
}

/** What every section of the page gets: the database, the status line, and a way to move between sections. */
export interface PageContext {
  db: HistoryDB;
  /** Announces a message in the polite live region (and shows it). */
  announce(message: string): void;
  show(section: SectionId, options?: { goalSeed?: GoalSeed }): void;
  now(): number;
}
