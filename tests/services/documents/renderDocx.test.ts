import JSZip from 'jszip';
import { renderDocument } from '../../../src/services/documents/render';
import type { DocumentRequest } from '../../../src/domain/documents/inputs';
import { periodFiguresOf } from '../../../src/domain/documents/figures';
import { levelForScore, rollUpPeriodScores, scorePeriod } from '../../../src/domain/rating';
import { DEFAULT_SETTINGS } from '../../../src/domain/rating/settings';
import { paragraphWith, readDocx, runWith, twipsToMm, type DocxContent } from '../../domain/documents/docxReader';
import { bienBan, line, phieuKy, phieuNamNd335, phieuNamNd90, quyetDinh } from '../../domain/documents/fixtures';

/**
 * Opens each produced .docx and checks what NĐ 30/2020 Phụ lục I asks of it (official-documents.md 3):
 * A4, margins, Times New Roman in every font slot, the header's sizes and weights, the forms' wording
 * (1.1, 1.3, 3.5), and the figures against the rating engine.
 */

async function open(request: DocumentRequest): Promise<{ doc: DocxContent; fileName: string; mimeType: string }> {
  const rendered = await renderDocument(request);
  return { doc: await readDocx(rendered.bytes), fileName: rendered.fileName, mimeType: rendered.mimeType };
}

const TNR = 'Times New Roman';

const ALL_KINDS: Array<[string, () => DocumentRequest]> = [
  ['phieu-ky', () => ({ kind: 'phieu-ky', input: phieuKy() })],
  ['phieu-nam (Mẫu 02)', () => ({ kind: 'phieu-nam', input: phieuNamNd90() })],
  ['phieu-nam (NĐ 335)', () => ({ kind: 'phieu-nam', input: phieuNamNd335({ periods: [{ period: { kind: 'MONTH', index: 1, year: 2026 }, score: 80 }] }) })],
  ['bien-ban', () => ({ kind: 'bien-ban', input: bienBan() })],
  ['quyet-dinh', () => ({ kind: 'quyet-dinh', input: quyetDinh() })],
  ['thong-bao', () => ({ kind: 'quyet-dinh', input: quyetDinh({ form: 'THONG_BAO' }) })]
];

