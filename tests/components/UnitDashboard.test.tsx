/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { UnitDashboard } from '../../src/components/unitDashboard/UnitDashboard';
import type { DashboardView, EvaluationPeriod, PersonProgress, UnitDashboardRow } from '../../src/domain/evaluation/model';
import { placeFromSearch } from '../../src/domain/place';
import type { ResultsView } from '../../src/services/contracts';
import { captureDownloads } from '../support/downloads';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const october: EvaluationPeriod = { id: 10, kind: 'MONTH', year: 2026, index: 10, status: 'CLOSED', deadline: '2026-11-05T00:00:00Z' };
const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00Z' };

type Figures = { applies: number; submitted: number; returned: number; approved: number; late: number; scores: number[] };
type YearFigures = { selfEvaluated: number; inMinutes: number; decided: number; published: number };

function unit(code: string, shortName: string, period: Figures, year: YearFigures, more: Partial<UnitDashboardRow> = {}): UnitDashboardRow {
  const parentName = more.parentCode === 'BC' ? 'Cục Báo chí › ' : '';
  return {
    unitCode: code,
    unitName: `${parentName}${shortName}`,
    shortName,
    staffCount: period.applies,
    period,
    year: { ...year, minutesApproved: year.inMinutes > 0 },
    ratings: {},
    ignoredActs: 0,
    readerIsMember: false,
    readerActsOnYear: false,
    readerIsHr: false,
    ...more
  };
}

function person(login: string, displayName: string, position: string, period: PersonProgress['period'], year: Partial<PersonProgress['year']> = {}): PersonProgress {
  return { login, displayName, position, period, year: { selfEvaluated: false, inMinutes: false, published: false, ...year } };
}

const trung = person('ngo.trong.trung', 'Ngô Trọng Trung', 'Chuyên viên', { status: 'NOT_SUBMITTED', late: true });
const dung = person('phan.van.dung', 'Phan Văn Dũng', 'Trưởng phòng', { status: 'NOT_SUBMITTED', late: true });
const giang = person('ngo.thu.giang', 'Ngô Thu Giang', 'Cục trưởng', { status: 'APPROVED', score: 92, late: false }, { selfEvaluated: true });

/**
 * Four units an HR reader sees, figures chosen by hand: Cục Báo chí (2 people of its own) with two phòng
 * (5 and 4 people), Cục Điện ảnh (8) and Vụ Kế hoạch, Tài chính (6).
 */
function hrUnits(readerIsHr = true): UnitDashboardRow[] {
  return [
    unit('BC', 'Cục Báo chí', { applies: 2, submitted: 2, returned: 0, approved: 2, late: 0, scores: [92, 75] }, { selfEvaluated: 1, inMinutes: 0, decided: 0, published: 0 }, { readerIsHr, people: [giang] }),
    unit('BC-1', 'Phòng Báo in', { applies: 5, submitted: 4, returned: 1, approved: 3, late: 1, scores: [88, 71.5, 45] }, { selfEvaluated: 3, inMinutes: 2, decided: 2, published: 2 }, { parentCode: 'BC', readerIsHr, ratings: { HTTNV: 2 } }),
    unit('BC-3', 'Phòng Báo điện tử', { applies: 4, submitted: 0, returned: 0, approved: 0, late: 4, scores: [] }, { selfEvaluated: 0, inMinutes: 0, decided: 0, published: 0 }, { parentCode: 'BC', readerIsHr, people: [trung, dung] }),
    unit('DA', 'Cục Điện ảnh', { applies: 8, submitted: 1, returned: 0, approved: 1, late: 7, scores: [65] }, { selfEvaluated: 0, inMinutes: 0, decided: 0, published: 0 }, { readerIsHr }),
    unit('KHTC', 'Vụ Kế hoạch, Tài chính', { applies: 6, submitted: 6, returned: 0, approved: 6, late: 0, scores: [95, 90, 85, 80, 60, 70] }, { selfEvaluated: 6, inMinutes: 6, decided: 6, published: 6 }, {
      readerIsHr,
      readerActsOnYear: true,
      ratings: { HTXSNV: 1, HTTNV: 4, HTNV: 1 }
    })
  ];
}

function view(units: UnitDashboardRow[], more: Partial<DashboardView> = {}): DashboardView {
  return { year: 2026, periods: [october, november], period: october, units, ...more };
}

