import type { Analyzer } from '../engine';
import type { Finding } from '../engine/types';

export type JsonlOutput = { id: unknown; findings: Finding[] } | { line: number; error: string };

/** One input line of `analyze --jsonl` → its output line. Blank lines are not inputs and give nothing. */
export function analyzeJsonLine(analyzer: Analyzer, line: string, lineNumber: number): JsonlOutput | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line: lineNumber, error: 'expected an object like {"id": 1, "text": "…"}' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { line: lineNumber, error: 'missing "text" (a string)' };
  return { id: record.id ?? null, findings: analyzer.analyze(record.text) };
}
