import { spawnSync, type SpawnSyncReturns } from 'child_process';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { gradeJson } from '../../src/domain/rating/contract/grade';
import { ND335_EXAMPLE, ND90_EXAMPLE, QUOTA_EXAMPLE } from '../domain/rating/fixtures/contractExamples';

// `npm run -s grade` (shared/brief/grading-contract.md) as a real process: file argument or stdin, one
// object or an array, exit 0; malformed input → one message per bad field on stderr, exit 2, no stack.
// Spawns are few (each tsx start costs ~0.5 s): the bulk of the fuzzing is in process
// (tests/domain/rating/gradingContract.test.ts); here one spawn carries many random inputs.

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function grade(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [tsx, 'tools/grade.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60000 });
}

function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
  expect(stderr).not.toMatch(/Error:.*\n\s+at /);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'grade-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run grade (the CLI shell)', () => {
  it('reads a file argument: the ND90_48 example → HTXSNV, exit 0', () => {
    const file = join(dir, 'nd90.json');
    writeFileSync(file, JSON.stringify(ND90_EXAMPLE));
    const r = grade([file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rating: 'HTXSNV', regime: 'ND90_48' });
  });

  it('reads stdin: an array of the three examples → an array of three results', () => {
    const r = grade([], JSON.stringify([ND90_EXAMPLE, ND335_EXAMPLE, QUOTA_EXAMPLE]));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as unknown[];
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ rating: 'HTTNV', regime: 'ND335', score: 87.5 });
    expect(out[2]).toEqual({ violated: false, perScope: [{ scope: 'Phòng A', maxHTXSNV: 2, violated: false, excess: 0 }] });
  });

  it('malformed input: the field named on stderr, exit 2, nothing on stdout', () => {
    const r = grade([], JSON.stringify({ ...ND90_EXAMPLE, evaluationYear: 'x' }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('evaluationYear: expected an integer year, got "x"');
  });

  it('invalid JSON, and a missing file: one line, exit 2', () => {
    const bad = grade([], '{"evaluationYear": 2024');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^input: not valid JSON/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const missing = grade([join(dir, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^input: cannot read ".*nope\.json" \(ENOENT\)/);
  });

  it('empty input, and a number JSON cannot hold (1e400): the field or the input named, exit 2', () => {
    const empty = grade([], ' \n');
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toBe('input: empty; expected a JSON object or an array of them');
    const huge = grade([], '[{"regime":"ND335","evaluationYear":2026,"annualScore":1e400}]');
    expect(huge.status).toBe(2);
    expect(huge.stdout).toBe('');
    expect(huge.stderr.trim()).toBe('[0].annualScore: expected a score from 0 to 100, got Infinity');
  });

  it('fuzz: 400 random inputs in one spawn, a few alone, the valid ones together: exit 0 or 2, never a stack trace', () => {
    const values = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 200, seed: 335 });
    const mutants = fc.sample(
      fc.tuple(fc.constantFrom<Record<string, unknown>>(ND90_EXAMPLE, ND335_EXAMPLE, QUOTA_EXAMPLE), fc.constantFrom('evaluationYear', 'regime', 'kind', 'isLeader', 'monthsWorked', 'criteria', 'tasksTotal', 'groups', 'annualScore', 'periodScores', 'settings'), fc.jsonValue({ maxDepth: 2 })),
      { numRuns: 200, seed: 48 }
    ).map(([example, key, value]) => ({ ...example, [key]: value }));
    // The whole batch as one array (any bad element makes it exit 2 with every field error)...
    const batch = grade([], JSON.stringify([...values, ...mutants]));
    expect([0, 2]).toContain(batch.status);
    expectNoStack(batch.stderr);
    // ...a few single values as whole inputs...
    for (const value of [values[0], mutants[0], 'null', '"text"']) {
      const r = grade([], typeof value === 'string' ? value : JSON.stringify(value));
      expect([0, 2]).toContain(r.status);
      expectNoStack(r.stderr);
      expect(r.status === 0 ? r.stdout.length > 0 : r.stderr.trim().length > 0).toBe(true);
    }
    // ...and the mutants the domain accepts, together: all graded, exit 0, one result each.
    const valid = mutants.filter((m) => gradeJson(m).ok);
    expect(valid.length).toBeGreaterThan(10);
    const ok = grade([], JSON.stringify(valid));
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveLength(valid.length);
  });

  it('the npm script wiring: npm run -s grade -- FILE', () => {
    const npm = process.env.npm_execpath;
    if (npm === undefined) {
      return; // not started through npm
    }
    const file = join(dir, 'quota.json');
    writeFileSync(file, JSON.stringify(QUOTA_EXAMPLE));
    const r = spawnSync(process.execPath, [npm, 'run', '-s', 'grade', '--', file], { cwd: root, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ violated: false, perScope: [{ scope: 'Phòng A', maxHTXSNV: 2, violated: false, excess: 0 }] });
  });
});
