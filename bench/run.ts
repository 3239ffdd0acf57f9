// `npm run bench`: runs every case in bench/cases/*.ts (or those whose file name contains an argument),
// prints its figures and budgets, and exits 1 when a figure is over its budget.
import { readdirSync } from 'fs';
import { join } from 'path';
import type { BenchCase } from './benchCase';

function isBenchCase(value: unknown): value is BenchCase {
  const c = value as Partial<BenchCase> | undefined;
  return c !== undefined && c !== null && typeof c.name === 'string' && typeof c.run === 'function' && Array.isArray(c.budgets);
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const dir = join(__dirname, 'cases');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.indexOf(x) >= 0))
    .sort();
  let failures = 0;
  for (const file of files) {
    // A Node script, not bundled: the chunk-name rule is for the web parts' webpack bundles.
    // eslint-disable-next-line @rushstack/import-requires-chunk-name
    const mod = (await import(join(dir, file))) as { default?: unknown; benchCase?: unknown };
    const benchCase = [mod.benchCase, mod.default].find(isBenchCase);
    if (benchCase === undefined) {
      process.stderr.write(`bench: ${file} exports no bench case (export const benchCase: BenchCase)\n`);
      failures += 1;
      continue;
    }
    process.stdout.write(`\n${benchCase.name}\n`);
    const figures = await benchCase.run();
    for (const [name, value] of Object.entries(figures)) {
      process.stdout.write(`  ${name.padEnd(28)} ${Number.isInteger(value) ? value : value.toFixed(1)}\n`);
    }
    for (const budget of benchCase.budgets) {
      const value = figures[budget.figure];
      const ok = value !== undefined && value <= budget.max;
      process.stdout.write(`  budget ${budget.figure} ≤ ${budget.max} ${budget.unit}: ${ok ? 'ok' : `EXCEEDED (${value})`}\n`);
      if (!ok) {
        failures += 1;
      }
    }
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
);
