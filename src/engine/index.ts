export { createAnalyzer, MAX_TEXT_LENGTH, type Analyzer, type AnalyzeOptions } from './analyzer';
export { splitSentences, type Sentence } from './sentences';
export { quotedRanges, type Range } from './guards/quoted';
export * from './types';
