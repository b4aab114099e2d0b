import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', ...args], { input, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('analyze --jsonl', () => {
  it('answers every input line in order, reports malformed lines, and exits 1 when any was malformed', () => {
    const input = [
      JSON.stringify({ id: 1, text: "It's your fault.", extra: 'ignored' }),
      'not json',
      '',
      JSON.stringify({ id: 'b', text: 'Fine, see you at 6.' }),
      JSON.stringify({ id: 3 }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: { nested: true }, text: 'You never listen to me.' }),
    ].join('\n');
    const { stdout, status } = cli(['--jsonl'], input);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id ?? `line ${String(l.line)}`)).toEqual([
      1,
      'line 2',
      'b',
      'line 5',
      'line 6',
      { nested: true },
    ]);
    expect((lines[0]?.findings as { ruleId: string }[]).map((f) => f.ruleId)).toContain('your-fault');
    expect(lines[2]?.findings).toEqual([]);
    expect(String(lines[1]?.error)).toContain('not valid JSON');
    expect(String(lines[3]?.error)).toContain('"text"');
    expect(status).toBe(1);
  });

  it('exits 0 when every line parsed, and writes only JSON to stdout', () => {
    const { stdout, status } = cli(['--jsonl'], `${JSON.stringify({ id: 7, text: 'Thanks, see you soon!' })}\n`);
    expect(status).toBe(0);
    expect(stdout).toBe(`${JSON.stringify({ id: 7, findings: [] })}\n`);
  });

  it('keeps finding offsets as JavaScript string indices, emoji included', () => {
    const text = "😀😀 Hi! It's your fault.";
    const { stdout } = cli(['--jsonl'], JSON.stringify({ id: 1, text }));
    const [finding] = (JSON.parse(stdout) as { findings: { start: number; end: number; match: string }[] }).findings;
    expect(finding && text.slice(finding.start, finding.end)).toBe(finding?.match);
  });
});

describe('analyze for a person', () => {
  it('marks the span and lists message and suggestions', () => {
    const { stdout, status } = cli(['Hello.', "It's your fault."]);
    expect(status).toBe(0);
    expect(stdout).toContain("[It's your fault.]");
    expect(stdout).toContain('Try instead:');
    expect(stdout).toMatch(/1 finding/);
  });

  it('says so when nothing is found, and rejects unknown options', () => {
    expect(cli(['Thank you for dinner.']).stdout).toContain('No defensive or blaming wording found.');
    const bad = cli(['--frobnicate', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage');
  });
});
