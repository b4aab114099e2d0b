import { CATEGORIES, type Category, type Finding } from '../engine/types';
import { isInt, isRecord, isString, isStringArray } from './validate';

/** The long-lived port a content script opens to the background's engine. */
export const ANALYSIS_PORT = 'mindful-draft/analysis';

/** Most sentences one request may carry; the content script batches beyond this. */
export const MAX_SENTENCES_PER_REQUEST = 200;
export const MAX_SENTENCE_CHARS = 2_000;

/**
 * content script → background. The writer's "Don't flag this again" and "Pause on this site" travel here too, so the
 * page's script stays small: the background writes them to settings.
 */
export type AnalysisRequest =
  | { type: 'analyze'; requestId: number; host: string; sentences: string[] }
  | { type: 'warm-up' }
  | { type: 'mute-rule'; ruleId: string }
  | { type: 'pause-site'; host: string };

/** background → content script: findings per sentence, offsets relative to each sentence, in request order */
export type AnalysisResponse =
  { type: 'findings'; requestId: number; results: Finding[][] } | { type: 'triggers'; words: string[] };

export function parseAnalysisRequest(value: unknown): AnalysisRequest | null {
  if (!isRecord(value)) return null;
  if (value.type === 'warm-up') return { type: 'warm-up' };
  if (value.type === 'mute-rule' && isString(value.ruleId, 200) && value.ruleId) {
    return { type: 'mute-rule', ruleId: value.ruleId };
  }
  if (value.type === 'pause-site' && isString(value.host, 300) && value.host) {
    return { type: 'pause-site', host: value.host };
  }
  if (
    value.type === 'analyze' &&
    isInt(value.requestId) &&
    isString(value.host, 300) &&
    isStringArray(value.sentences, MAX_SENTENCES_PER_REQUEST, MAX_SENTENCE_CHARS)
  ) {
    return { type: 'analyze', requestId: value.requestId, host: value.host, sentences: value.sentences };
  }
  return null;
}

const MAX_SUGGESTIONS = 10;

function parseFinding(value: unknown, sentenceLength: number): Finding | null {
  if (!isRecord(value)) return null;
  const v = value;
  if (
    !isString(v.ruleId, 200) ||
    !(CATEGORIES as readonly unknown[]).includes(v.category) ||
    !isInt(v.start) ||
    !isInt(v.end) ||
    v.start >= v.end ||
    v.end > sentenceLength ||
    !isString(v.match, MAX_SENTENCE_CHARS) ||
    !isString(v.message, 1_000) ||
    !isString(v.explanation, 4_000) ||
    !isStringArray(v.suggestions, MAX_SUGGESTIONS, 4_000)
  ) {
    return null;
  }
  return {
    ruleId: v.ruleId,
    category: v.category as Category,
    start: v.start,
    end: v.end,
    match: v.match,
    message: v.message,
    explanation: v.explanation,
    suggestions: v.suggestions,
  };
}

/**
 * Checks what the background sends back. `sentenceLengths` are the lengths of the sentences of the request being
 * answered, so offsets outside a sentence are refused rather than drawn in the wrong place; findings that fail the
 * check are dropped one by one, a malformed answer as a whole gives null.
 */
export function parseAnalysisResponse(
  value: unknown,
  sentenceLengths: (requestId: number) => readonly number[] | undefined,
): AnalysisResponse | null {
  if (!isRecord(value)) return null;
  if (value.type === 'triggers') {
    return isStringArray(value.words, 100_000, 200) ? { type: 'triggers', words: value.words } : null;
  }
  if (value.type !== 'findings' || !isInt(value.requestId) || !Array.isArray(value.results)) return null;
  const lengths = sentenceLengths(value.requestId);
  if (!lengths || value.results.length !== lengths.length) return null;
  const results: Finding[][] = [];
  for (let i = 0; i < lengths.length; i++) {
    const list: unknown = value.results[i];
    if (!Array.isArray(list)) return null;
    const length = lengths[i] ?? 0;
    results.push(list.map((f) => parseFinding(f, length)).filter((f): f is Finding => f !== null));
  }
  return { type: 'findings', requestId: value.requestId, results };
}
