import { body, documentOf, nationalHeader, paragraph, recipientsBlocks, run, section, signatureColumns, textCell, titleBlock } from './blocks';
import { dateTimeParts, dayText, monthText, outcomeText } from './format';
import type { BienBanInput, LevelVotes } from './inputs';
import { ENDING, SIZES } from './layout';
import type { Block, DocumentModel, TableBlock, TableRow } from './model';
import { RATING_LEVELS } from '../rating/ratingCodes';
import { decreeBasis } from './legalBasis';

/**
 * Biên bản họp of a unit on its people's year, on the skeleton of NĐ 30/2020 Phụ lục III Mẫu 1.9
 * (official-documents.md 3.5): no form of the evaluation decrees exists for it (1.5). The signature
 * captions THƯ KÝ and CHỦ TỌA are the Mẫu's layout; their exact wording is UNCONFIRMED.
 */

export const BIEN_BAN_TYPE_CODE = 'BB';

/** "08 giờ 30, ngày 15 tháng 12 năm 2026"; blanks where the time is unknown. */
export function timeWords(iso: string | undefined): string {
  const t = dateTimeParts(iso);
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const hour = t && t.hour !== undefined ? `${pad(t.hour)} giờ ${pad(t.minute ?? 0)}` : '…… giờ ……';
  const date = t ? `ngày ${dayText(t.day)} tháng ${monthText(t.month)} năm ${t.year}` : 'ngày …… tháng …… năm ……';
  return `${hour}, ${date}`;
}

/** "Hoàn thành xuất sắc nhiệm vụ: 2 phiếu; Hoàn thành tốt nhiệm vụ: 6 phiếu". */
export function votesText(votes: LevelVotes | undefined): string {
  if (!votes) return '';
  return RATING_LEVELS.filter((level) => typeof votes[level] === 'number' && (votes[level] as number) > 0)
    .map((level) => `${outcomeText(level)}: ${votes[level]} phiếu`)
    .join('; ');
}

function summaryTable(input: BienBanInput): TableBlock {
  const t = SIZES.table;
  const rows: TableRow[] = [
    {
      header: true,
      cantSplit: true,
      cells: ['STT', 'Họ và tên', 'Chức vụ', 'Tự xếp loại', 'Kết quả biểu quyết', 'Đề xuất của cuộc họp'].map((h) => textCell(h, t, { bold: true }, 'center'))
    }
  ];
  input.people.forEach((p, i) =>
    rows.push({
      cantSplit: true,
      cells: [
        textCell(String(i + 1), t, {}, 'center'),
        textCell(p.name, t),
        textCell(p.position, t),
        textCell(outcomeText(p.selfProposed), t),
        textCell(votesText(p.votes), t),
        textCell(outcomeText(p.proposedRating), t, { bold: true })
      ]
    })
  );
  return { type: 'table', columnWidthsMm: [13, 33, 27, 27, 35, 30], borders: true, rows };
}

export function buildBienBan(input: BienBanInput): DocumentModel {
  const size = SIZES.body;
  const absent = Math.max(0, input.total - input.present);
  const blocks: Block[] = [
    nationalHeader(input.identity, { typeCode: BIEN_BAN_TYPE_CODE }),
    ...titleBlock('BIÊN BẢN', `Họp nhận xét, đánh giá, xếp loại chất lượng công chức năm ${input.year} của ${input.unitName}`),
    body([run('Thời gian bắt đầu: ', { bold: true }), run(`${timeWords(input.startedAt)}.`)], size),
    body([run('Địa điểm: ', { bold: true }), run(`${input.place}.`)], size),
    body(
      [
        run('Thành phần tham dự: ', { bold: true }),
        run(`${input.present}/${input.total} công chức của ${input.unitName} có mặt${absent > 0 ? ` (vắng mặt ${absent})` : ''}.`)
      ],
      size
    ),
    body([run('Chủ trì (chủ tọa): ', { bold: true }), run(`${input.chair.name}, ${input.chair.position}.`)], size),
    body([run('Thư ký (người ghi biên bản): ', { bold: true }), run(`${input.secretary.name}, ${input.secretary.position}.`)], size),
    body([run('Nội dung:', { bold: true })], size),
    body(
      `Căn cứ ${decreeBasis(input.ruleSetId).shortNames}, cuộc họp đã nghe từng công chức trình bày bản tự đánh giá, xếp loại chất lượng năm ${input.year}; các thành viên dự họp nhận xét, góp ý và biểu quyết mức xếp loại đề xuất đối với từng người như sau:`,
      size
    )
  ];
  input.people.forEach((p, i) => {
    blocks.push(body([run(`${i + 1}. Đồng chí ${p.name}, ${p.position}`, { bold: true })], size, { keepWithNext: true }));
    if (p.selfProposed) blocks.push(body(`- Tự xếp loại: ${outcomeText(p.selfProposed)}.`, size));
    blocks.push(body(`- Ý kiến nhận xét tại cuộc họp: ${p.comments && p.comments.trim() ? p.comments.trim() : 'Không có ý kiến khác.'}`, size));
    const votes = votesText(p.votes);
    if (votes) blocks.push(body(`- Kết quả biểu quyết (${input.present} người có mặt): ${votes}.`, size));
    blocks.push(body([run('- Đề xuất mức xếp loại: '), run(`${outcomeText(p.proposedRating)}.`, { bold: true })], size));
  });
  blocks.push(body([run('Tổng hợp đề xuất của cuộc họp:', { bold: true })], size, { keepWithNext: true }));
  blocks.push(summaryTable(input));
  blocks.push(body(`Cuộc họp kết thúc vào ${timeWords(input.endedAt)}${ENDING}`, size, { spaceBeforePt: 12 }));
  blocks.push(paragraph('', { size }));
  blocks.push(
    signatureColumns(
      { captions: ['THƯ KÝ'], hint: '(Ký, ghi rõ họ tên)', name: input.secretary.name },
      { captions: ['CHỦ TỌA'], hint: '(Ký, ghi rõ họ tên)', name: input.chair.name }
    )
  );
  blocks.push(paragraph('', { size }));
  blocks.push(...recipientsBlocks(['Người có thẩm quyền đánh giá, xếp loại', 'Công chức có tên trong biên bản'], 'hồ sơ'));
  return documentOf(`Biên bản họp đánh giá, xếp loại chất lượng công chức năm ${input.year} – ${input.unitName}`, [section(blocks)], size);
}