describe.each(ALL_KINDS)('the layout of %s (NĐ 30/2020 Phụ lục I)', (_name, request) => {
  let doc: DocxContent;
  beforeAll(async () => {
    const opened = await open(request());
    doc = opened.doc;
    expect(opened.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('is A4 portrait with margins inside the decree’s ranges (top/bottom 20–25, left 30–35, right 15–20 mm)', () => {
    expect(doc.sections.length).toBeGreaterThan(0);
    for (const s of doc.sections) {
      expect(twipsToMm(s.widthTwips)).toBeCloseTo(210, 0);
      expect(twipsToMm(s.heightTwips)).toBeCloseTo(297, 0);
      const m = { top: twipsToMm(s.margins.top), bottom: twipsToMm(s.margins.bottom), left: twipsToMm(s.margins.left), right: twipsToMm(s.margins.right) };
      expect(m.top).toBeGreaterThanOrEqual(19.95);
      expect(m.top).toBeLessThanOrEqual(25.05);
      expect(m.bottom).toBeGreaterThanOrEqual(19.95);
      expect(m.bottom).toBeLessThanOrEqual(25.05);
      expect(m.left).toBeGreaterThanOrEqual(29.95);
      expect(m.left).toBeLessThanOrEqual(35.05);
      expect(m.right).toBeGreaterThanOrEqual(14.95);
      expect(m.right).toBeLessThanOrEqual(20.05);
    }
  });

  it('sets Times New Roman in all four font slots, in the defaults and in every run, and tags the text Vietnamese', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(doc.stylesXml);
    expect(defaults).not.toBeNull();
    const rFonts = /<w:rFonts\b[^>]*>/.exec(defaults![0])![0];
    for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(rFonts).toContain(`w:${slot}="${TNR}"`);
    expect(defaults![0]).toContain('w:val="vi-VN"');
    const runs = doc.paragraphs.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) {
      expect(run.fonts).toEqual({ ascii: TNR, hAnsi: TNR, eastAsia: TNR, cs: TNR });
      expect(run.lang).toBe('vi-VN');
    }
    // Nothing falls back to a theme font; the theme's own fonts are Times New Roman as well.
    expect(doc.documentXml).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    expect(doc.themeXml).toMatch(/<a:latin typeface="Times New Roman"/);
  });

  it('numbers pages at the top centre (13–14 pt), none on the first page (Phụ lục I 3.1)', async () => {
    const rendered = await renderDocument(request());
    const zip = await JSZip.loadAsync(rendered.bytes);
    const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const numbered = headers.filter((h) => /PAGE/.test(h));
    expect(numbered.length).toBeGreaterThan(0);
    for (const h of numbered) {
      expect(h).toContain('<w:jc w:val="center"/>');
      const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(h)![1]) / 2;
      expect(size).toBeGreaterThanOrEqual(13);
      expect(size).toBeLessThanOrEqual(14);
    }
    // A first-page header of its own (w:titlePg), without a number.
    expect(doc.documentXml).toContain('<w:titlePg/>');
    expect(headers.some((h) => !/PAGE/.test(h))).toBe(true);
  });

  it('has the quốc hiệu (12–13 pt, bold capitals) and the tiêu ngữ (13–14 pt, bold) with a drawn rule under it, not underlined text', () => {
    const quocHieu = runWith(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(quocHieu.bold).toBe(true);
    expect(quocHieu.italic).toBe(false);
    expect(quocHieu.size).toBeGreaterThanOrEqual(12);
    expect(quocHieu.size).toBeLessThanOrEqual(13);
    const tieuNgu = paragraphWith(doc, 'Độc lập - Tự do - Hạnh phúc');
    expect(tieuNgu.runs[0].bold).toBe(true);
    expect(tieuNgu.runs[0].underline).toBe(false);
    expect(tieuNgu.runs[0].size).toBeGreaterThanOrEqual(13);
    expect(tieuNgu.runs[0].size).toBeLessThanOrEqual(14);
    const next = doc.paragraphs[doc.paragraphs.indexOf(tieuNgu) + 1];
    expect(next.text).toBe('');
    expect(next.bottomBorder).toBe(true);
  });

  it('names the agencies in capitals: the parent not bold, the issuing one bold (12–13 pt)', () => {
    const name = request().input.identity.issuingUnitName.toLocaleUpperCase('vi-VN');
    const issuing = doc.paragraphs.find((p) => p.text === name);
    expect(issuing).toBeDefined();
    expect(issuing!.runs[0].bold).toBe(true);
    expect(issuing!.runs[0].size).toBeGreaterThanOrEqual(12);
    expect(issuing!.runs[0].size).toBeLessThanOrEqual(13);
    const parent = doc.paragraphs[doc.paragraphs.indexOf(issuing!) - 1];
    expect(parent.text).toBe(parent.text.toLocaleUpperCase('vi-VN'));
    expect(parent.runs[0].bold).toBe(false);
  });
});

describe('Mẫu số 01 NĐ 335/2025, a person’s month (official-documents.md 1.1)', () => {
  it('prints the title, the kỳ, the identity lines, Section I’s headings and the criteria as the form words them', async () => {
    const { doc, fileName } = await open({ kind: 'phieu-ky', input: phieuKy() });
    expect(fileName).toBe('phieu-danh-gia-2026-11-nguyen-van-an.docx');
    const title = paragraphWith(doc, 'PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC');
    expect(title.runs[0].bold).toBe(true);
    expect(title.align).toBe('center');
    paragraphWith(doc, '(Kỳ theo dõi, đánh giá: Tháng 11/2026)');
    paragraphWith(doc, 'Họ và tên: Nguyễn Văn An');
    paragraphWith(doc, 'Chức vụ, chức danh: Chuyên viên');
    paragraphWith(doc, 'Đơn vị công tác: Phòng Quản lý di tích, Cục Di sản văn hóa');
    paragraphWith(doc, 'I. KẾT QUẢ THEO DÕI, ĐÁNH GIÁ THEO TIÊU CHÍ CHUNG');
    for (const heading of ['TT', 'Tiêu chí chấm điểm', 'Điểm tối đa', 'Điểm do cá nhân tự chấm', 'Điểm cấp có thẩm quyền đánh giá', '(1)', '(2)', '(3)', '(4)', '(5)']) {
      paragraphWith(doc, heading);
    }
    paragraphWith(doc, 'Ý thức kỷ luật, kỷ cương trong thực thi công vụ');
    paragraphWith(doc, 'Thái độ phục vụ người dân, doanh nghiệp và khả năng phối hợp với đồng nghiệp');
    paragraphWith(doc, 'Tổng cộng');
    // Sub-weights with a decimal comma (official-documents.md 1.1: "2,5").
    expect(doc.paragraphs.filter((p) => p.text === '2,5').length).toBeGreaterThanOrEqual(8);
    expect(doc.text).not.toContain('2.5');
  });

  it('sums each group and the total of both columns (self 29 and assessed 27,5 of 30)', async () => {
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy() });
    const texts = doc.paragraphs.map((p) => p.text);
    const total = texts.indexOf('Tổng cộng');
    expect(texts.slice(total + 1, total + 4)).toEqual(['30', '29', '27,5']);
    // Group I: self 5 + 5, assessed 5 + 4,5 (typed in the fixture).
    const groupI = texts.indexOf('Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ và ý thức kỷ luật, kỷ cương trong thực thi công vụ');
    expect(texts.slice(groupI + 1, groupI + 4)).toEqual(['10', '10', '9,5']);
  });

  it('leaves out the competent level’s column when the agency’s form has four (UNCONFIRMED 5th column, an option)', async () => {
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy({ showAssessedColumn: false }) });
    expect(doc.text).not.toContain('Điểm cấp có thẩm quyền đánh giá');
    expect(doc.paragraphs.some((p) => p.text === '(5)')).toBe(false);
    paragraphWith(doc, '(4)');
  });

  it('prints an older act’s totals when it holds no score per criterion', async () => {
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy({ generalCriteria: phieuKy().generalCriteria.map((g) => ({ ...g, criteria: g.criteria.map((c) => ({ ...c, self: undefined, assessed: undefined })) })), generalCriteriaSelfTotal: 26, generalCriteriaAssessedTotal: 25.5 }) });
    const texts = doc.paragraphs.map((p) => p.text);
    const total = texts.indexOf('Tổng cộng');
    expect(texts.slice(total + 1, total + 4)).toEqual(['30', '26', '25,5']);
  });

  it('prints the parts of a criterion the agency split, with the criterion’s sums', async () => {
    const rows = phieuKy().generalCriteria;
    rows[0].criteria[0] = {
      code: '1',
      title: rows[0].criteria[0].title,
      max: 5,
      parts: [
        { code: '1.1', title: 'Chấp hành chủ trương, đường lối của Đảng', max: 3, self: 3, assessed: 2.5 },
        { code: '1.2', title: 'Văn hóa thực thi công vụ', max: 2, self: 2, assessed: 1.75 }
      ]
    };
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy({ generalCriteria: rows }) });
    const texts = doc.paragraphs.map((p) => p.text);
    const criterion = texts.indexOf('Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ');
    expect(texts.slice(criterion + 1, criterion + 4)).toEqual(['5', '5', '4,25']);
    const part = texts.indexOf('Văn hóa thực thi công vụ');
    expect(texts[part - 1]).toBe('1.2');
    expect(texts.slice(part + 1, part + 4)).toEqual(['2', '2', '1,75']);
  });

  it('shows the engine’s breakdown in Section II: 27,5 + 70 × (80 % + 75 % + 60 %)/3 = 77,67, Hoàn thành tốt nhiệm vụ (NĐ 335/2025, law.md 5.1)', async () => {
    // Factor 2, 5 assigned, 4 done, 4 of quality with one major error (−25 % of one product), 3 on time:
    // a = 8/10, b = (4 − 0,25) × 2/10 = 0,75, c = 6/10.
    const engine = scorePeriod({ isLeader: false, generalCriteriaScore: 27.5, products: [line(2, 5, 4, 4, 3, 1, 0)] });
    expect(engine.ratios).toEqual({ quantity: 0.8, quality: 0.75, timeliness: 0.6 });
    expect(engine.score).toBeCloseTo(27.5 + (70 * (0.8 + 0.75 + 0.6)) / 3, 5);
    expect(engine.level).toBe('HTTNV');
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy({ figures: periodFiguresOf(engine, undefined, DEFAULT_SETTINGS.nd335) }) });
    paragraphWith(doc, 'II. TỔNG HỢP KẾT QUẢ THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC');
    paragraphWith(doc, '1. Điểm tiêu chí chung: 27,5/30 điểm');
    paragraphWith(doc, '2. Điểm tiêu chí kết quả thực hiện nhiệm vụ: 50,17/70 điểm');
    paragraphWith(doc, '- Tỷ lệ hoàn thành về số lượng (a): 80 %');
    paragraphWith(doc, '- Tỷ lệ hoàn thành về chất lượng (b): 75 %');
    paragraphWith(doc, '- Tỷ lệ hoàn thành về tiến độ (c): 60 %');
    paragraphWith(doc, '- Cách tính: (a + b + c)/3 × 70');
    paragraphWith(doc, '3. Tổng điểm theo dõi, đánh giá công chức (3 = 1 + 2): 77,67/100 điểm; mức xếp loại tương ứng: Hoàn thành tốt nhiệm vụ');
    paragraphWith(doc, '4. Ưu điểm: Hoàn thành đúng hạn các hồ sơ.');
    paragraphWith(doc, '5. Hạn chế, khuyết điểm: Một văn bản còn lỗi thể thức.');
    paragraphWith(doc, '6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá: Cần chú ý thể thức văn bản.');
  });

  it('shows a leader’s d, đ, e and the six-component formula: 28 + 70 × (3 + 0,5 + 1 + 1)/6 = 92,17, Hoàn thành xuất sắc nhiệm vụ', async () => {
    const leader = { unitResults: 0.5, leadershipCapacity: 1, unitingCapacity: 1 };
    const engine = scorePeriod({ isLeader: true, generalCriteriaScore: 28, products: [line(1, 4, 4, 4, 4)], leaderComponents: leader });
    expect(engine.score).toBeCloseTo(28 + (70 * 5.5) / 6, 5);
    expect(levelForScore(engine.score!)).toBe('HTXSNV');
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy({ isLeader: true, period: { kind: 'QUARTER', index: 4, year: 2026 }, figures: periodFiguresOf(engine, leader, DEFAULT_SETTINGS.nd335) }) });
    paragraphWith(doc, '(Kỳ theo dõi, đánh giá: Quý IV/2026)');
    paragraphWith(doc, '- Kết quả hoạt động của lĩnh vực được giao lãnh đạo, quản lý, phụ trách (d): 50 %');
    paragraphWith(doc, '- Khả năng tổ chức triển khai thực hiện nhiệm vụ (đ): 100 %');
    paragraphWith(doc, '- Năng lực tập hợp, đoàn kết công chức thuộc phạm vi quản lý (e): 100 %');
    paragraphWith(doc, '- Cách tính: (a + b + c + d + đ + e)/6 × 70');
    paragraphWith(doc, '3. Tổng điểm theo dõi, đánh giá công chức (3 = 1 + 2): 92,17/100 điểm; mức xếp loại tương ứng: Hoàn thành xuất sắc nhiệm vụ');
  });

  it('signs in two columns, each with its date line in italics (leading zero on the day), caption and name', async () => {
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy() });
    const self = paragraphWith(doc, 'Hà Nội, ngày 02 tháng 12 năm 2026');
    expect(self.runs[0].italic).toBe(true);
    paragraphWith(doc, 'Hà Nội, ngày 04 tháng 12 năm 2026');
    expect(paragraphWith(doc, 'CÔNG CHỨC TỰ ĐÁNH GIÁ').runs[0].bold).toBe(true);
    expect(paragraphWith(doc, 'CẤP CÓ THẨM QUYỀN THEO DÕI, ĐÁNH GIÁ').runs[0].bold).toBe(true);
    expect(doc.paragraphs.filter((p) => p.text === '(Ký, ghi rõ họ tên)')).toHaveLength(2);
    expect(paragraphWith(doc, 'Vũ Đức Minh').runs[0].bold).toBe(true);
  });

  it('says when Section II holds the person’s own figures (not yet reviewed) and leaves the reviewer’s date blank', async () => {
    const { doc } = await open({ kind: 'phieu-ky', input: phieuKy({ figuresSource: 'self', reviewer: undefined, reviewedOn: undefined, reviewerComment: '' }) });
    paragraphWith(doc, '(Điểm do cá nhân tự chấm; cấp có thẩm quyền chưa theo dõi, đánh giá)');
    paragraphWith(doc, 'Hà Nội, ngày …… tháng …… năm ……');
    paragraphWith(doc, '6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá:', true);
  });
});

