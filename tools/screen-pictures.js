// `npm run -s pictures`: the README's pictures of the dashboards, taken by the browser test that walks them
// (tests/e2e/dashboards.test.ts, which checks each screen with axe), copied into docs/screens/.
const fs = require('fs');
const path = require('path');

const FROM = path.join(__dirname, '..', 'test-output', 'e2e', 'screens');
const TO = path.join(__dirname, '..', 'docs', 'screens');
const PICTURES = ['dashboard-hr-progress', 'dashboard-hr-person-history', 'dashboard-unit-head-results-dark', 'dashboard-leader-teams'];

fs.mkdirSync(TO, { recursive: true });
for (const name of PICTURES) {
  const file = path.join(FROM, `${name}.png`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`pictures: ${file} is missing: the browser test did not reach that screen.\n`);
    process.exit(1);
  }
  fs.copyFileSync(file, path.join(TO, `${name}.png`));
  process.stdout.write(`pictures: docs/screens/${name}.png\n`);
}
