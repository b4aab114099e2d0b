export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

/** Runs fn untimed at least `runs` times and for at least `ms` milliseconds, so the JIT has compiled its hot paths. */
export function warmUp(fn: () => void, runs: number, ms: number): void {
  const start = performance.now();
  for (let i = 0; i < runs || performance.now() - start < ms; i++) fn();
}

/**
 * Runs fn `warmUp` times untimed, then until `minRuns` runs and `minMs` milliseconds have passed (at most `maxRuns`);
 * returns the sorted durations in milliseconds.
 */
export function timeRuns(fn: () => void, minRuns = 20, minMs = 300, maxRuns = 2000, warmUpRuns = 0): number[] {
  warmUp(fn, warmUpRuns, 0);
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

/**
 * Times several functions in turns of about `turnMs` each, until every one has at least its `minRuns` runs and
 * `totalMs` have passed (at most `maxTurns` turns). A machine that slows down for a while slows all of them alike, so
 * the ratios between their medians hold even when the absolute times drift. Returns sorted durations per function.
 */
export function timeInTurns(
  fns: readonly { fn: () => void; minRuns: number }[],
  turnMs = 150,
  totalMs = 3_000,
  maxTurns = 200,
): number[][] {
  const out: number[][] = fns.map(() => []);
  const begin = performance.now();
  for (let turn = 0; turn < maxTurns; turn++) {
    fns.forEach(({ fn }, i) => {
      const start = performance.now();
      // at least one run per turn, so a slow function still takes its turn
      do {
        const t = performance.now();
        fn();
        out[i]?.push(performance.now() - t);
      } while (performance.now() - start < turnMs);
    });
    const enough = fns.every((f, i) => (out[i]?.length ?? 0) >= f.minRuns);
    if (enough && performance.now() - begin >= totalMs) break;
  }
  return out.map((runs) => runs.sort((a, b) => a - b));
}
