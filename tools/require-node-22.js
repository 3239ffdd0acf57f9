// SPFx 1.23 supports Node 22 only. The devDependency "node" puts Node 22 first on PATH for every
// `npm run` script; this guard fails loudly when a script still finds another Node (e.g. `npm ci`
// skipped the "node" package's install script, or a script was started with the system Node).
'use strict';
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  process.stderr.write(
    `danh-gia-cong-chuc: this project needs Node 22 but found Node ${process.versions.node} (${process.execPath}).\n` +
      'Run scripts through npm (npm run …, npm test, npm start) after `npm ci`, which installs Node 22 from the\n' +
      'devDependency "node"; if it was installed with --ignore-scripts, run `npm rebuild node`.\n'
  );
  process.exit(1);
}
