import { body, centred, documentOf, labelled, nationalHeader, paragraph, run, section, signatureColumns, textCell } from './blocks';
import { formatScore, outcomeText, periodText, placeDateLine } from './format';
import type { PhieuNamInput, PhieuNamNd335Input, PhieuNamNd90Input } from './inputs';
import { SIZES } from './layout';
import type { Block, DocumentModel, ParagraphBlock, TableBlock, TableRow } from './model';

/**
 * The yearly sheet. Years up to 2025: Mẫu số 02 of NĐ 90/2020 (amended by NĐ 48/2023), "PHIẾU ĐÁNH GIÁ,
 * XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC" (official-documents.md 1.3: reconstructed; the leader block's heading
 * and Part III/IV's wording for công chức are inferred). From 2026: no national yearly form of NĐ
 * 335/2025 was read (1.2), so the ministry's own sheet, built on the brief's design reference and
 * titled as the ministry's.
 */

export const MAU_02_TITLE = 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC';
export const DEPUTY_PART_HEADING = 'III. Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ ĐỐI VỚI CẤP PHÓ CỦA NGƯỜI ĐỨNG ĐẦU';
export const COMPETENT_PART_HEADING = 'IV. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC';
export const LEADER_PART_HEADING = 'PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ';
export const ND335_YEAR_TITLE = 'PHIẾU TỔNG HỢP KẾT QUẢ THEO DÕI, ĐÁNH GIÁ VÀ XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC';
/** Says whose sheet it is: not a form of the decree. */
export const ND335_YEAR_ISSUER_NOTE = 'Mẫu phiếu của Bộ Văn hóa, Thể thao và Du lịch, dùng cho năm đánh giá theo Nghị định số 335/2025/NĐ-CP; không phải biểu mẫu ban hành kèm theo Nghị định.';

const size = SIZES.formBody;
const ALL_LEVELS = '(Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ)';

/** Mẫu 02's items 1–9, keyed as the self-evaluation form keeps them (selfEvaluationForm.ts). */
export const MAU_02_ITEMS: ReadonlyArray<{ id: string; label: string; leaderOnly?: boolean }> = [
  { id: 'chinhTriTuTuong', label: '1. Chính trị tư tưởng:' },
  { id: 'daoDucLoiSong', label: '2. Đạo đức, lối sống:' },
  { id: 'tacPhongLeLoi', label: '3. Tác phong, lề lối làm việc:' },
  { id: 'yThucKyLuat', label: '4. Ý thức tổ chức kỷ luật:' },
  {
    id: 'ketQuaNhiemVu',
    label: '5. Kết quả thực hiện chức trách, nhiệm vụ được giao (xác định rõ nội dung công việc thực hiện; tỷ lệ hoàn thành, chất lượng, tiến độ công việc):'
  },
  {
    id: 'thaiDoPhucVu',
    label:
      '6. Thái độ phục vụ nhân dân, doanh nghiệp (đối với những vị trí tiếp xúc trực tiếp hoặc trực tiếp giải quyết công việc của người dân và doanh nghiệp):'
  },
  { id: 'ketQuaDonVi', label: '7. Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý, phụ trách:', leaderOnly: true },
  { id: 'nangLucLanhDao', label: '8. Năng lực lãnh đạo, quản lý:', leaderOnly: true },
  { id: 'nangLucTapHop', label: '9. Năng lực tập hợp, đoàn kết:', leaderOnly: true }
];

function heading(text: string): ParagraphBlock {
  return paragraph([run(text, { bold: true })], { size, spaceBeforePt: 12, spaceAfterPt: 6, keepWithNext: true });
}

function identityLines(input: PhieuNamInput): Block[] {
  return [
    body([run('Họ và tên: ', { bold: true }), run(input.person.name)], size, { firstLineIndentMm: 0 }),
    body([run('Chức vụ, chức danh: ', { bold: true }), run(input.person.position)], size, { firstLineIndentMm: 0 }),
    body([run('Đơn vị công tác: ', { bold: true }), run(input.person.unitName)], size, { firstLineIndentMm: 0 })
  ];
}

