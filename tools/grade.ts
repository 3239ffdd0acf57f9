// `npm run -s grade -- FILE.json` or `npm run -s grade < FILE.json`: the grading interchange format
// (shared/brief/grading-contract.md). Only I/O lives here; parsing and rating are src/domain/rating.
import { readFileSync } from 'fs';
import { formatFieldErrors, gradeJson } from '../src/domain/rating';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 1;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readInput(args: readonly string[]): string {
  if (args.length > 1) {
    fail(`grade: expected at most one file argument, got ${args.length}`, EXIT_BAD_INPUT);
  }
  const file = args[0];
  try {
    return file === undefined || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    return fail(`input: cannot read ${file === undefined ? 'standard input' : `"${file}"`}${code ? ` (${code})` : ''}`, EXIT_BAD_INPUT);
  }
}

function main(): void {
  const text = readInput(process.argv.slice(2));
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    fail('input: empty; expected a JSON object or an array of them', EXIT_BAD_INPUT);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(`input: not valid JSON (${(e as Error).message})`, EXIT_BAD_INPUT);
  }
  const outcome = gradeJson(value);
  if (!outcome.ok) {
    fail(formatFieldErrors(outcome.errors), EXIT_BAD_INPUT);
  }
  process.stdout.write(`${JSON.stringify(outcome.output, undefined, 2)}\n`);
  process.exitCode = EXIT_OK;
}

try {
  main();
} catch (e) {
  // A bug in the engine: say so in one line, without a stack trace.
  fail(`grade: internal error: ${e instanceof Error ? e.message : String(e)}`, EXIT_INTERNAL);
}
