/**
 * Command line:
 *   analyze "some text"          findings for a person
 *   analyze --json "some text"   the findings as a JSON array
 *   analyze --jsonl              JSON Lines in ({"id", "text"}) → JSON Lines out ({"id", "findings"}), in order;
 *                                a malformed line gives {"line": N, "error": "…"}; exit 1 if any line was malformed.
 * With no text argument, the text is read from standard input.
 */
import { createInterface } from 'node:readline';
import { projectAnalyzer } from '../node/project-analyzer';
import { analyzeJsonLine } from './jsonl';
import { formatFindings } from './pretty';

const USAGE = `usage: npm run --silent analyze -- [--json] "text"   |   npm run --silent analyze -- --jsonl < input.jsonl`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function jsonl(): Promise<number> {
  const analyzer = projectAnalyzer();
  let lineNumber = 0;
  let malformed = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    const out = analyzeJsonLine(analyzer, line, lineNumber);
    if (!out) continue;
    if ('error' in out) malformed = true;
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) {
      await new Promise((done) => process.stdout.once('drain', done));
    }
  }
  return malformed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (argv.includes('--jsonl')) return jsonl();
  const asJson = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const words = argv.filter((a) => !a.startsWith('--'));
  const text = words.length ? words.join(' ') : await readStdin();
  const findings = projectAnalyzer().analyze(text);
  console.log(
    asJson ? JSON.stringify(findings, null, 2) : formatFindings(text, findings, { color: process.stdout.isTTY }),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
