// Opens the built .sppkg and fails unless it holds what a site administrator deploys: the four web
// parts with their manifests and Teams hosts, their Teams icons and strings, the Graph permission
// requests and the solution version in step with package.json.
'use strict';
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const root = path.resolve(__dirname, '..');
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

/** The web parts the product ships, and the Teams hosts each must declare (issue 2). */
const EXPECTED_WEB_PARTS = {
  MyEvaluationWebPart: ['SharePointWebPart', 'TeamsPersonalApp'],
  ReviewAndDecideWebPart: ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp'],
  UnitDashboardWebPart: ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp'],
  EvaluationAdminWebPart: ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']
};

function decodeXml(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attribute(xml, name) {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(xml);
  return match ? decodeXml(match[1]) : undefined;
}

async function verify(packagePath) {
  const failures = [];
  const check = (ok, message) => {
    process.stdout.write(`${ok ? '✓' : '✗'} ${message}\n`);
    if (!ok) failures.push(message);
  };

  const zip = await JSZip.loadAsync(fs.readFileSync(packagePath));
  const files = Object.keys(zip.files);
  const text = (name) => zip.file(name).async('string');

  const pkg = readJson('package.json');
  const solution = readJson('config/package-solution.json').solution;
  const expectedVersion = `${pkg.version.split('-')[0]}.0`;

  const app = await text('AppManifest.xml');
  check(attribute(app, 'ProductID') === solution.id, `solution id ${solution.id}`);
  check(attribute(app, 'Version') === expectedVersion, `solution version ${expectedVersion} (package.json ${pkg.version})`);
  check(attribute(app, 'SkipFeatureDeployment') === 'true', 'tenant-wide deployable (SkipFeatureDeployment)');

  const requested = [];
  const permissionPattern = /<WebApiPermissionRequest ResourceId="([^"]*)" Scope="([^"]*)"/g;
  for (let m = permissionPattern.exec(app); m; m = permissionPattern.exec(app)) requested.push(`${decodeXml(m[1])}/${decodeXml(m[2])}`);
  for (const scope of ['User.Read.All', 'Mail.Send', 'TeamsActivity.Send']) {
    check(requested.indexOf(`Microsoft Graph/${scope}`) >= 0, `API permission request Microsoft Graph ${scope}`);
  }

  const componentFiles = files.filter((f) => /\/WebPart_[0-9a-f-]+\.xml$/.test(f));
  const manifests = [];
  for (const file of componentFiles) {
    const xml = await text(file);
    manifests.push(JSON.parse(attribute(xml, 'ComponentManifest')));
  }
  check(manifests.length === Object.keys(EXPECTED_WEB_PARTS).length, `${Object.keys(EXPECTED_WEB_PARTS).length} web parts (found ${manifests.length})`);

  for (const alias of Object.keys(EXPECTED_WEB_PARTS)) {
    const manifest = manifests.find((m) => m.alias === alias);
    check(!!manifest, `web part ${alias} is in the package`);
    if (!manifest) continue;
    check(manifest.version === pkg.version, `${alias} version ${pkg.version}`);
    const hosts = manifest.supportedHosts || [];
    const missingHosts = EXPECTED_WEB_PARTS[alias].filter((h) => hosts.indexOf(h) < 0);
    check(missingHosts.length === 0, `${alias} hosts ${EXPECTED_WEB_PARTS[alias].join(', ')}${missingHosts.length ? ` (missing ${missingHosts.join(', ')})` : ''}`);
    const entry = (manifest.preconfiguredEntries || [])[0] || {};
    check(!!(entry.title && entry.title.default && entry.title['en-US']), `${alias} has a Vietnamese (default) and an English title`);
    for (const icon of ['color', 'outline']) {
      check(files.indexOf(`ClientSideAssets/${manifest.id}_${icon}.png`) >= 0, `${alias} Teams ${icon} icon`);
    }
    const resources = (manifest.loaderConfig && manifest.loaderConfig.scriptResources) || {};
    const shared = resources.DanhGiaStrings;
    const paths = (shared && shared.paths) || {};
    check(!!(paths['vi-VN'] && paths['en-US']), `${alias} strings in vi-VN and en-US`);
    check(!!shared && shared.defaultPath === paths.default && !!paths.default && files.indexOf(`ClientSideAssets/${shared.defaultPath}`) >= 0,
      `${alias} falls back to Vietnamese strings (default.js)`);
    const entryBundle = Object.keys(resources).find((k) => resources[k].type === 'path');
    check(!!entryBundle && files.indexOf(`ClientSideAssets/${resources[entryBundle].path}`) >= 0, `${alias} bundle file is in the package`);
  }

  if (failures.length) {
    process.stderr.write(`\n${failures.length} check(s) failed for ${path.relative(root, packagePath)}. Run \`npm run build\` first if the package is stale.\n`);
    process.exit(1);
  }
  process.stdout.write(`\n${path.relative(root, packagePath)} holds everything a tenant deployment needs.\n`);
}

const target = path.resolve(root, process.argv[2] || 'sharepoint/solution/danh-gia-cong-chuc.sppkg');
if (!fs.existsSync(target)) {
  process.stderr.write(`No package at ${target}. Run \`npm run build\` first.\n`);
  process.exit(1);
}
verify(target).catch((error) => {
  process.stderr.write(`Could not read ${target}: ${error.message}\n`);
  process.exit(1);
});
