// Size of what a page downloads for the web parts in view mode (architecture.md: "the view-mode bundle
// of each web part stays small"), read from the last `npm run build`. The four web parts share one
// bundle; the property pane is a chunk of its own, loaded only when the page is edited.
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { BenchCase, Figures } from '../benchCase';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

interface Manifest {
  loaderConfig: { scriptResources: { [name: string]: { type: string; path?: string } } };
}

function run(): Figures {
  const manifests = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith('.manifest.json')) : [];
  if (manifests.length === 0) throw new Error('no built manifests in dist/: run `npm run build` first');
  const bundles = new Set<string>();
  manifests.forEach((file) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8')) as Manifest;
    const resources = manifest.loaderConfig.scriptResources;
    Object.keys(resources)
      .filter((name) => resources[name].type === 'path' && resources[name].path)
      .forEach((name) => bundles.add(resources[name].path as string));
  });
  const sizes = Array.from(bundles).map((file) => fs.readFileSync(path.join(DIST, file)));
  const chunks = chunkFiles(Array.from(bundles));
  const journey = onDemandGroup(chunks, 'dgcc-journey');
  const admin = onDemandGroup(chunks, 'dgcc-admin');
  const excel = onDemandGroup(chunks, 'dgcc-excel');
  const documents = onDemandGroup(chunks, 'dgcc-documents');
  return {
    webParts: manifests.length,
    viewBundles: bundles.size,
    viewBundleKB: sizes.reduce((sum, b) => sum + b.length, 0) / 1024,
    viewBundleGzipKB: sizes.reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024,
    onDemandChunks: Object.keys(chunks.byId).length,
    // What a civil servant or a leader downloads on opening a form (the journey and the Fluent inputs it needs).
    journeyOnDemandKB: journey.bytes / 1024,
    journeyOnDemandGzipKB: journey.gzip / 1024,
    viewAndJourneyGzipKB: (sizes.reduce((sum, b) => sum + gzipSync(b).length, 0) + journey.gzip) / 1024,
    // What HR downloads on opening the administration's first tab (its sections, the set-up, their inputs).
    adminOnDemandKB: admin.bytes / 1024,
    adminOnDemandGzipKB: admin.gzip / 1024,
    // HR only, when an Excel file is read or written: exceljs.
    excelOnDemandGzipKB: excel.gzip / 1024,
    // Anyone, when an official document is asked for: the gathering, the builders and docx (a workbook adds exceljs, above).
    documentsOnDemandKB: documents.bytes / 1024,
    documentsOnDemandGzipKB: documents.gzip / 1024
  };
}

interface Chunks {
  /** webpack's chunk id → its file's contents */
  byId: { [id: string]: Buffer };
  /** named chunk → id */
  idOf: { [name: string]: string };
  /** every file's code, to find which chunks each `import()` loads together */
  code: string[];
}

/** The on-demand chunks, by webpack's id, read from the runtime's maps of names and hashes in the bundle. */
function chunkFiles(bundles: string[]): Chunks {
  const files = fs.readdirSync(DIST).filter((f) => f.startsWith('chunk.') && f.endsWith('.js'));
  const code = bundles.concat(files).map((f) => fs.readFileSync(path.join(DIST, f), 'utf8'));
  const idOf: { [name: string]: string } = {};
  const byId: { [id: string]: Buffer } = {};
  code.forEach((text) => {
    for (const m of Array.from(text.matchAll(/(\d+):"(dgcc-[a-z-]+)"/g))) idOf[m[2]] = m[1];
    for (const m of Array.from(text.matchAll(/(\d+):"([0-9a-f]{20})"/g))) {
      const file = files.find((f) => f.endsWith(`_${m[2]}.js`));
      if (file) byId[m[1]] = fs.readFileSync(path.join(DIST, file));
    }
  });
  return { byId, idOf, code };
}

/** A named chunk and the chunks webpack loads with it (the largest `Promise.all([x.e(…), …])` naming it). */
function onDemandGroup(chunks: Chunks, name: string): { bytes: number; gzip: number } {
  const id = chunks.idOf[name];
  if (id === undefined) throw new Error(`no chunk '${name}' in dist/: the build changed its chunks`);
  let group = [id];
  chunks.code.forEach((text) => {
    for (const m of Array.from(text.matchAll(/Promise\.all\(\[((?:[a-z]\.e\(\d+\),?)+)\]\)/g))) {
      const ids = Array.from(m[1].matchAll(/\((\d+)\)/g)).map((x) => x[1]);
      if (ids.indexOf(id) >= 0 && ids.length > group.length) group = ids;
    }
  });
  const files = group.map((g) => chunks.byId[g]).filter((b): b is Buffer => !!b);
  return { bytes: files.reduce((n, b) => n + b.length, 0), gzip: files.reduce((n, b) => n + gzipSync(b).length, 0) };
}

export const benchCase: BenchCase = {
  name: 'View-mode bundle of the four web parts (last npm run build)',
  run,
  budgets: [
    // Fluent UI 8 is bundled, not provided by SharePoint (toolchain.md: 385 KB for a comparable web part).
    // Issue 13: 100 KB gzip for the four web parts together. The first views draw their few buttons and
    // messages themselves (ViewControls.tsx); Fluent's Button and MessageBar (menus, callouts, layers:
    // ~37 KB gzip) load with the forms.
    { figure: 'viewBundleKB', max: 300, unit: 'KB' },
    { figure: 'viewBundleGzipKB', max: 100, unit: 'KB gzip' },
    // Opening a form adds its chunks once (cached after). Since the view bundle no longer carries Fluent's
    // Button and MessageBar, they come here (and with the administration): 110 → 150 KB gzip is those
    // ~37 KB moved, not grown; viewAndJourneyGzipKB prints what a form's first opening costs in all.
    { figure: 'journeyOnDemandKB', max: 520, unit: 'KB' },
    { figure: 'journeyOnDemandGzipKB', max: 150, unit: 'KB gzip' },
    // HR's administration (eight tabs with their forms and the site owner's set-up), downloaded by HR only;
    // Fluent's Button and MessageBar moved here too (150 → 190); the import from Excel (its screen, parsing
    // and checks) loads on its own tab since issue 13 (measured 190.8 → 181.9 KB gzip): 190 → 185.
    { figure: 'adminOnDemandKB', max: 640, unit: 'KB' },
    { figure: 'adminOnDemandGzipKB', max: 185, unit: 'KB gzip' },
    // exceljs, downloaded by HR only when a file is read or written (its minified build is ~940 KB).
    { figure: 'excelOnDemandGzipKB', max: 260, unit: 'KB gzip' },
    // The documents (issue 12), on a click only: docx and the NĐ 30 builders. The local page's build of the
    // same chunk is ~230 KB (~67 KB gzip); webpack may add a shared chunk or two.
    { figure: 'documentsOnDemandKB', max: 400, unit: 'KB' },
    { figure: 'documentsOnDemandGzipKB', max: 110, unit: 'KB gzip' }
  ]
};