/** One signature on the right, as Mẫu 02 signs each part. */
function rightSignature(dateLine: string, caption: string, name: string | undefined): TableBlock {
  return signatureColumns(undefined, { dateLine, captions: [caption], hint: '(Ký, ghi rõ họ tên)', name });
}

function levelLine(label: string, level: string): Block {
  return body([run(label, { bold: true }), run(` ${level || '……………………'}`)], size);
}

function buildMau02(input: PhieuNamNd90Input): DocumentModel {
  const blocks: Block[] = [
    paragraph([run('Mẫu số 02', { bold: true })], { align: 'right', size }),
    nationalHeader(input.identity),
    centred(MAU_02_TITLE, { size: SIZES.tenLoai, bold: true }, { spaceBeforePt: 18 }),
    centred(`Năm ${input.year}`, { size, bold: true }, { spaceAfterPt: 12 }),
    ...identityLines(input),
    heading('I. KẾT QUẢ TỰ ĐÁNH GIÁ')
  ];
  MAU_02_ITEMS.forEach((item) => {
    if (item.leaderOnly && !input.isLeader) return;
    if (item.id === 'ketQuaDonVi') blocks.push(heading(LEADER_PART_HEADING));
    blocks.push(...labelled(item.label, input.sections[item.id], size));
  });
  blocks.push(heading('II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG'));
  blocks.push(body([run('1. Tự nhận xét ưu, khuyết điểm:', { bold: true })], size));
  blocks.push(...labelled('- Ưu điểm:', input.strengths, size));
  blocks.push(...labelled('- Hạn chế, khuyết điểm:', input.weaknesses, size));
  blocks.push(levelLine('2. Tự xếp loại chất lượng:', outcomeText(input.proposedRating)));
  blocks.push(rightSignature(placeDateLine(input.identity.place, input.selfSignedOn), 'NGƯỜI TỰ NHẬN XÉT', input.person.name));
  // official-documents.md 6.3: Part III is the head's opinion of a deputy head (Mẫu 03's wording; Mẫu 02's
  // UNCONFIRMED). The form keeps its numbering: for anyone else the part says it does not apply.
  blocks.push(heading(`${DEPUTY_PART_HEADING} (Phần dành cho cấp phó của người đứng đầu)`));
  if (input.isDeputyHead) {
    const o = input.deputyOpinion;
    blocks.push(...labelled('1. Nhận xét ưu, khuyết điểm:', o?.comments, size));
    blocks.push(levelLine('2. Mức xếp loại:', outcomeText(o?.rating)));
    blocks.push(rightSignature(placeDateLine(input.identity.place, o?.signedOn), 'NGƯỜI NHẬN XÉT, ĐÁNH GIÁ', o?.signer?.name));
  } else {
    blocks.push(body([run('Không áp dụng.', { italic: true })], size));
  }
  const c = input.competent;
  blocks.push(heading(`${COMPETENT_PART_HEADING} (Phần dành cho cấp có thẩm quyền đánh giá)`));
  blocks.push(...labelled('1. Nhận xét ưu, khuyết điểm:', c?.comments, size));
  blocks.push(body([run(`2. Kết quả đánh giá, xếp loại chất lượng ${ALL_LEVELS}:`, { bold: true })], size));
  blocks.push(body([run(outcomeText(c?.rating) || '……………………')], size));
  blocks.push(rightSignature(placeDateLine(input.identity.place, c?.signedOn), 'NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ', c?.signer?.name));
  return documentOf(`${MAU_02_TITLE} năm ${input.year} – ${input.person.name}`, [section(blocks)], size);
}