describe('the yearly sheet', () => {
  it('Mẫu số 02 (NĐ 90/2020, NĐ 48/2023) of a leader: parts I–IV, items 1–9 with the leader’s part (official-documents.md 1.3)', async () => {
    const { doc, fileName } = await open({ kind: 'phieu-nam', input: phieuNamNd90() });
    expect(fileName).toBe('phieu-danh-gia-nam-2025-vu-duc-minh.docx');
    paragraphWith(doc, 'Mẫu số 02');
    expect(paragraphWith(doc, 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC').runs[0].bold).toBe(true);
    paragraphWith(doc, 'Năm 2025');
    paragraphWith(doc, 'I. KẾT QUẢ TỰ ĐÁNH GIÁ');
    paragraphWith(doc, '1. Chính trị tư tưởng: Chấp hành nghiêm chủ trương của Đảng.');
    paragraphWith(doc, '2. Đạo đức, lối sống: Lối sống lành mạnh.');
    paragraphWith(doc, '3. Tác phong, lề lối làm việc: Làm việc khoa học.');
    paragraphWith(doc, '4. Ý thức tổ chức kỷ luật: Chấp hành nội quy.');
    paragraphWith(
      doc,
      '5. Kết quả thực hiện chức trách, nhiệm vụ được giao (xác định rõ nội dung công việc thực hiện; tỷ lệ hoàn thành, chất lượng, tiến độ công việc): Hoàn thành 24/24 nhiệm vụ.'
    );
    paragraphWith(doc, '6. Thái độ phục vụ nhân dân, doanh nghiệp (đối với những vị trí tiếp xúc trực tiếp hoặc trực tiếp giải quyết công việc của người dân và doanh nghiệp):', true);
    paragraphWith(doc, 'PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ');
    paragraphWith(doc, '7. Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý, phụ trách: Phòng hoàn thành 100% kế hoạch.');
    paragraphWith(doc, '8. Năng lực lãnh đạo, quản lý: Tổ chức triển khai kịp thời.');
    paragraphWith(doc, '9. Năng lực tập hợp, đoàn kết: Tập thể đoàn kết.');
    paragraphWith(doc, 'II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG');
    paragraphWith(doc, '1. Tự nhận xét ưu, khuyết điểm:');
    paragraphWith(doc, '2. Tự xếp loại chất lượng: Hoàn thành tốt nhiệm vụ');
    paragraphWith(doc, 'NGƯỜI TỰ NHẬN XÉT');
    paragraphWith(doc, 'IV. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC (Phần dành cho cấp có thẩm quyền đánh giá)');
    paragraphWith(doc, '1. Nhận xét ưu, khuyết điểm: Hoàn thành tốt nhiệm vụ.');
    paragraphWith(
      doc,
      '2. Kết quả đánh giá, xếp loại chất lượng (Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ):'
    );
    paragraphWith(doc, 'NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ');
    paragraphWith(doc, 'Hà Nội, ngày 20 tháng 12 năm 2025');
  });

  it('Mẫu số 02 of a civil servant who leads nothing has no items 7–9; a deputy head’s has the head’s opinion (part III)', async () => {
    const plain = (await open({ kind: 'phieu-nam', input: phieuNamNd90({ isLeader: false }) })).doc;
    expect(plain.text).not.toContain('PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ');
    expect(plain.text).not.toContain('8. Năng lực lãnh đạo, quản lý');
    paragraphWith(plain, 'Không áp dụng.');
    const deputy = (
      await open({
        kind: 'phieu-nam',
        input: phieuNamNd90({ isDeputyHead: true, deputyOpinion: { comments: 'Giúp Trưởng phòng tốt.', rating: 'HTTNV', signer: { name: 'Vũ Đức Minh', position: 'Trưởng phòng' } } })
      })
    ).doc;
    paragraphWith(deputy, 'III. Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ ĐỐI VỚI CẤP PHÓ CỦA NGƯỜI ĐỨNG ĐẦU', true);
    paragraphWith(deputy, '1. Nhận xét ưu, khuyết điểm: Giúp Trưởng phòng tốt.');
    paragraphWith(deputy, '2. Mức xếp loại: Hoàn thành tốt nhiệm vụ');
    paragraphWith(deputy, 'NGƯỜI NHẬN XÉT, ĐÁNH GIÁ');
  });

  it('NĐ 335 years: the ministry’s sheet (not a national form) with the periods and the engine’s yearly average 85,17', async () => {
    const scores = [80, 90, 85.5];
    const rollUp = rollUpPeriodScores(scores.map((score) => ({ score })), DEFAULT_SETTINGS.nd335);
    expect(rollUp.score).toBeCloseTo((80 + 90 + 85.5) / 3, 5);
    const input = phieuNamNd335({
      periods: scores.map((score, i) => ({ period: { kind: 'MONTH' as const, index: i + 1, year: 2026 }, score, level: levelForScore(score) })),
      yearlyScore: rollUp.score,
      yearlyLevel: levelForScore(rollUp.score!)
    });
    const { doc, fileName } = await open({ kind: 'phieu-nam', input });
    expect(fileName).toBe('phieu-danh-gia-nam-2026-nguyen-van-an.docx');
    paragraphWith(doc, 'PHIẾU TỔNG HỢP KẾT QUẢ THEO DÕI, ĐÁNH GIÁ VÀ XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC');
    paragraphWith(doc, 'Năm 2026');
    paragraphWith(doc, 'Mẫu phiếu của Bộ Văn hóa, Thể thao và Du lịch', true);
    paragraphWith(doc, 'không phải biểu mẫu ban hành kèm theo Nghị định', true);
    expect(doc.text).not.toContain('Mẫu số 02');
    const texts = doc.paragraphs.map((p) => p.text);
    const march = texts.indexOf('Tháng 3/2026');
    expect(texts.slice(march + 1, march + 3)).toEqual(['85,5', 'Hoàn thành tốt nhiệm vụ']);
    const average = texts.indexOf('Điểm bình quân cả năm');
    expect(texts.slice(average + 1, average + 3)).toEqual(['85,17', 'Hoàn thành tốt nhiệm vụ']);
    paragraphWith(doc, '4. Tự xếp loại chất lượng: Hoàn thành tốt nhiệm vụ');
    paragraphWith(doc, 'III. KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN');
    paragraphWith(doc, 'CẤP CÓ THẨM QUYỀN ĐÁNH GIÁ, XẾP LOẠI');
  });
});

describe('Biên bản họp (NĐ 30/2020 Mẫu 1.9 skeleton, official-documents.md 3.5)', () => {
  it('numbers it …/BB-…, with the blank for Văn thư, and records time (in Hà Nội), place, attendance, chair, secretary, votes, proposals and the end', async () => {
    const { doc, fileName } = await open({ kind: 'bien-ban', input: bienBan() });
    expect(fileName).toBe('bien-ban-hop-danh-gia-2026-phong-quan-ly-di-tich.docx');
    expect(paragraphWith(doc, 'Số:', true).text).toMatch(/^Số:\s+\/BB-QLDT$/);
    expect(paragraphWith(doc, 'BIÊN BẢN').runs[0].bold).toBe(true);
    paragraphWith(doc, 'Họp nhận xét, đánh giá, xếp loại chất lượng công chức năm 2026 của Phòng Quản lý di tích');
    paragraphWith(doc, 'Thời gian bắt đầu: 08 giờ 30, ngày 10 tháng 12 năm 2026.');
    paragraphWith(doc, 'Địa điểm: Phòng họp tầng 3, 51 Ngô Quyền, Hà Nội.');
    paragraphWith(doc, 'Thành phần tham dự: 8/9 công chức của Phòng Quản lý di tích có mặt (vắng mặt 1).');
    paragraphWith(doc, 'Chủ trì (chủ tọa): Vũ Đức Minh, Trưởng phòng.');
    paragraphWith(doc, 'Thư ký (người ghi biên bản): Lê Thị Hồng, Chuyên viên.');
    paragraphWith(doc, '1. Đồng chí Nguyễn Văn An, Chuyên viên');
    paragraphWith(doc, '- Kết quả biểu quyết (8 người có mặt): Hoàn thành xuất sắc nhiệm vụ: 6 phiếu; Hoàn thành tốt nhiệm vụ: 2 phiếu.');
    paragraphWith(doc, '- Đề xuất mức xếp loại: Hoàn thành xuất sắc nhiệm vụ.');
    paragraphWith(doc, '- Đề xuất mức xếp loại: Hoàn thành tốt nhiệm vụ.');
    paragraphWith(doc, 'Cuộc họp kết thúc vào 10 giờ 15, ngày 10 tháng 12 năm 2026./.');
    expect(paragraphWith(doc, 'THƯ KÝ').runs[0].bold).toBe(true);
    expect(paragraphWith(doc, 'CHỦ TỌA').runs[0].bold).toBe(true);
    paragraphWith(doc, 'Lê Thị Hồng');
  });
});

describe('Quyết định / Thông báo of a unit’s results (NĐ 30/2020 Mẫu 1.2/1.3/1.4)', () => {
  it('has the số as Văn thư issued it, the date with leading zeros (day under 10, January), tên loại, trích yếu and thẩm quyền', async () => {
    const { doc, fileName } = await open({ kind: 'quyet-dinh', input: quyetDinh() });
    expect(fileName).toBe('quyet-dinh-ket-qua-2026-cuc-di-san-van-hoa.docx');
    const number = paragraphWith(doc, 'Số: 07/QĐ-CDSVH');
    expect(number.runs[0].size).toBe(13);
    const date = paragraphWith(doc, 'Hà Nội, ngày 05 tháng 01 năm 2027');
    expect(date.runs[0].italic).toBe(true);
    expect(date.runs[0].size).toBeGreaterThanOrEqual(13);
    expect(date.runs[0].size).toBeLessThanOrEqual(14);
    const kind = paragraphWith(doc, 'QUYẾT ĐỊNH');
    expect(kind.runs[0].bold).toBe(true);
    expect(kind.runs[0].size).toBeGreaterThanOrEqual(13);
    const summary = paragraphWith(doc, 'Về việc công nhận kết quả đánh giá, xếp loại chất lượng công chức năm 2026 của Cục Di sản văn hóa');
    expect(summary.runs[0].bold).toBe(true);
    expect(doc.paragraphs[doc.paragraphs.indexOf(summary) + 1].bottomBorder).toBe(true);
    expect(paragraphWith(doc, 'CỤC TRƯỞNG CỤC DI SẢN VĂN HÓA').runs[0].bold).toBe(true);
  });

  it('cites NĐ 335/2025 in italics, decides in three articles and ends with "./."', async () => {
    const { doc } = await open({ kind: 'quyet-dinh', input: quyetDinh() });
    const basis = paragraphWith(doc, 'Căn cứ Nghị định số 335/2025/NĐ-CP', true);
    expect(basis.runs[0].italic).toBe(true);
    expect(basis.text.endsWith(';')).toBe(true);
    expect(paragraphWith(doc, 'Theo đề nghị của Chánh Văn phòng Cục.').runs[0].italic).toBe(true);
    paragraphWith(doc, 'QUYẾT ĐỊNH:');
    // The counts are those of the list: 1 HTXSNV, 2 HTTNV.
    paragraphWith(
      doc,
      'Điều 1. Công nhận kết quả đánh giá, xếp loại chất lượng năm 2026 đối với 3 công chức của Cục Di sản văn hóa (có danh sách kèm theo), trong đó: Hoàn thành xuất sắc nhiệm vụ: 1 người; Hoàn thành tốt nhiệm vụ: 2 người.'
    );
    expect(paragraphWith(doc, 'Điều 1.', true).runs[0].bold).toBe(true);
    paragraphWith(doc, 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(paragraphWith(doc, 'Điều 3.', true).text.endsWith('./.')).toBe(true);
  });

  it('cites both NĐ 90/2020 and NĐ 48/2023 for a year up to 2025', async () => {
    const { doc } = await open({ kind: 'quyet-dinh', input: quyetDinh({ ruleSetId: 'ND90_48', year: 2025 }) });
    paragraphWith(doc, 'Căn cứ Nghị định số 90/2020/NĐ-CP', true);
    paragraphWith(doc, 'Căn cứ Nghị định số 48/2023/NĐ-CP', true);
    expect(doc.text).not.toContain('335/2025');
  });

  it('puts "Nơi nhận:" (12 pt bold italic) and its list (11 pt, "- Lưu: VT, …." last) beside the signer "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG"', async () => {
    const { doc } = await open({ kind: 'quyet-dinh', input: quyetDinh() });
    const noiNhan = runWith(doc, 'Nơi nhận:');
    expect(noiNhan).toMatchObject({ bold: true, italic: true, size: 12 });
    const first = paragraphWith(doc, '- Như Điều 3;');
    expect(first.runs[0].size).toBe(11);
    paragraphWith(doc, '- Vụ Tổ chức cán bộ;');
    expect(paragraphWith(doc, '- Lưu: VT, VP.').runs[0].size).toBe(11);
    const authority = paragraphWith(doc, 'KT. CỤC TRƯỞNG');
    expect(authority.runs[0].bold).toBe(true);
    expect(authority.runs[0].size).toBeGreaterThanOrEqual(13);
    paragraphWith(doc, 'PHÓ CỤC TRƯỞNG');
    expect(paragraphWith(doc, 'Hoàng Văn Bình').runs[0].bold).toBe(true);
  });

  it('attaches the list on its own pages, "(Kèm theo Quyết định số …)", one row per person with the year’s score', async () => {
    const { doc } = await open({ kind: 'quyet-dinh', input: quyetDinh() });
    expect(doc.sections).toHaveLength(2);
    // The attachment's section starts after the decision's section break.
    const breakAt = doc.documentXml.indexOf('<w:sectPr');
    const listAt = doc.documentXml.indexOf('>DANH SÁCH<');
    expect(listAt).toBeGreaterThan(breakAt);
    paragraphWith(doc, 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC NĂM 2026 CỦA CỤC DI SẢN VĂN HÓA');
    expect(paragraphWith(doc, '(Kèm theo Quyết định số 07/QĐ-CDSVH ngày 05 tháng 01 năm 2027 của Cục trưởng)').runs[0].italic).toBe(true);
    const texts = doc.paragraphs.map((p) => p.text);
    const an = texts.indexOf('Nguyễn Văn An');
    expect(texts.slice(an - 1, an + 5)).toEqual(['2', 'Nguyễn Văn An', 'Chuyên viên', 'Phòng Quản lý di tích', '91,2', 'Hoàn thành xuất sắc nhiệm vụ']);
  });

  it('a notice when the input asks for one, the số left blank for Văn thư when it is not issued yet', async () => {
    const input = quyetDinh({ form: 'THONG_BAO' });
    const { doc, fileName } = await open({ kind: 'quyet-dinh', input: { ...input, identity: { ...input.identity, number: undefined, date: undefined } } });
    expect(fileName).toBe('thong-bao-ket-qua-2026-cuc-di-san-van-hoa.docx');
    expect(paragraphWith(doc, 'Số:', true).text).toMatch(/^Số:\s+\/TB-CDSVH$/);
    paragraphWith(doc, 'Hà Nội, ngày …… tháng …… năm ……');
    expect(paragraphWith(doc, 'THÔNG BÁO').runs[0].bold).toBe(true);
    paragraphWith(doc, 'Kết quả đánh giá, xếp loại chất lượng công chức năm 2026 của Cục Di sản văn hóa');
    expect(doc.text).not.toContain('QUYẾT ĐỊNH:');
    expect(doc.text).not.toContain('Như Điều 3');
    paragraphWith(doc, '(Kèm theo Thông báo số', true);
    expect(doc.paragraphs.some((p) => p.text.endsWith('./.'))).toBe(true);
  });
});
