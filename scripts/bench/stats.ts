export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/**
 * Runs fn `warmUp` times untimed, then until `minRuns` runs and `minMs` milliseconds have passed (at most `maxRuns`);
 * returns the sorted durations in milliseconds.
 */
export function timeRuns(fn: () => void, minRuns = 20, minMs = 300, maxRuns = 2000, warmUp = 0): number[] {
  for (let i = 0; i < warmUp; i++) fn();
  const out: number[] = [];
  const begin = performance.now();
  while (out.length < maxRuns && (out.length < minRuns || performance.now() - begin < minMs)) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

export function fmt(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
