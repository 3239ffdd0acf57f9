import * as fs from 'fs';
import * as path from 'path';

/**
 * Every string a user sees exists in vi-VN (the default) and en-US, is not empty, and Vietnamese is
 * in NFC: a decomposed "ế" looks the same but breaks search, sorting and comparison in SharePoint.
 */
const SRC = path.resolve(__dirname, '..', 'src');

function locFolders(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce<string[]>((found, entry) => {
    const full = path.join(dir, entry.name);
    if (!entry.isDirectory()) return found;
    return entry.name === 'loc' ? found.concat(full) : found.concat(locFolders(full));
  }, []);
}

function declaredKeys(folder: string): string[] {
  const declaration = fs.readdirSync(folder).find((f) => f.endsWith('.d.ts'));
  if (!declaration) throw new Error(`${folder} has no .d.ts declaring its strings`);
  const body = /interface \w+ \{([^}]*)\}/.exec(fs.readFileSync(path.join(folder, declaration), 'utf8'));
  return body ? (body[1].match(/^\s*(\w+):/gm) || []).map((k) => k.replace(/[\s:]/g, '')) : [];
}

function placeholders(text: string): string {
  return (text.match(/\{\d+\}/g) || []).sort().join(',');
}

const folders = locFolders(SRC);

test('every web part and the shared components have a loc folder', () => {
  const names = folders.map((f) => path.relative(SRC, f).replace(/\\/g, '/')).sort();
  expect(names).toEqual([
    'components/loc',
    'webparts/evaluationAdmin/loc',
    'webparts/myEvaluation/loc',
    'webparts/reviewAndDecide/loc',
    'webparts/unitDashboard/loc'
  ]);
});

describe.each(folders.map((f) => [path.relative(SRC, f), f]))('%s', (_name, folder) => {
  /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-var-requires */
  const vi: Record<string, unknown> = require(path.join(folder, 'vi-vn.js'));
  const en: Record<string, unknown> = require(path.join(folder, 'en-us.js'));
  /* eslint-enable */
  const keys = declaredKeys(folder);

  test('declares its keys', () => {
    expect(keys.length).toBeGreaterThan(0);
  });

  test.each([
    ['vi-VN', vi],
    ['en-US', en]
  ])('%s has exactly the declared keys, none empty', (_locale, table) => {
    expect(Object.keys(table).sort()).toEqual(keys.slice().sort());
    const empty = keys.filter((k) => typeof table[k] !== 'string' || !(table[k] as string).trim());
    expect(empty).toEqual([]);
  });

  test.each(['vi-vn.js', 'en-us.js', path.basename(fs.readdirSync(folder).find((f) => f.endsWith('.d.ts')) || '')])(
    '%s names each key once (a repeated key silently replaces the first in JavaScript)',
    (file) => {
      const names = (fs.readFileSync(path.join(folder, file), 'utf8').match(/^\s*(\w+):/gm) || []).map((k) => k.replace(/[\s:]/g, ''));
      expect(names.filter((k, i) => names.indexOf(k) !== i)).toEqual([]);
    }
  );

  test('Vietnamese text is NFC and both languages fill the same {n} placeholders', () => {
    const notNfc = keys.filter((k) => String(vi[k]) !== String(vi[k]).normalize('NFC'));
    expect(notNfc).toEqual([]);
    const mismatched = keys.filter((k) => placeholders(String(vi[k])) !== placeholders(String(en[k])));
    expect(mismatched).toEqual([]);
  });
});

describe('web part manifests', () => {
  const manifests = fs
    .readdirSync(path.join(SRC, 'webparts'))
    .map((d) => path.join(SRC, 'webparts', d))
    .filter((d) => fs.statSync(d).isDirectory())
    .map((d) => fs.readdirSync(d).filter((f) => f.endsWith('.manifest.json')).map((f) => path.join(d, f)))
    .reduce((all, list) => all.concat(list), [] as string[]);

  test('four web parts', () => {
    expect(manifests).toHaveLength(4);
  });

  test.each(manifests.map((m) => [path.basename(m), m]))('%s has Vietnamese (default) and English title and description, in NFC', (_name, file) => {
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')).preconfiguredEntries[0];
    for (const field of ['title', 'description']) {
      const texts = entry[field];
      expect(texts.default).toBeTruthy();
      expect(texts['vi-VN']).toBe(texts.default);
      expect(texts['en-US']).toBeTruthy();
      expect(texts.default).toBe(texts.default.normalize('NFC'));
    }
  });
});