function periodsTable(input: PhieuNamNd335Input): TableBlock {
  const t = SIZES.table;
  const rows: TableRow[] = [
    {
      header: true,
      cantSplit: true,
      cells: ['TT', 'Kỳ theo dõi, đánh giá', 'Điểm theo dõi, đánh giá', 'Mức xếp loại', 'Ghi chú'].map((h) => textCell(h, t, { bold: true }, 'center'))
    }
  ];
  input.periods.forEach((p, i) =>
    rows.push({
      cantSplit: true,
      cells: [
        textCell(String(i + 1), t, {}, 'center'),
        textCell(periodText(p.period), t),
        textCell(typeof p.score === 'number' ? formatScore(p.score) : '', t, {}, 'center'),
        textCell(outcomeText(p.level), t),
        textCell(p.note ?? '', t)
      ]
    })
  );
  rows.push({
    cantSplit: true,
    cells: [
      textCell('', t),
      textCell('Điểm bình quân cả năm', t, { bold: true }),
      textCell(typeof input.yearlyScore === 'number' ? formatScore(input.yearlyScore) : '', t, { bold: true }, 'center'),
      textCell(outcomeText(input.yearlyLevel), t, { bold: true }),
      textCell('', t)
    ]
  });
  return { type: 'table', columnWidthsMm: [12, 38, 30, 50, 35], borders: true, rows };
}

function buildNd335Year(input: PhieuNamNd335Input): DocumentModel {
  const c = input.competent;
  const blocks: Block[] = [
    nationalHeader(input.identity),
    centred(ND335_YEAR_TITLE, { size: SIZES.tenLoai, bold: true }, { spaceBeforePt: 18 }),
    centred(`Năm ${input.year}`, { size, bold: true }),
    centred(`(${ND335_YEAR_ISSUER_NOTE})`, { size: SIZES.table, italic: true }, { spaceAfterPt: 12 }),
    ...identityLines(input),
    heading('I. TỔNG HỢP KẾT QUẢ THEO DÕI, ĐÁNH GIÁ CÁC KỲ TRONG NĂM'),
    periodsTable(input),
    heading('II. CÔNG CHỨC TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG'),
    ...labelled('1. Tóm tắt kết quả thực hiện nhiệm vụ trong năm:', input.summary, size),
    ...labelled('2. Ưu điểm:', input.strengths, size),
    ...labelled('3. Hạn chế, khuyết điểm:', input.weaknesses, size)
  ];
  if (input.notes && input.notes.trim()) blocks.push(...labelled('4. Nghỉ phép, điều động, trường hợp đặc biệt:', input.notes, size));
  blocks.push(levelLine(`${input.notes && input.notes.trim() ? '5' : '4'}. Tự xếp loại chất lượng:`, outcomeText(input.proposedRating)));
  blocks.push(heading('III. KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN'));
  blocks.push(...labelled('1. Nhận xét ưu, khuyết điểm:', c?.comments, size));
  blocks.push(levelLine('2. Kết quả xếp loại chất lượng:', outcomeText(c?.rating)));
  blocks.push(paragraph('', { size }));
  blocks.push(
    signatureColumns(
      { dateLine: placeDateLine(input.identity.place, input.selfSignedOn), captions: ['CÔNG CHỨC TỰ ĐÁNH GIÁ'], hint: '(Ký, ghi rõ họ tên)', name: input.person.name },
      {
        dateLine: placeDateLine(input.identity.place, c?.signedOn),
        captions: ['CẤP CÓ THẨM QUYỀN ĐÁNH GIÁ, XẾP LOẠI'],
        hint: '(Ký, ghi rõ họ tên)',
        name: c?.signer?.name
      }
    )
  );
  return documentOf(`${ND335_YEAR_TITLE} ${input.year} – ${input.person.name}`, [section(blocks)], size);
}

export function buildPhieuNam(input: PhieuNamInput): DocumentModel {
  return input.ruleSetId === 'ND335' ? buildNd335Year(input) : buildMau02(input);
}
