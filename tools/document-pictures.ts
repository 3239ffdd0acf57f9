/**
 * Writes the official documents of fixed sample inputs (tools/document-pictures.samples.ts) to
 * docs/documents/, converts each to PDF with LibreOffice (headless) and its first page to PNG
 * (pdftoppm, 100 dpi, grey), for a check by eye of the layout. Run with:
 *
 *   npm run -s documents:pictures
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui) and `pdftoppm`
 * (poppler-utils). Without them it writes the documents and says what is missing.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderDocument } from '../src/services/documents/render';
import { sampleRequests } from './document-pictures.samples';

const OUT = path.join(__dirname, '..', 'docs', 'documents');
/** Pages pictured: the first of each document, and a decision's or notice's attached list (its second page). */
function pagesOf(fileName: string): number {
  return /^(quyet-dinh|thong-bao)-/.test(fileName) ? 2 : 1;
}

function has(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const request of sampleRequests()) {
    const doc = await renderDocument(request);
    const file = path.join(OUT, doc.fileName);
    fs.writeFileSync(file, doc.bytes);
    written.push(file);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  if (!has('soffice') || !has('pdftoppm')) {
    console.error('soffice or pdftoppm not found: install libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils to draw the pictures.');
    process.exitCode = 1;
    return;
  }
  // A profile of its own, so that a running LibreOffice does not take the conversion over.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dgcc-lo-'));
  const pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dgcc-pdf-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...written], { stdio: 'inherit' });
    for (const file of written) {
      const base = path.basename(file).replace(/\.(docx|xlsx)$/, '');
      const pdf = path.join(pdfDir, `${base}.pdf`);
      // Grey levels keep the pictures small: the documents are black on white.
      execFileSync('pdftoppm', ['-png', '-gray', '-r', '100', '-f', '1', '-l', String(pagesOf(base)), pdf, path.join(OUT, base)]);
      console.log(`pictured ${base}`);
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(pdfDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
