import { progressWorkbook, type ProgressExportWords } from '../../src/domain/evaluation/dashboardExport';
import type { DashboardView, UnitDashboardRow } from '../../src/domain/evaluation/model';

const WORDS: ProgressExportWords = {
  title: 'Tiến độ tháng 10/2026 và năm 2026',
  unitsSheet: 'Đơn vị',
  peopleSheet: 'Công chức',
  unit: 'Đơn vị',
  person: 'Công chức',
  position: 'Chức vụ',
  staff: 'Số công chức',
  periodSteps: ['Áp dụng', 'Đã nộp', 'Trả lại', 'Đã duyệt', 'Trễ hạn'],
  yearSteps: ['Tự đánh giá năm', 'Biên bản', 'Đã quyết định', 'Đã công khai'],
  periodStatus: 'tháng 10/2026',
  score: 'Điểm',
  rating: 'Xếp loại',
  total: 'Tổng cộng',
  yes: 'Có',
  notYet: 'Chưa',
  notApplicable: 'Không áp dụng',
  statusOf: (s) => ({ NOT_SUBMITTED: 'Chưa nộp', SUBMITTED: 'Đã nộp, chờ duyệt', RETURNED: 'Bị trả lại', APPROVED: 'Đã duyệt' })[s],
  ratingOf: (r) => (r === 'HTTNV' ? 'Hoàn thành tốt nhiệm vụ' : r)
};

function row(code: string, name: string, staff: number, period: [number, number, number, number, number], year: [number, number, number, number], more: Partial<UnitDashboardRow> = {}): UnitDashboardRow {
  return {
    unitCode: code,
    unitName: name,
    shortName: name,
    staffCount: staff,
    period: { applies: period[0], submitted: period[1], returned: period[2], approved: period[3], late: period[4], scores: [] },
    year: { selfEvaluated: year[0], inMinutes: year[1], minutesApproved: year[1] > 0, decided: year[2], published: year[3] },
    ratings: {},
    ignoredActs: 0,
    readerIsMember: false,
    readerActsOnYear: false,
    readerIsHr: true,
    ...more
  };
}

const october = { id: 10, kind: 'MONTH' as const, year: 2026, index: 10, status: 'CLOSED' as const };

describe('the dashboard’s table as a workbook (issue 13: each view exportable)', () => {
  // A Cục of 2 people of its own and a phòng of 5: each row its own people, the totals their sum (2 + 5).
  const units = [
    row('BC', 'Cục Báo chí', 2, [2, 2, 0, 2, 0], [1, 0, 0, 0]),
    row('BC-1', 'Cục Báo chí › Phòng Báo in', 5, [5, 4, 1, 3, 1], [3, 2, 2, 2], {
      parentCode: 'BC',
      people: [
        { login: 'a', displayName: 'Ngô Trọng Trung', position: 'Chuyên viên', period: { status: 'NOT_SUBMITTED', late: true }, year: { selfEvaluated: false, inMinutes: false, published: false } },
        { login: 'b', displayName: 'Phan Văn Dũng', position: 'Trưởng phòng', period: { status: 'APPROVED', score: 88.5, late: false }, year: { selfEvaluated: true, inMinutes: true, rating: 'HTTNV', published: true } }
      ]
    })
  ];
  const view: DashboardView = { year: 2026, periods: [october], period: october, units };

  it('lists each unit with its own figures and a totals row that adds them up, under the table’s caption', () => {
    const [sheet] = progressWorkbook(view, WORDS).sheets;
    expect(sheet.rows[0].cells).toEqual(['Tiến độ tháng 10/2026 và năm 2026']);
    expect(sheet.rows[1].cells).toEqual(['Đơn vị', 'Số công chức', 'Áp dụng', 'Đã nộp', 'Trả lại', 'Đã duyệt', 'Trễ hạn', 'Tự đánh giá năm', 'Biên bản', 'Đã quyết định', 'Đã công khai']);
    expect(sheet.rows.slice(2).map((r) => r.cells)).toEqual([
      ['Cục Báo chí', 2, 2, 2, 0, 2, 0, 1, 0, 0, 0],
      ['Cục Báo chí › Phòng Báo in', 5, 5, 4, 1, 3, 1, 3, 2, 2, 2],
      ['Tổng cộng', 7, 7, 6, 1, 5, 1, 4, 2, 2, 2]
    ]);
    expect(sheet.rows[4].style).toBe('total');
  });

  it('adds a sheet of people only when the view holds people (the service gives them to those entitled)', () => {
    const people = progressWorkbook(view, WORDS).sheets[1];
    expect(people.name).toBe('Công chức');
    expect(people.rows.slice(2).map((r) => r.cells)).toEqual([
      ['Cục Báo chí › Phòng Báo in', 'Ngô Trọng Trung', 'Chuyên viên', 'Chưa nộp', undefined, 'Có', 'Chưa', 'Chưa', 'Chưa', 'Chưa'],
      ['Cục Báo chí › Phòng Báo in', 'Phan Văn Dũng', 'Trưởng phòng', 'Đã duyệt', 88.5, '', 'Có', 'Có', 'Hoàn thành tốt nhiệm vụ', 'Có']
    ]);
    const withoutPeople = progressWorkbook({ ...view, units: units.map((u) => ({ ...u, people: undefined })) }, WORDS);
    expect(withoutPeople.sheets.map((s) => s.name)).toEqual(['Đơn vị']);
  });

  it('a year without periods (NĐ 90/2020) exports the year’s steps alone', () => {
    const [sheet] = progressWorkbook({ year: 2025, periods: [], units: [row('BC', 'Cục Báo chí', 2, [0, 0, 0, 0, 0], [2, 2, 2, 1])] }, { ...WORDS, title: 'Tiến độ năm 2025' }).sheets;
    expect(sheet.rows[1].cells).toEqual(['Đơn vị', 'Số công chức', 'Tự đánh giá năm', 'Biên bản', 'Đã quyết định', 'Đã công khai']);
    expect(sheet.rows[2].cells).toEqual(['Cục Báo chí', 2, 2, 2, 2, 1]);
  });
});
