import {
  body,
  centred,
  documentOf,
  labelled,
  nationalHeader,
  paragraph,
  run,
  section,
  signatureColumns,
  sumIfComplete,
  textCell
} from './blocks';
import { formatPercent, formatScore, outcomeText, periodText, placeDateLine } from './format';
import type { GeneralCriterionRow, PeriodScoreFigures, PhieuKyInput } from './inputs';
import { SIZES } from './layout';
import type { Block, DocumentModel, TableBlock, TableRow } from './model';

/**
 * Mẫu số 01 Phụ lục II, Nghị định 335/2025/NĐ-CP: "PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC", filled each
 * kỳ (official-documents.md 1.1). Header, title and Section I's headings are CONFIRMED (luatvietnam);
 * Section II's items and the signatures are MULTI-IMPL; the 5th column is UNCONFIRMED (an option).
 */

export const PHIEU_KY_TITLE = 'PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC';
export const SECTION_I_TITLE = 'I. KẾT QUẢ THEO DÕI, ĐÁNH GIÁ THEO TIÊU CHÍ CHUNG';
export const SECTION_II_TITLE = 'II. TỔNG HỢP KẾT QUẢ THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC';
export const SECTION_I_COLUMNS = ['TT', 'Tiêu chí chấm điểm', 'Điểm tối đa', 'Điểm do cá nhân tự chấm', 'Điểm cấp có thẩm quyền đánh giá'];

const size = SIZES.formBody;
const tableSize = SIZES.table;

const score = (value: number | undefined): string => (typeof value === 'number' && isFinite(value) ? formatScore(value) : '');

/** A criterion's self and assessed points: its own when scored whole, its parts' sums when split. */
function criterionPoints(criterion: GeneralCriterionRow): { self?: number; assessed?: number } {
  const parts = criterion.parts || [];
  if (parts.length === 0) return { self: criterion.self, assessed: criterion.assessed };
  return { self: sumIfComplete(parts.map((p) => p.self)), assessed: sumIfComplete(parts.map((p) => p.assessed)) };
}

function sectionOneTable(input: PhieuKyInput): TableBlock {
  const withAssessed = input.showAssessedColumn !== false;
  const widths = withAssessed ? [13, 88, 19, 22, 23] : [13, 106, 21, 25];
  const columns = withAssessed ? SECTION_I_COLUMNS : SECTION_I_COLUMNS.slice(0, 4);
  const rows: TableRow[] = [
    { header: true, cantSplit: true, cells: columns.map((c) => textCell(c, tableSize, { bold: true }, 'center')) },
    { header: true, cantSplit: true, cells: columns.map((_, i) => textCell(`(${i + 1})`, tableSize, { italic: true }, 'center')) }
  ];
  const line = (code: string, title: string, max: number, self: number | undefined, assessed: number | undefined, style: { bold?: boolean; italic?: boolean }): TableRow => {
    const cells = [
      textCell(code, tableSize, style, 'center'),
      textCell(title, tableSize, style, 'justify'),
      textCell(formatScore(max), tableSize, style, 'center'),
      textCell(score(self), tableSize, style, 'center')
    ];
    if (withAssessed) cells.push(textCell(score(assessed), tableSize, style, 'center'));
    return { cantSplit: true, cells };
  };
  for (const group of input.generalCriteria) {
    const points = group.criteria.map(criterionPoints);
    rows.push(
      line(group.code, group.title, group.max, sumIfComplete(points.map((p) => p.self)), sumIfComplete(points.map((p) => p.assessed)), { bold: true })
    );
    group.criteria.forEach((criterion, i) => {
      rows.push(line(criterion.code, criterion.title, criterion.max, points[i].self, points[i].assessed, {}));
      (criterion.parts || []).forEach((part) => rows.push(line(part.code, part.title, part.max, part.self, part.assessed, { italic: true })));
    });
  }
  const max = input.generalCriteria.reduce((total, g) => total + g.max, 0);
  rows.push(line('', 'Tổng cộng', max, input.generalCriteriaSelfTotal, input.generalCriteriaAssessedTotal, { bold: true }));
  return { type: 'table', columnWidthsMm: widths, borders: true, rows };
}

/** How the task score was computed, from HR's formula settings (UNCONFIRMED formulas, law.md 5.1). */
function formulaText(figures: PeriodScoreFigures, isLeader: boolean): string {
  if (isLeader && figures.leaderComponents && figures.leaderTaskScoreFormula !== 'OWN_PRODUCTS_ONLY') {
    return '(a + b + c + d + đ + e)/6 × 70';
  }
  if (figures.taskScoreFormula === 'WEIGHTED_RATIOS_TIMES_70' && figures.taskRatioWeights) {
    const w = figures.taskRatioWeights;
    return `(a × ${formatPercent(w.quantity)} + b × ${formatPercent(w.quality)} + c × ${formatPercent(w.timeliness)}) × 70`;
  }
  return '(a + b + c)/3 × 70';
}

