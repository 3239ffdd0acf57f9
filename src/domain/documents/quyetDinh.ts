import { body, centred, documentOf, keepLastWords, nationalHeader, paragraph, recipientsAndSignature, run, section, textCell, titleBlock } from './blocks';
import { dateWords, formatScore, numberAndSymbol, outcomeText, upper } from './format';
import type { DecisionListRow, QuyetDinhInput } from './inputs';
import { ENDING, SIZES } from './layout';
import { decreeBasis } from './legalBasis';
import type { Block, DocumentModel, TableBlock, TableRow } from './model';
import { RATING_OUTCOMES, type RatingOutcome } from '../rating/ratingCodes';

/**
 * The decision (Quyết định, NĐ 30/2020 Phụ lục III Mẫu 1.2/1.3) or notice (Thông báo, Mẫu 1.4) of a
 * unit's results, with the list of people attached on its own pages (official-documents.md 3.5: no
 * form of the evaluation decrees exists, 1.5).
 */

const TYPE = { QUYET_DINH: { code: 'QĐ', name: 'Quyết định' }, THONG_BAO: { code: 'TB', name: 'Thông báo' } };

/** "Hoàn thành xuất sắc nhiệm vụ: 2 người; …", in the decrees' order of levels. */
export function countsText(people: readonly DecisionListRow[]): string {
  const counts: Partial<Record<RatingOutcome, number>> = {};
  people.forEach((p) => (counts[p.rating] = (counts[p.rating] ?? 0) + 1));
  return RATING_OUTCOMES.filter((o) => counts[o])
    .map((o) => `${outcomeText(o)}: ${counts[o]} người`)
    .join('; ');
}

function basesBlocks(input: QuyetDinhInput): Block[] {
  const bases = [...decreeBasis(input.ruleSetId).bases, ...(input.extraBases || [])];
  const blocks: Block[] = bases.map((b, i) => body([run(`Căn cứ ${b}${i === bases.length - 1 && !input.proposer ? '.' : ';'}`, { italic: true })]));
  if (input.proposer) blocks.push(body([run(`Theo đề nghị của ${input.proposer}.`, { italic: true })]));
  return blocks;
}

function listTable(input: QuyetDinhInput): TableBlock {
  const t = SIZES.table;
  const withScore = input.ruleSetId === 'ND335';
  const headings = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', ...(withScore ? ['Điểm năm'] : []), 'Mức xếp loại chất lượng', 'Ghi chú'];
  const rows: TableRow[] = [{ header: true, cantSplit: true, cells: headings.map((h) => textCell(h, t, { bold: true }, 'center')) }];
  input.people.forEach((p, i) => {
    const cells = [textCell(String(i + 1), t, {}, 'center'), textCell(p.name, t), textCell(p.position, t), textCell(p.unitName, t)];
    if (withScore) cells.push(textCell(typeof p.score === 'number' ? formatScore(p.score) : '', t, {}, 'center'));
    cells.push(textCell(outcomeText(p.rating), t), textCell(p.note ?? '', t));
    rows.push({ cantSplit: true, cells });
  });
  const widths = withScore ? [13, 35, 27, 28, 15, 30, 17] : [13, 37, 30, 32, 33, 20];
  return { type: 'table', columnWidthsMm: widths, borders: true, rows };
}

/** The attached list (Mẫu 1.3's attachment): title, "(Kèm theo … số … ngày … của …)", the table. */
function attachment(input: QuyetDinhInput): Block[] {
  const type = TYPE[input.form];
  const issuer = input.identity.signer?.authorityOf || input.authority;
  return [
    centred('DANH SÁCH', { size: SIZES.tenLoai, bold: true }),
    centred(keepLastWords(upper(`Kết quả đánh giá, xếp loại chất lượng công chức năm ${input.year} của ${input.unitName}`), 2), { size: SIZES.trichYeu, bold: true }),
    centred(
      keepLastWords(`(Kèm theo ${type.name} số ${numberAndSymbol(input.identity, type.code)} ${dateWords(input.identity.date)} của ${issuer})`, 2),
      { size: SIZES.body, italic: true },
      { spaceAfterPt: 12 }
    ),
    listTable(input),
    paragraph(`Tổng số: ${input.people.length} người (${countsText(input.people) || 'chưa có'}).`, { size: SIZES.table, spaceBeforePt: 6 })
  ];
}

function decisionBody(input: QuyetDinhInput): Block[] {
  const blocks: Block[] = [
    centred(upper(input.authority), { size: SIZES.body, bold: true }, { spaceAfterPt: 12 }),
    ...basesBlocks(input),
    centred('QUYẾT ĐỊNH:', { size: SIZES.body, bold: true }, { spaceBeforePt: 6, spaceAfterPt: 6 }),
    body([
      run('Điều 1. ', { bold: true }),
      run(
        `Công nhận kết quả đánh giá, xếp loại chất lượng năm ${input.year} đối với ${input.people.length} công chức của ${input.unitName} (có danh sách kèm theo), trong đó: ${countsText(input.people)}.`
      )
    ]),
    body([run('Điều 2. ', { bold: true }), run('Quyết định này có hiệu lực kể từ ngày ký.')]),
    body([
      run('Điều 3. ', { bold: true }),
      run(`Thủ trưởng các đơn vị có liên quan và các công chức có tên trong danh sách kèm theo chịu trách nhiệm thi hành Quyết định này${ENDING}`)
    ])
  ];
  return blocks;
}

function noticeBody(input: QuyetDinhInput): Block[] {
  return [
    ...basesBlocks(input),
    body(`${input.identity.issuingUnitName} thông báo kết quả đánh giá, xếp loại chất lượng công chức năm ${input.year} của ${input.unitName} như sau:`),
    body(`Tổng số công chức được đánh giá, xếp loại: ${input.people.length} người, trong đó: ${countsText(input.people)} (có danh sách kèm theo).`),
    body(`Công chức có ý kiến về kết quả đánh giá, xếp loại của mình thực hiện theo quy định của pháp luật về khiếu nại${ENDING}`)
  ];
}

export function buildQuyetDinh(input: QuyetDinhInput): DocumentModel {
  const type = TYPE[input.form];
  const summary =
    input.form === 'QUYET_DINH'
      ? `Về việc công nhận kết quả đánh giá, xếp loại chất lượng công chức năm ${input.year} của ${input.unitName}`
      : `Kết quả đánh giá, xếp loại chất lượng công chức năm ${input.year} của ${input.unitName}`;
  const recipients = input.form === 'QUYET_DINH' ? ['Như Điều 3', ...(input.recipients || [])] : input.recipients || [];
  const main: Block[] = [
    nationalHeader(input.identity, { typeCode: type.code, withDate: true }),
    ...titleBlock(type.name, summary),
    ...(input.form === 'QUYET_DINH' ? decisionBody(input) : noticeBody(input)),
    paragraph('', { size: SIZES.body }),
    recipientsAndSignature(recipients, input.archiveUnit, input.identity.signer)
  ];
  return documentOf(`${type.name} – ${summary}`, [section(main), section(attachment(input))]);
}
