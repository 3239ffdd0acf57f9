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
  const chunks = fs.readdirSync(DIST).filter((f) => f.startsWith('chunk.') && f.endsWith('.js'));
  return {
    webParts: manifests.length,
    viewBundles: bundles.size,
    viewBundleKB: sizes.reduce((sum, b) => sum + b.length, 0) / 1024,
    viewBundleGzipKB: sizes.reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024,
    onDemandChunks: chunks.length,
    // The journey's forms and services (and the Fluent inputs they share), downloaded on first use.
    onDemandKB: chunks.reduce((sum, f) => sum + fs.statSync(path.join(DIST, f)).size, 0) / 1024,
    onDemandGzipKB: chunks.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(DIST, f))).length, 0) / 1024
  };
}

export const benchCase: BenchCase = {
  name: 'View-mode bundle of the four web parts (last npm run build)',
  run,
  budgets: [
    // Fluent UI 8 is bundled, not provided by SharePoint (toolchain.md: 385 KB for a comparable web part).
    { figure: 'viewBundleKB', max: 400, unit: 'KB' },
    { figure: 'viewBundleGzipKB', max: 110, unit: 'KB gzip' },
    // Opening a form adds its chunks once (cached after): held to the same size as the view bundle.
    { figure: 'onDemandKB', max: 400, unit: 'KB' },
    { figure: 'onDemandGzipKB', max: 110, unit: 'KB gzip' }
  ]
};
