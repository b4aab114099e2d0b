import type { Finding } from '../engine/types';
import { isInt, isRecord, isString, isStringArray } from './validate';

/** The long-lived port a content script opens to the background's engine. */
export const ANALYSIS_PORT = 'mindful-draft/analysis';

/** Most sentences one request may carry; the content script batches beyond this. */
export const MAX_SENTENCES_PER_REQUEST = 200;
export const MAX_SENTENCE_CHARS = 2_000;

/** content script → background */
export type AnalysisRequest =
  { type: 'analyze'; requestId: number; host: string; sentences: string[] } | { type: 'warm-up' };

/** background → content script: findings per sentence, offsets relative to each sentence, in request order */
export type AnalysisResponse =
  { type: 'findings'; requestId: number; results: Finding[][] } | { type: 'triggers'; words: string[] };

export function parseAnalysisRequest(value: unknown): AnalysisRequest | null {
  if (!isRecord(value)) return null;
  if (value.type === 'warm-up') return { type: 'warm-up' };
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