function sectionTwo(input: PhieuKyInput): Block[] {
  const f = input.figures;
  const blocks: Block[] = [paragraph([run(SECTION_II_TITLE, { bold: true })], { size, spaceBeforePt: 12, spaceAfterPt: 6, keepWithNext: true })];
  if (input.figuresSource === 'self') {
    blocks.push(body([run('(Điểm do cá nhân tự chấm; cấp có thẩm quyền chưa theo dõi, đánh giá)', { italic: true })], size));
  }
  const of = (value: number | undefined, max: number): string => `${typeof value === 'number' ? formatScore(value) : '……'}/${max} điểm`;
  blocks.push(body([run('1. Điểm tiêu chí chung: ', { bold: true }), run(of(f.generalCriteriaScore, 30))], size));
  blocks.push(body([run('2. Điểm tiêu chí kết quả thực hiện nhiệm vụ: ', { bold: true }), run(of(f.taskScore, 70))], size));
  const sub = (label: string, ratio: number | undefined): Block =>
    body([run(`- ${label}: ${typeof ratio === 'number' ? formatPercent(ratio) : '……%'}`)], size, { firstLineIndentMm: 15 });
  blocks.push(sub('Tỷ lệ hoàn thành về số lượng (a)', f.ratios?.quantity));
  blocks.push(sub('Tỷ lệ hoàn thành về chất lượng (b)', f.ratios?.quality));
  blocks.push(sub('Tỷ lệ hoàn thành về tiến độ (c)', f.ratios?.timeliness));
  if (input.isLeader && f.leaderComponents) {
    // official-documents.md 6.5: the names agencies give d, đ, e (UNCONFIRMED as national wording).
    blocks.push(sub('Kết quả hoạt động của lĩnh vực được giao lãnh đạo, quản lý, phụ trách (d)', f.leaderComponents.unitResults));
    blocks.push(sub('Khả năng tổ chức triển khai thực hiện nhiệm vụ (đ)', f.leaderComponents.leadershipCapacity));
    blocks.push(sub('Năng lực tập hợp, đoàn kết công chức thuộc phạm vi quản lý (e)', f.leaderComponents.unitingCapacity));
  }
  blocks.push(body([run(`- Cách tính: ${formulaText(f, input.isLeader)}`, { italic: true })], size, { firstLineIndentMm: 15 }));
  const total: string = of(f.score, 100);
  const level = f.level ? `; mức xếp loại tương ứng: ${outcomeText(f.level)}` : '';
  blocks.push(body([run('3. Tổng điểm theo dõi, đánh giá công chức (3 = 1 + 2): ', { bold: true }), run(`${total}${level}`)], size));
  const strengths = input.strengths && input.strengths.trim() ? input.strengths : input.comment;
  blocks.push(...labelled('4. Ưu điểm:', strengths, size));
  blocks.push(...labelled('5. Hạn chế, khuyết điểm:', input.weaknesses, size));
  blocks.push(...labelled('6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá:', input.reviewerComment, size));
  return blocks;
}

export function buildPhieuKy(input: PhieuKyInput): DocumentModel {
  const blocks: Block[] = [
    nationalHeader(input.identity),
    centred(PHIEU_KY_TITLE, { size: SIZES.tenLoai, bold: true }, { spaceBeforePt: 18 }),
    centred(`(Kỳ theo dõi, đánh giá: ${periodText(input.period)})`, { size, italic: true }, { spaceAfterPt: 12 }),
    body([run('Họ và tên: ', { bold: true }), run(input.person.name)], size, { firstLineIndentMm: 0 }),
    body([run('Chức vụ, chức danh: ', { bold: true }), run(input.person.position)], size, { firstLineIndentMm: 0 }),
    body([run('Đơn vị công tác: ', { bold: true }), run(input.person.unitName)], size, { firstLineIndentMm: 0 }),
    paragraph([run(SECTION_I_TITLE, { bold: true })], { size, spaceBeforePt: 6, spaceAfterPt: 6, keepWithNext: true }),
    sectionOneTable(input),
    ...sectionTwo(input),
    paragraph('', { size }),
    signatureColumns(
      {
        dateLine: placeDateLine(input.identity.place, input.submittedOn),
        captions: ['CÔNG CHỨC TỰ ĐÁNH GIÁ'],
        hint: '(Ký, ghi rõ họ tên)',
        name: input.person.name
      },
      {
        dateLine: placeDateLine(input.identity.place, input.reviewedOn),
        captions: ['CẤP CÓ THẨM QUYỀN THEO DÕI, ĐÁNH GIÁ'],
        hint: '(Ký, ghi rõ họ tên)',
        name: input.reviewer?.name
      }
    )
  ];
  return documentOf(`${PHIEU_KY_TITLE} – ${input.person.name} – ${periodText(input.period)}`, [section(blocks)], size);
}
