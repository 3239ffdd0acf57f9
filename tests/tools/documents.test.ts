import { spawn } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join, resolve as resolvePath } from 'path';
import { setUpSampleProduct } from '../../dev/product/setUpSampleProduct';
import { DEV_ACCOUNTS } from '../../dev/server';
import { parseCommand } from '../../tools/documents';
import { startTestIntranet } from '../intranet/support';

// `npm run -s documents` (issue 12) as a real process against an in-process local intranet: the file
// written and opened, the refusal of what the --as user may not have (exit 3), bad arguments (exit 2)
// naming the argument. The process is spawned asynchronously: the intranet answers from this process.

const root = resolvePath(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

interface Run {
  status: number | undefined;
  stdout: string;
  stderr: string;
}

function documents(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, 'tools/documents.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => resolve({ status: typeof status === 'number' ? status : undefined, stdout, stderr }));
  });
}

function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  // The text of the runs, paragraph by paragraph.
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('npm run documents (the CLI)', () => {
  const today = new Date('2026-11-28T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let dir: string;
  const staff = DEV_ACCOUNTS.staff.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  const base = (): string[] => ['--site', intranet.siteUrl];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'documents-'));
    intranet = await startTestIntranet();
    await setUpSampleProduct(intranet, 2, today);
  }, 400000);
  afterAll(async () => {
    await intranet.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the person's own Mẫu 01 of October 2026 (.docx): exit 0, the form's title and their name inside", async () => {
    const out = join(dir, 'phieu.docx');
    const r = await documents([...base(), '--as', staff, '--kind', 'phieu-ky', '--year', '2026', '--period', '10', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = await docxText(out);
    expect(text).toContain('PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  }, 60000);

  it("writes HR's list of the ministry for 2025 (.xlsx): a row for the person, with their unit", async () => {
    const out = join(dir, 'danh-sach.xlsx');
    const r = await documents([...base(), '--as', hr, '--kind', 'danh-sach', '--year', '2025', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: string[] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).map((v) => (v === undefined || v === null ? '' : String(v))).join(' | ')));
    const line = rows.find((r) => r.indexOf('Nguyễn Văn An') >= 0);
    expect(line).toBeDefined();
    expect(line).toContain('Phòng Quản lý di tích');
  }, 120000);

  it('refuses what the --as user may not have with exit 3 and a message: a civil servant asking for the minutes of their Cục, or the ministry’s list; an account the site does not know', async () => {
    const minutes = await documents([...base(), '--as', staff, '--kind', 'bien-ban', '--year', '2025', '--unit', 'DSVH', '--out', join(dir, 'bb.docx')]);
    expect(minutes.status).toBe(3);
    expect(minutes.stderr).toContain(staff);
    expect(minutes.stderr).toContain('biên bản');
    expectNoStack(minutes.stderr);
    const list = await documents([...base(), '--as', staff, '--kind', 'danh-sach', '--year', '2025', '--out', join(dir, 'ds.xlsx')]);
    expect(list.status).toBe(3);
    expect(list.stderr).toContain('Vụ Tổ chức cán bộ');
    // An account the site does not know: SharePoint and Graph answer 401, a refusal too.
    const stranger = await documents([...base(), '--as', 'nguoi.la@vhttdl.local', '--kind', 'phieu-nam', '--year', '2025', '--out', join(dir, 'pn.docx')]);
    expect(stranger.status).toBe(3);
    expect(stranger.stderr).toContain('nguoi.la@vhttdl.local');
    expectNoStack(stranger.stderr);
  }, 60000);

  it('bad arguments exit 2 naming the argument, before reaching the site or from its answer (an unknown unit)', async () => {
    const kind = await documents([...base(), '--as', staff, '--kind', 'bang-luong', '--year', '2025', '--out', join(dir, 'x.docx')]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('--kind');
    expectNoStack(kind.stderr);
    const unit = await documents([...base(), '--as', hr, '--kind', 'quyet-dinh', '--year', '2025', '--unit', 'KHONGCO', '--out', join(dir, 'x.docx')]);
    expect(unit.status).toBe(2);
    expect(unit.stderr).toContain('--unit');
    expect(unit.stderr).toContain('KHONGCO');
    expectNoStack(unit.stderr);
  }, 60000);

  it('parses the command line as the issue gives it; each problem names its argument', () => {
    const site = 'http://localhost:4321/sites/danhgia';
    const ok = parseCommand(['--site', site, '--as', staff, '--kind', 'phieu-ky', '--year', '2026', '--period', '3', '--person', 'a@b', '--out', 'p.docx']);
    expect(ok).toMatchObject({ siteUrl: site, graphUrl: 'http://localhost:4321/graph', kind: 'phieu-ky', args: { year: 2026, period: 3, personLogin: 'a@b' } });
    const problem = (argv: string[]): string => (parseCommand(argv) as { problem: string }).problem;
    const common = ['--site', site, '--as', staff, '--year', '2026'];
    expect(problem([...common, '--kind', 'danh-sach', '--out', 'ds.docx'])).toContain('.xlsx');
    expect(problem([...common, '--kind', 'bien-ban', '--unit', 'DSVH', '--out', 'bb.xlsx'])).toContain('.docx');
    expect(problem([...common, '--kind', 'phieu-ky', '--period', '13', '--out', 'p.docx'])).toContain('--period');
    expect(problem([...common, '--kind', 'phieu-ky', '--period', '0', '--out', 'p.docx'])).toContain('out of range');
    expect(problem([...common, '--kind', 'phieu-ky', '--out', 'p.docx'])).toContain('--period is required');
    expect(problem([...common, '--kind', 'bien-ban', '--out', 'p.docx'])).toContain('--unit is required');
    expect(problem(['--site', site, '--as', staff, '--kind', 'phieu-nam', '--out', 'p.docx'])).toContain('--year is required');
    expect(problem([...common, '--kind', 'phieu-nam', '--out', 'p.docx', '--colour', 'red'])).toContain('--colour');
    expect(problem([...common, '--kind', 'phieu-nam', '--year', '2025', '--out', 'p.docx'])).toContain('--year is given twice');
    expect(problem(['--site', 'localhost', '--as', staff, '--year', '2026', '--kind', 'phieu-nam', '--out', 'p.docx'])).toContain('--site');
  });
});
