// The .sppkg's version (config/package-solution.json, four parts) follows package.json's (three parts):
// 1.4.2 → 1.4.2.0, for the solution and its feature. `--check` fails when they differ; without it, writes.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const solutionPath = path.join(root, 'config', 'package-solution.json');
const solutionFile = JSON.parse(fs.readFileSync(solutionPath, 'utf8'));
const expected = `${pkg.version.split('-')[0]}.0`;
const found = [solutionFile.solution.version, ...solutionFile.solution.features.map((f) => f.version)];

if (found.every((v) => v === expected)) process.exit(0);
if (process.argv.includes('--check')) {
  process.stderr.write(
    `config/package-solution.json has version ${found.join(', ')} but package.json is ${pkg.version} (expected ${expected}).\n` +
      'Run `node tools/sync-solution-version.js` to bring them in step.\n'
  );
  process.exit(1);
}
solutionFile.solution.version = expected;
solutionFile.solution.features.forEach((f) => (f.version = expected));
fs.writeFileSync(solutionPath, `${JSON.stringify(solutionFile, null, 2)}\n`);
process.stdout.write(`config/package-solution.json now at ${expected}\n`);
