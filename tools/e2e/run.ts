/**
 * `npm run test:e2e`: the browser tests (tests/e2e) against the local intranet, as `npm start` serves it.
 *
 * 1. checks that Debian's Chromium is installed (it installs nothing: .ci/run does that);
 * 2. builds the local page (`npm run -s build:page`; `--no-build` skips it when dev/page/dist is fresh);
 * 3. starts the local intranet in this process on an ephemeral loopback port with a fresh temporary data
 *    folder, provisioned and seeded with the 2024–2026 history exactly as `npm start` does on fresh data;
 * 4. runs jest with tests/e2e/jest.config.js (one browser per test file, see tests/e2e/support/browser.ts);
 * 5. stops the intranet, removes the data folder and exits with jest's exit code.
 *
 * Other arguments go to jest, e.g. `npm run test:e2e -- -t keyboard`. Screenshots and axe reports are
 * written to test-output/e2e (git-ignored).
 */
// node:sqlite prints an ExperimentalWarning on first use; keep the output to what matters.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]): void => {
  if (String(warning instanceof Error ? warning.message : warning).includes('SQLite')) {
    return;
  }
  (emitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { setUpSampleProduct } from '../../dev/product/setUpSampleProduct';
import { Intranet, startIntranet } from '../../dev/server';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');
/** The evaluation years `npm start` seeds by default: this one and the two before it. */
const YEAR_COUNT = 3;

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, track: (child: ChildProcess | undefined) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
    track(child);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      track(undefined);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** What dev/start.ts's `afterSeed` does on fresh data: the product's lists, units, periods and history. */
async function provisionAndSeed(intranet: Intranet): Promise<void> {
  const { years, site, history } = await setUpSampleProduct(intranet, YEAR_COUNT, new Date());
  console.log(`e2e: sample site provisioned (${site.units} units, ${site.periods} periods); history ${years.join(', ')}: ${history.total} items.`);
}

interface AxeFile {
  screen: string;
  violations: Array<{ id: string; nodes: unknown[] }>;
  incomplete?: Array<{ id: string; nodes: unknown[] }>;
}

/** One line per screen axe checked (tests/e2e/support/browser.ts writes test-output/e2e/axe/<screen>.json). */
function axeSummary(): void {
  const dir = path.join(OUTPUT_DIR, 'axe');
  if (!fs.existsSync(dir)) {
    return;
  }
  const screens = fs.readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('harness-'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as AxeFile);
  const failing = screens.filter((s) => s.violations.length > 0);
  console.log(`e2e: axe (WCAG 2.0/2.1 A and AA) on ${screens.length} screens: ${failing.length === 0 ? 'no violations' : `${failing.length} with violations`}`);
  for (const s of failing) {
    console.log(`  ${s.screen}: ${s.violations.map((v) => `${v.id} ×${v.nodes.length}`).join(', ')}`);
  }
  const toReview = new Map<string, number>();
  screens.forEach((s) => (s.incomplete || []).forEach((v) => toReview.set(v.id, (toReview.get(v.id) || 0) + v.nodes.length)));
  if (toReview.size) {
    console.log(`  to review by hand (axe "incomplete"): ${Array.from(toReview).map(([id, n]) => `${id} ×${n}`).join(', ')}`);
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const args = process.argv.slice(2);
  const build = !args.includes('--no-build');
  const jestArgs = args.filter((a) => a !== '--no-build');

  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `e2e: Chromium is not installed (${CHROMIUM} is missing). The browser tests drive Debian's Chromium;\n` +
        'install it with:  sudo apt-get update && sudo apt-get install -y chromium   (CI: .ci/run does it)'
    );
    return 1;
  }

  let child: ChildProcess | undefined;
  const track = (c: ChildProcess | undefined): void => {
    child = c;
  };
  let intranet: Intranet | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dgcc-e2e-'));
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (intranet) {
      const closing = intranet;
      intranet = undefined;
      await closing.close();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.error(`\ne2e: ${signal}, stopping`);
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
    }
    stop().then(() => process.exit(130), () => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    if (build) {
      const t = Date.now();
      const code = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build:page'], process.env, track);
      if (code !== 0) {
        console.error('e2e: building the local page failed (npm run build:page)');
        return code;
      }
      console.log(`e2e: local page built in ${elapsed(t)}`);
    } else if (!fs.existsSync(path.join(REPO_ROOT, 'dev', 'page', 'dist', 'index.html'))) {
      console.error('e2e: --no-build, but dev/page/dist has no page: run `npm run build:page` first');
      return 1;
    }

    const t = Date.now();
    intranet = await startIntranet({ port: 0, dataDir, reset: true, years: YEAR_COUNT, afterSeed: provisionAndSeed });
    console.log(`e2e: local intranet is running at ${intranet.url} (data ${dataDir}), ready in ${elapsed(t)}`);

    fs.rmSync(OUTPUT_DIR, { recursive: true, force: true });
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    const env = { ...process.env, E2E_BASE_URL: intranet.url, E2E_CHROMIUM: CHROMIUM, E2E_OUTPUT_DIR: OUTPUT_DIR };
    const jest = path.join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
    const code = await run(process.execPath, [jest, '--config', 'tests/e2e/jest.config.js', '--runInBand', ...jestArgs], env, track);
    axeSummary();
    console.log(`e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${elapsed(started)}; screenshots and axe reports in ${path.relative(REPO_ROOT, OUTPUT_DIR)}/`);
    return code;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('e2e:', e instanceof Error ? e.stack || e.message : e);
    process.exit(1);
  }
);