/** The fake answers every question with `answer`, for the year asked (the chooser's test needs the year to follow). */
function servicesFor(answer: DashboardView): ReturnType<typeof fakeServices> {
  const services = fakeServices({ dashboard: answer });
  const asked = services.evaluation.getDashboard.bind(services.evaluation);
  services.evaluation.getDashboard = (query) => asked(query).then((v) => ({ ...v, year: query.year }));
  return services;
}

const CAPTION = 'Tiến độ tháng 10/2026 và năm 2026';
const cells = (row: HTMLElement): string[] => within(row).getAllByRole('cell').map((c) => c.textContent || '');
const rowOf = (table: HTMLElement, name: string | RegExp): HTMLElement => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const rowNames = (table: HTMLElement): string[] => within(table).getAllByRole('rowheader').map((h) => (h.textContent || '').trim());

afterEach(() => window.history.replaceState(null, '', '/'));

describe('Tổng hợp đơn vị: one table of the period’s and the year’s steps, as a tree (issue 13)', () => {
  it('says the year and the period in its caption, and totals every unit: 25 people, 13 submitted, 1 returned, 12 approved, 12 late; 10 self-evaluated, 8 in minutes, 8 decided, 8 published', async () => {
    const services = servicesFor(view(hrUnits()));
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Đơn vị', 'Tháng 10/2026', 'Năm 2026', 'Áp dụng', 'Đã nộp', 'Trả lại', 'Đã duyệt', 'Trễ hạn', 'Tự đánh giá năm', 'Biên bản', 'Đã quyết định', 'Đã công khai']);
    expect(cells(rowOf(table, 'Tổng cộng'))).toEqual(['25', '13', '1', '12', '12', '10', '8', '8', '8']);
    expect(services.calls).toEqual(['getDashboard({"year":2026})']);
  });

  it('shows the Cục/Vụ closed, each Cục summing its own people and its phòng (2 + 5 + 4 = 11 people, 6 submitted, 5 late)', async () => {
    render(<UnitDashboard services={servicesFor(view(hrUnits()))} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí', 'Cục Điện ảnh', 'Vụ Kế hoạch, Tài chính']);
    expect(cells(rowOf(table, /Cục Báo chí/)).map((c) => c.replace('Nhắc hạn', '').trim())).toEqual(['11', '6', '1', '5', '5', '4', '2', '2', '2']);
  });

  it('opens a Cục to its own people and its phòng with its disclosure button, which keeps the focus, and closes it again', async () => {
    render(<UnitDashboard services={servicesFor(view(hrUnits()))} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    const button = within(table).getByRole('button', { name: 'Chi tiết: Cục Báo chí' });
    expect(button.tagName).toBe('BUTTON'); // a native button: Enter and Space open it (the browser test presses them)
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(button);
    // Its own people first, then its phòng in Vietnamese order (đ before i).
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí', 'Ngô Thu Giang – Cục trưởng', 'Phòng Báo điện tử', 'Phòng Báo in', 'Cục Điện ảnh', 'Vụ Kế hoạch, Tài chính']);
    // A person: applies, the period's status with the approved score, not late; the year's steps and no rating yet.
    expect(cells(rowOf(table, 'Ngô Thu Giang – Cục trưởng'))).toEqual(['Có', 'Đã duyệt: 92 điểm', '–', 'Có', 'Chưa', 'Chưa', 'Chưa']);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(within(table).queryByRole('rowheader', { name: 'Phòng Báo in' })).toBeNull();
  });

  it('opens the one unit a reader sees with units under it (a Cục trưởng’s Cục), which closes like any other', async () => {
    const cucOnly = hrUnits(false).filter((u) => u.unitCode === 'BC' || u.parentCode === 'BC');
    render(<UnitDashboard services={servicesFor(view(cucOnly))} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    const button = within(table).getByRole('button', { name: 'Chi tiết: Cục Báo chí' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí', 'Ngô Thu Giang – Cục trưởng', 'Phòng Báo điện tử', 'Phòng Báo in']);
    fireEvent.click(button);
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí']);
  });

  it('finds a person by a name typed without diacritics, opening the units above them', async () => {
    render(<UnitDashboard services={servicesFor(view(hrUnits()))} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm đơn vị hoặc công chức' }), { target: { value: 'ngo trong trung' } });
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí', 'Phòng Báo điện tử', 'Ngô Trọng Trung – Chuyên viên']);
    expect(cells(rowOf(table, 'Ngô Trọng Trung – Chuyên viên'))).toEqual(['Có', 'Chưa nộp', 'Trễ hạn', 'Chưa', 'Chưa', 'Chưa', 'Chưa']);
    expect(screen.getByRole('status').textContent).toBe('Hiển thị 2 đơn vị.');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'khong ai ten nay' } });
    expect(screen.getByRole('status').textContent).toBe('Không có đơn vị hay công chức nào khớp với lựa chọn.');
  });

  it('keeps only the units with someone late, and sorts by the number late (most first) or by name', async () => {
    render(<UnitDashboard services={servicesFor(view(hrUnits()))} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ đơn vị có người trễ hạn' }));
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí', 'Cục Điện ảnh']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ đơn vị có người trễ hạn' }));
    const sort = screen.getByRole('combobox', { name: 'Sắp xếp theo' });
    fireEvent.change(sort, { target: { value: 'LATE' } });
    // 7 late in Cục Điện ảnh, 5 in Cục Báo chí, none in the Vụ.
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Điện ảnh', 'Cục Báo chí', 'Vụ Kế hoạch, Tài chính']);
    fireEvent.change(sort, { target: { value: 'NAME' } });
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí', 'Cục Điện ảnh', 'Vụ Kế hoạch, Tài chính']);
  });

  it('offers HR, and only HR, “Nhắc hạn” for a unit with people late: a link to the administration’s reminders for that period and unit', async () => {
    const { unmount } = render(<UnitDashboard services={servicesFor(view(hrUnits()))} strings={vi} locale="vi-VN" />);
    const link = await screen.findByRole('link', { name: 'Nhắc hạn tháng 10/2026 cho Cục Báo chí' });
    const target = new URL(link.getAttribute('href') as string, window.location.href);
    expect(placeFromSearch(target.search)).toEqual({ view: 'admin', screen: 'reminders', periodId: 10, unit: 'BC' });
    expect(link.textContent).toBe('Nhắc hạn');
    // Cục Báo chí and Cục Điện ảnh have people late; the Vụ has none.
    expect(screen.getAllByRole('link', { name: /^Nhắc hạn/ })).toHaveLength(2);
    unmount();
    render(<UnitDashboard services={servicesFor(view(hrUnits(false)))} strings={vi} locale="vi-VN" />);
    await screen.findByRole('table', { name: CAPTION });
    expect(screen.queryAllByRole('link', { name: /Nhắc hạn/ })).toHaveLength(0);
  });

  it('links each unit whose year the reader acts in to its sheet in “Duyệt và quyết định”, and no other unit', async () => {
    render(<UnitDashboard services={servicesFor(view(hrUnits(false)))} strings={vi} locale="vi-VN" />);
    const link = await screen.findByRole('link', { name: 'Vụ Kế hoạch, Tài chính' });
    const target = new URL(link.getAttribute('href') as string, window.location.href);
    expect(target.pathname).toBe(window.location.pathname);
    expect(placeFromSearch(target.search)).toEqual({ view: 'review', screen: 'unitYear', year: 2026, unit: 'KHTC' });
    expect(document.getElementById(link.getAttribute('aria-describedby') as string)?.textContent).toBe(
      'Mở nhận xét, đánh giá và quyết định xếp loại năm 2026 của đơn vị (Duyệt và quyết định)'
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('shows a plain member no people (the service gives none) and their unit’s published results (NĐ 90/2020 Điều 21)', async () => {
    const own = unit('BC-3', 'Phòng Báo điện tử', { applies: 2, submitted: 2, returned: 0, approved: 2, late: 0, scores: [91, 80] }, { selfEvaluated: 2, inMinutes: 2, decided: 2, published: 2 }, {
      unitName: 'Cục Báo chí › Phòng Báo điện tử',
      readerIsMember: true,
      ratings: { HTXSNV: 1, HTTNV: 1 },
      published: [
        { login: 'a@x', displayName: 'Đinh Kim Mai', rating: 'HTXSNV' },
        { login: 'b@x', displayName: '<b>Đoàn Anh Phong</b>', rating: 'HTTNV' }
      ]
    });
    render(<UnitDashboard services={servicesFor(view([own]))} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    expect(within(table).queryByRole('button')).toBeNull();
    expect(rowNames(table)).toEqual(['Tổng cộng', 'Cục Báo chí › Phòng Báo điện tử']);
    const mine = screen.getByRole('table', { name: 'Kết quả xếp loại năm 2026 đã công khai trong đơn vị: Cục Báo chí › Phòng Báo điện tử' });
    expect(within(mine).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Đinh Kim MaiHoàn thành xuất sắc nhiệm vụ', '<b>Đoàn Anh Phong</b>Hoàn thành tốt nhiệm vụ']);
  });

  it('shows a year without periods (NĐ 90/2020) with the year’s steps alone', async () => {
    render(<UnitDashboard services={servicesFor(view(hrUnits(false).map((u) => ({ ...u, period: undefined })), { periods: [], period: undefined }))} strings={vi} locale="vi-VN" evaluationYear={2025} />);
    const table = await screen.findByRole('table', { name: 'Tiến độ năm 2025' });
    expect(cells(rowOf(table, 'Tổng cộng'))).toEqual(['10', '8', '8', '8']);
    expect(screen.queryByRole('combobox', { name: 'Kỳ theo dõi' })).toBeNull();
  });

  it('says there is nothing to show for a year without data', async () => {
    render(<UnitDashboard services={servicesFor(view([]))} strings={vi} locale="vi-VN" evaluationYear={2024} />);
    expect(await screen.findByText('Chưa có dữ liệu đánh giá năm 2024 trong phạm vi đồng chí được xem.')).toBeTruthy();
  });
});

describe('the dashboard’s year and period, kept in the address', () => {
  it('offers this year and the two before; choosing one loads it and puts it in the address (a new history entry)', async () => {
    const services = servicesFor(view([]));
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByText('Chưa có dữ liệu đánh giá năm 2026 trong phạm vi đồng chí được xem.');
    const chooser = screen.getByRole('combobox', { name: 'Năm đánh giá' }) as HTMLSelectElement;
    expect(Array.from(chooser.options).map((o) => o.value)).toEqual(['2026', '2025', '2024']);
    const entries = window.history.length;
    fireEvent.change(chooser, { target: { value: '2025' } });
    expect(await screen.findByText('Chưa có dữ liệu đánh giá năm 2025 trong phạm vi đồng chí được xem.')).toBeTruthy();
    expect(services.calls).toEqual(['getDashboard({"year":2026})', 'getDashboard({"year":2025})']);
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'dashboard', year: 2025 });
    expect(window.history.length).toBe(entries + 1);
  });

  it('offers the year’s periods by their names; choosing one asks the service for that period and keeps it in the address', async () => {
    const services = servicesFor(view(hrUnits()));
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    const chooser = (await screen.findByRole('combobox', { name: 'Kỳ theo dõi' })) as HTMLSelectElement;
    expect(Array.from(chooser.options).map((o) => o.textContent)).toEqual(['Tháng 10/2026', 'Tháng 11/2026']);
    expect(chooser.value).toBe('10');
    fireEvent.change(chooser, { target: { value: '11' } });
    await screen.findByRole('table', { name: CAPTION });
    expect(services.calls).toEqual(['getDashboard({"year":2026})', 'getDashboard({"year":2026,"periodId":11})']);
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'dashboard', year: 2026, periodId: 11 });
  });

  it('lands on the year and period a link names, and ignores a year it does not offer', async () => {
    window.history.replaceState(null, '', '/?dgcc-view=dashboard&dgcc-year=2024&dgcc-period-id=7');
    const services = servicesFor(view([]));
    const { unmount } = render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByText('Chưa có dữ liệu đánh giá năm 2024 trong phạm vi đồng chí được xem.');
    unmount();
    window.history.replaceState(null, '', '/?dgcc-view=dashboard&dgcc-year=1999');
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByText('Chưa có dữ liệu đánh giá năm 2026 trong phạm vi đồng chí được xem.');
    expect(services.calls).toEqual(['getDashboard({"year":2024,"periodId":7})', 'getDashboard({"year":2026})']);
  });
});

describe('from the dashboard to the results and to a person’s history (issue 13)', () => {
  const history = {
    person: { login: 'ngo.thu.giang', displayName: 'Ngô Thu Giang', jobTitle: 'Cục trưởng', unitName: 'Cục Báo chí' },
    periods: [{ periodId: 10, year: 2026, kind: 'MONTH' as const, index: 10, score: 92, level: 'HTXSNV' as const }],
    years: [{ year: 2025, rating: 'HTTNV' as const, published: true }],
    ignoredActs: 0
  };

  it('opens a person’s history from their name, a real link whose place is kept in the address', async () => {
    const services = fakeServices({ dashboard: view(hrUnits()), history: { 'ngo.thu.giang': history } });
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    const table = await screen.findByRole('table', { name: CAPTION });
    fireEvent.click(within(table).getByRole('button', { name: 'Chi tiết: Cục Báo chí' }));
    const link = within(table).getByRole('link', { name: 'Ngô Thu Giang' });
    // A real link: opened in a new tab, it lands on the same history.
    expect(placeFromSearch(new URL(link.getAttribute('href') || '', 'http://x').search)).toMatchObject({ view: 'dashboard', screen: 'person', person: 'ngo.thu.giang', year: 2026 });
    fireEvent.click(link);
    await screen.findByRole('heading', { name: 'Quá trình đánh giá của Ngô Thu Giang' });
    expect(services.calls).toContain('getPersonHistory(ngo.thu.giang)');
    expect(placeFromSearch(window.location.search)).toMatchObject({ screen: 'person', person: 'ngo.thu.giang' });
  });

  it('reads the results only when the reader opens them, and offers them only to those who decide or run the cycle', async () => {
    const results: ResultsView = { year: 2026, ruleSetId: 'ND335', years: [2024, 2025, 2026], quota: { rate: 0.2, base: 'HTTNV' }, agencies: [], ignoredActs: 0 };
    const services = fakeServices({ dashboard: view(hrUnits()), results });
    const { container } = render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByRole('table', { name: CAPTION });
    const summary = screen.getByText('Kết quả xếp loại năm 2026: tỷ lệ hoàn thành xuất sắc theo cơ quan, nhóm và so sánh các năm');
    expect(services.calls).not.toContain('getResults(2026)');
    const details = summary.closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await screen.findByRole('heading', { name: 'Kết quả xếp loại năm 2026 và tỷ lệ Hoàn thành xuất sắc nhiệm vụ' });
    expect(services.calls).toContain('getResults(2026)');
    container.remove();

    // A plain member (neither HR nor acting on a unit's year) is not offered them.
    const member = hrUnits(false).map((u) => ({ ...u, readerActsOnYear: false }));
    render(<UnitDashboard services={fakeServices({ dashboard: view(member) })} strings={vi} locale="vi-VN" />);
    await screen.findAllByRole('table', { name: CAPTION });
    expect(screen.queryByText(/tỷ lệ hoàn thành xuất sắc theo cơ quan/)).toBeNull();
  });

  it('says when the figures were read (Hà Nội time) and «Làm mới» reads them again past the cache, for the same period', async () => {
    const services = fakeServices({ dashboard: view(hrUnits(), { readAt: '2026-11-28T02:05:00Z' }) });
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByRole('table', { name: CAPTION });
    // 02:05 UTC is 09:05 in Hà Nội (UTC+7).
    expect(screen.getByText(/Số liệu đọc lúc 09:05 ngày 28\/11\/2026\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Làm mới' }));
    await screen.findByRole('table', { name: CAPTION });
    expect(services.calls).toEqual(['getDashboard({"year":2026})', 'getDashboard({"year":2026,"refresh":true})']);
  });
});

describe('the dashboard’s table exported to Excel (issue 13: each view exportable)', () => {
  it('downloads the table as the reader sees it: units with the totals row, and the people HR was given', async () => {
    const downloads = captureDownloads();
    try {
      render(<UnitDashboard services={servicesFor(view(hrUnits()))} strings={vi} locale="vi-VN" />);
      await screen.findByRole('table', { name: CAPTION });
      fireEvent.click(screen.getByRole('button', { name: 'Tải bảng tiến độ (Excel)' }));
      await waitFor(() => expect(downloads.names).toEqual(['tien-do-2026-thang-10.xlsx']), { timeout: 20000 });
      const workbook = await downloads.workbook(0);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Công chức']);
      const units = workbook.getWorksheet('Đơn vị');
      expect(units?.getRow(1).getCell(1).value).toBe(CAPTION);
      // The totals row, as on screen: 25 people, 13 submitted, 1 returned, 12 approved, 12 late; 10, 8, 8, 8.
      const last = units?.getRow(units.rowCount);
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => last?.getCell(c).value)).toEqual(['Tổng cộng', 25, 25, 13, 1, 12, 12, 10, 8, 8, 8]);
      // HR was given the people of two units: three people in all.
      expect((workbook.getWorksheet('Công chức')?.rowCount || 0) - 2).toBe(3);
    } finally {
      downloads.restore();
    }
  }, 30000);
});
