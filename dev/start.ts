/**
 * `npm start`: the local intranet (SharePoint site + Microsoft Graph + the local page) on
 * http://127.0.0.1:4321 (PORT to change). Flags: --reset, --staff N, --years N, --threshold N, --log.
 */
// node:sqlite prints an ExperimentalWarning on first use; keep `npm start`'s output to what matters.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]): void => {
  if (String(warning instanceof Error ? warning.message : warning).includes('SQLite')) {
    return;
  }
  (emitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

import { setUpSampleProduct } from './product/setUpSampleProduct';
import { Intranet, startIntranet } from './server';
import { faultOptionsFromEnv } from './server/faults';
import { WELL_KNOWN_ACCOUNTS } from './seed/accounts';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) {
    return args[i + 1];
  }
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq ? eq.slice(name.length + 1) : undefined;
}

function positiveInt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) {
    return undefined;
  }
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`${name} must be a positive integer (got "${v}")`);
  }
  return n;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = process.env.PORT ? Number(process.env.PORT) : 4321;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (got "${process.env.PORT ?? ''}")`);
  }
  const staff = positiveInt(flag(args, '--staff'), '--staff');
  const years = positiveInt(flag(args, '--years'), '--years');
  const threshold = positiveInt(flag(args, '--threshold') ?? process.env.DEV_THRESHOLD, '--threshold');
  const reset = args.includes('--reset');
  const started = Date.now();
  // The product's sample site and its history, on fresh data only (first start or --reset):
  // the evaluation years ending with this one, 3 by default (2024–2025 under NĐ 90/48, 2026 under NĐ 335).
  const yearCount = years ?? 3;
  const afterSeed = async (seeded: Intranet): Promise<void> => {
    if (seeded.seed.rebuilt) {
      console.log('The data folder was left unfinished by an earlier start (interrupted while it was being built): it is built afresh.');
    }
    console.log(`Preparing the site at ${seeded.url.replace('127.0.0.1', 'localhost')}/ (the page says so until it is ready)…`);
    // Interrupted now, the data has no ready marker: the next start builds it afresh.
    const interrupted = (): void => {
      console.log('\nStopped before the site was ready: the next `npm start` builds it afresh.');
      process.exit(130);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    const { years: evalYears, site, history, provisionMs } = await setUpSampleProduct(seeded, yearCount, new Date());
    console.log(`\nSample site provisioned in ${provisionMs} ms: ${site.units} units, ${site.periods} periods, ${site.access.foldersSecured} unit-year folders secured.`);
    console.log(`History ${evalYears.join(', ')} seeded in ${history.ms} ms: ${history.total} items about ${history.people} civil servants.`);
    Object.keys(history.items).forEach((title) => console.log(`  ${title.padEnd(22)} ${String(history.items[title]).padStart(7)}`));
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  };
  const intranet = await startIntranet({
    port, reset, staff, years: yearCount, threshold, faults: faultOptionsFromEnv(), log: args.includes('--log') || process.env.DEV_LOG === '1',
    dataDir: process.env.DEV_DATA_DIR, afterSeed
  });
  const shownUrl = intranet.url.replace('127.0.0.1', 'localhost');
  const info = intranet.store;
  console.log(`\nMạng nội bộ mô phỏng (local intranet) is running: ${shownUrl} (${intranet.url})`);
  console.log(`  page:        ${shownUrl}/`);
  console.log(`  SharePoint:  ${shownUrl}/sites/danhgia/_api/web`);
  console.log(`  Graph:       ${shownUrl}/graph/v1.0/me`);
  console.log(`  directory:   ${info.getMeta('staff') ?? '?'} people, ${info.getMeta('years') ?? '1'} year(s); seeded ${info.getMeta('seeded') ?? ''}${reset ? ' (reset)' : ''} in ${Date.now() - started} ms`);
  console.log('  accounts (X-Dev-User):');
  for (const a of WELL_KNOWN_ACCOUNTS) {
    console.log(`    ${a.role.padEnd(10)} ${a.upn.padEnd(28)} ${a.displayName}`);
  }
  const f = intranet.faults.current;
  if (f.rate > 0) {
    console.log(`  faults:      ${Math.round(f.rate * 100)} % of requests answer ${f.statuses.join('/')} with Retry-After ${f.retryAfter}s`);
  }
  const stop = (): void => {
    intranet.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  const code = (e as { code?: string }).code;
  console.error(e instanceof Error ? e.message : e);
  if (code === 'EADDRINUSE') {
    console.error('The port is taken (is another `npm start` running?). Choose another with PORT=5000 npm start.');
  }
  process.exit(1);
});
