import { replacedRange } from '../engine/apply-range';
import { splitSentences } from '../engine/sentences';
import type { EditorAdapter, TextSelection } from '../adapters/types';
import type { HintAction, HintEvent } from '../protocol/history';
import type { AnalysisClient } from './analysis-client';
import { diffTexts } from './edits';
import {
  applyEdit,
  isIgnored,
  placeFindings,
  planText,
  reconcile,
  unfinishedSentence,
  type Hint,
  type IgnoredSpan,
} from './hint-model';

/** The pause in typing after which the draft is analysed. */
export const ANALYSIS_DELAY_MS = 250;
/** A sentence without closing punctuation counts as finished after this long without typing. */
export const FINISH_AFTER_MS = 2_000;

export interface SessionHost {
  client: AnalysisClient;
  /** whether this session may analyse now: its editor has focus and the site is not paused */
  canAnalyze(session: EditorSession): boolean;
  isMuted(ruleId: string): boolean;
  report(event: Omit<HintEvent, 'host'>): void;
  /** the hints changed or moved: redraw on the next frame */
  changed(session: EditorSession): void;
  /** the writer edited at `from`: hints from there on may have moved, the rest stay where they are */
  edited(session: EditorSession, from: number): void;
}

let nextHintId = 1;
const newId = (): number => nextHintId++;

/** One editor's draft: its text, its hints, what the writer ignored, and when to analyse next. */
export class EditorSession {
  private text: string;
  private hints: Hint[] = [];
  private dropped: Hint[] = [];
  private ignored: IgnoredSpan[] = [];
  private pending: { start: number; end: number } | null = null;
  private typedAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finishTimer: ReturnType<typeof setTimeout> | undefined;
  /** the selection when the card opened, to put the caret back when it closes */
  saved: TextSelection | null = null;

  constructor(
    readonly adapter: EditorAdapter,
    private readonly host: SessionHost,
  ) {
    this.text = adapter.read();
  }

  get element(): HTMLElement {
    return this.adapter.element;
  }

  /** Hints the writer can see now: all but those in the sentence still being typed. */
  visible(): Hint[] {
    const p = this.pending;
    return p ? this.hints.filter((h) => h.end <= p.start || h.start >= p.end) : this.hints;
  }

  /** Called on every input and DOM change of the editor: moves hints with the text, and waits for a pause. */
  onChange(): void {
    const text = this.adapter.read();
    const edit = diffTexts(this.text, text);
    if (!edit) return;
    this.text = text;
    const moved = applyEdit(this.hints, this.ignored, edit);
    this.hints = moved.hints;
    this.ignored = moved.ignored;
    this.dropped.push(...moved.dropped);
    if (this.pending) this.pending = edit.oldEnd <= this.pending.start ? null : this.pending;
    this.typedAt = performance.now();
    this.schedule(ANALYSIS_DELAY_MS);
    this.host.edited(this, edit.start);
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.analyze(), delay);
  }

  /** Analyse now (focus left the editor, settings changed): a pause is not needed any more. */
  flush(): void {
    this.schedule(0);
  }

  async analyze(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.host.canAnalyze(this)) return;
    const text = this.adapter.read();
    this.text = text;
    const plan = planText(text);
    const results = await this.host.client.analyze(plan.sentences.map((s) => s.text));
    // typing went on while the background worked: that edit scheduled its own analysis
    if (this.text !== text || this.adapter.read() !== text) return;
    const found = placeFindings(plan, results).filter(
      (f) => !this.host.isMuted(f.ruleId) && !isIgnored(f, this.ignored),
    );
    this.hints = reconcile(this.hints, this.dropped, found, newId);
    this.dropped = [];
    const sinceTyping = performance.now() - this.typedAt;
    const selection = this.host.canAnalyze(this) && sinceTyping < FINISH_AFTER_MS ? this.adapter.selection() : null;
    const caret = selection && selection.start === selection.end ? selection.end : null;
    const unfinished = unfinishedSentence(text, plan.sentences, caret);
    this.pending = unfinished ? { start: unfinished.start, end: unfinished.end } : null;
    clearTimeout(this.finishTimer);
    if (this.pending) this.finishTimer = setTimeout(() => void this.analyze(), FINISH_AFTER_MS - sinceTyping + 10);
    for (const hint of this.visible()) {
      if (hint.reported) continue;
      hint.reported = true;
      this.reportOf(hint, 'shown');
    }
    this.host.changed(this);
  }

  reportOf(hint: Hint, action: HintAction, replacement?: string): void {
    const event: Omit<HintEvent, 'host'> = {
      ruleId: hint.ruleId,
      category: hint.category,
      action,
      match: hint.match,
      sentence: hint.sentence,
    };
    if (replacement !== undefined) event.replacement = replacement;
    this.host.report(event);
  }

  remove(hint: Hint): void {
    this.hints = this.hints.filter((h) => h !== hint);
    this.host.changed(this);
  }

  ignore(hint: Hint): void {
    this.ignored.push({ ruleId: hint.ruleId, start: hint.start, end: hint.end });
    this.remove(hint);
    this.reportOf(hint, 'ignored');
  }

  /** Drops every hint of a rule at once (the writer muted it; settings follow). */
  dropRule(ruleId: string): void {
    this.hints = this.hints.filter((h) => h.ruleId !== ruleId);
    this.host.changed(this);
  }

  /** Replaces the flagged words with a suggestion through the editor's own input path. */
  async apply(hint: Hint, suggestion: string): Promise<boolean> {
    // the editor's text must still say what was flagged there, or the replacement would land on other words
    const text = this.adapter.read();
    if (text.slice(hint.start, hint.end) !== hint.match) return false;
    const sentence = splitSentences(text).find((s) => s.start <= hint.start && hint.start < s.end);
    const range = replacedRange(
      text,
      hint.start,
      hint.end,
      sentence ?? { start: hint.start, end: hint.end },
      suggestion,
    );
    this.remove(hint);
    const ok = await this.adapter.replace(range.start, range.end, suggestion);
    if (ok) this.reportOf(hint, 'applied', suggestion);
    this.onChange();
    return ok;
  }

  /** Forget hints (site paused, settings changed); the next analysis starts from the text. */
  reset(): void {
    // kept as "dropped" so the same occurrences found again are not reported as shown twice
    this.dropped.push(...this.hints);
    this.hints = [];
    this.pending = null;
    this.host.changed(this);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.finishTimer);
    this.adapter.dispose();
  }
}
