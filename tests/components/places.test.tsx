/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import { EvaluationAdmin } from '../../src/components/evaluationAdmin/EvaluationAdmin';
import { MyEvaluation } from '../../src/components/myEvaluation/MyEvaluation';
import { ReviewAndDecide } from '../../src/components/reviewAndDecide/ReviewAndDecide';
import { placeFromSearch } from '../../src/domain/place';
import { fakeServices, SAMPLE_PERSON } from '../support/fakeServices';
import { vi } from '../support/strings';

/**
 * The web parts land on the place a link names (dgcc-* parameters, src/domain/place.ts): a notice's
 * link opens the exact item, not the web part's first screen; moving keeps the place in the address.
 */

/** The page opened at `search`, as a link or a reload opens it (not an address the web part wrote). */
function openAt(search: string): void {
  window.history.replaceState(null, '', `/SitePages/DanhGia.aspx${search}`);
}

const decide = { id: 'd', step: 'DECIDE' as const, subject: { ...SAMPLE_PERSON, displayName: 'Cục Báo chí' }, period: { kind: 'YEAR' as const, year: 2025 }, unitCode: 'BC' };

afterEach(() => openAt(''));

describe('Duyệt và quyết định lands on the place in the address', () => {
  it('a period’s review of one person (screen "review", period, person): the review opens, the inbox is not read', async () => {
    openAt('?dgcc-view=review&dgcc-screen=review&dgcc-period-id=42&dgcc-person=nguyen.thi.huong%40vhttdl.local');
    const services = fakeServices({ tasks: [], unitYear: { getLeaderTasks: () => Promise.resolve([]) } });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText(/the test gave no period.getPeriodReview/)).toBeTruthy();
    expect(services.calls).toContain('period.getPeriodReview("nguyen.thi.huong@vhttdl.local", 42)');
    expect(services.calls).not.toContain('getPendingTasks()');
    // The way back to the list is there, even though the page was opened here.
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại danh sách việc' }));
    expect(await screen.findByText('Hiện không có việc nào chờ duyệt hoặc quyết định.')).toBeTruthy();
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'review' });
  });

  it('the notices’ name for the same screen ("period") opens it too', async () => {
    openAt('?dgcc-view=review&dgcc-screen=period&dgcc-period-id=7&dgcc-person=a%40vhttdl.local');
    const services = fakeServices({ tasks: [], unitYear: { getLeaderTasks: () => Promise.resolve([]) } });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    await waitFor(() => expect(services.calls).toContain('period.getPeriodReview("a@vhttdl.local", 7)'));
  });

  it('a unit’s year (screen "unitYear", year, unit): its sheet opens', async () => {
    openAt('?dgcc-view=review&dgcc-screen=unitYear&dgcc-year=2025&dgcc-unit=BC');
    const services = fakeServices({ tasks: [], unitYear: { getLeaderTasks: () => Promise.resolve([]) } });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText(/the test gave no unitYear.getUnitYear/)).toBeTruthy();
    expect(services.calls).toContain('unitYear.getUnitYear("BC", 2025)');
  });

  it('another web part’s place, or a malformed one, leaves the inbox on its list', async () => {
    for (const search of ['?dgcc-view=my&dgcc-period-id=42', '?dgcc-view=review&dgcc-screen=unitYear&dgcc-year=20x5&dgcc-unit=a%20b']) {
      openAt(search);
      const services = fakeServices({ tasks: [], unitYear: { getLeaderTasks: () => Promise.resolve([]) } });
      const { unmount } = render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
      expect(await screen.findByText('Hiện không có việc nào chờ duyệt hoặc quyết định.')).toBeTruthy();
      expect(services.calls.some((c) => c.startsWith('unitYear.getUnitYear') || c.startsWith('period.getPeriodReview'))).toBe(false);
      unmount();
    }
  });

  it('opening a task puts its place in the address (a new history entry); the back button returns to the list', async () => {
    openAt('');
    const services = fakeServices({ tasks: [], unitYear: { getLeaderTasks: (years) => Promise.resolve(years.indexOf(2025) >= 0 ? [decide] : []) } });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    const length = window.history.length;
    fireEvent.click(await screen.findByRole('button', { name: /^Mở: Quyết định xếp loại/ }));
    expect(await screen.findByText(/the test gave no unitYear.getUnitYear/)).toBeTruthy();
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'review', screen: 'unitYear', year: 2025, unit: 'BC' });
    expect(window.history.length).toBe(length + 1);
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(await screen.findByRole('button', { name: /^Mở: Quyết định xếp loại/ })).toBeTruthy();
    expect(placeFromSearch(window.location.search)).toEqual({});
  });
});

describe('Đánh giá của tôi lands on the place in the address', () => {
  const overview = {
    me: SAMPLE_PERSON,
    year: 2025,
    ignoredActs: 0,
    periods: [
      { period: { id: 7, kind: 'MONTH' as const, year: 2025, index: 7, status: 'CLOSED' as const } },
      { period: { id: 12, kind: 'MONTH' as const, year: 2025, index: 12, status: 'OPEN' as const } }
    ]
  };

  it('a period (period id and year) opens that period’s form, not the one to fill in now', async () => {
    openAt('?dgcc-view=my&dgcc-screen=period&dgcc-period-id=7&dgcc-year=2025');
    const services = fakeServices({ overview });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    await waitFor(() => expect(services.calls).toContain('period.getMyPeriod(7)'));
    expect(services.calls).toContain('getMyOverview(2025)');
    expect(services.calls).not.toContain('period.getMyPeriod(12)');
    // The period shown has no "Xem" button; the other one has.
    expect(screen.queryByRole('button', { name: 'Xem tháng 7/2025' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Xem tháng 12/2025' })).toBeTruthy();
  });

  it('a notice’s link without the year (period id only) still opens that period’s form', async () => {
    openAt('?dgcc-view=my&dgcc-period-id=99');
    const services = fakeServices({ overview: { ...overview, year: 2026 } });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    await waitFor(() => expect(services.calls).toContain('period.getMyPeriod(99)'));
  });

  it('choosing another period keeps it in the address', async () => {
    openAt('?dgcc-view=my&dgcc-year=2025');
    const services = fakeServices({ overview });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem tháng 7/2025' }));
    await waitFor(() => expect(services.calls).toContain('period.getMyPeriod(7)'));
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'my', screen: 'period', periodId: 7, year: 2025 });
  });

  it('the year’s form (screen "year") is shown and given the focus once it is there', async () => {
    openAt('?dgcc-view=my&dgcc-screen=year&dgcc-year=2025');
    const services = fakeServices({ overview, year: { getMyYear: () => new Promise(() => undefined) } });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    const heading = await screen.findByRole('heading', { name: 'Đánh giá, xếp loại chất lượng năm 2025' });
    await waitFor(() => expect(document.activeElement).toBe(heading), { timeout: 3000 });
    expect(services.calls).toContain('year.getMyYear(2025)');
  });
});

/** The browser's back button, as the page sees it: the address goes back and a popstate follows. */
async function back(): Promise<void> {
  await act(async () => {
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
  });
}

describe('Đánh giá của tôi keeps the year chosen in the address', () => {
  it('choosing a year is a new history entry; the back button returns to the year before', async () => {
    openAt('?dgcc-view=my&dgcc-year=2026');
    const services = fakeServices({ overview: { me: SAMPLE_PERSON, year: 2026, ignoredActs: 0, periods: [] } });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    await waitFor(() => expect(services.calls).toContain('getMyOverview(2026)'));
    const length = window.history.length;
    fireEvent.change(screen.getByLabelText(/^Năm/), { target: { value: '2025' } });
    await waitFor(() => expect(services.calls).toContain('getMyOverview(2025)'));
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'my', year: 2025 });
    expect(window.history.length).toBe(length + 1);
    await back();
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'my', year: 2026 });
    expect((screen.getByLabelText(/^Năm/) as HTMLSelectElement).value).toBe('2026');
  });
});

describe('Quản trị đánh giá keeps its tab, and the year or period a tab shows, in the address', () => {
  const periodsAdmin = {
    getPeriods: (year: number) => Promise.resolve({ year, rows: [], units: [], people: [], ministryKind: 'MONTH' as const }),
    history: () => Promise.resolve([])
  };
  const adminServices = (): ReturnType<typeof fakeServices> =>
    fakeServices({ setup: { expectedSchemaVersion: 1, siteSchemaVersion: 1, listCount: 11, missingLists: [] }, periods: [], admin: { periods: periodsAdmin } });

  it('lands on the tab and year a link or a reload names (dgcc-screen, dgcc-year)', async () => {
    openAt('?dgcc-view=admin&dgcc-screen=periods&dgcc-year=2025');
    const services = adminServices();
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByRole('heading', { name: /2025/ })).toBeTruthy();
    expect(services.calls).toContain('admin.periods.getPeriods(2025)');
    expect(services.calls).not.toContain('admin.periods.getPeriods(2026)');
  });

  it('a year the chooser does not offer is not trusted: the configured year is shown', async () => {
    openAt('?dgcc-view=admin&dgcc-screen=periods&dgcc-year=1999');
    const services = adminServices();
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    await waitFor(() => expect(services.calls).toContain('admin.periods.getPeriods(2026)'));
    expect(services.calls).not.toContain('admin.periods.getPeriods(1999)');
  });

  it('a click on a tab is a new history entry; the back button returns to the tab before', async () => {
    openAt('?dgcc-view=admin&dgcc-screen=periods');
    const services = adminServices();
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    await waitFor(() => expect(services.calls).toContain('admin.periods.getPeriods(2026)'));
    const push = jest.spyOn(window.history, 'pushState');
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt danh sách' }));
    expect(await screen.findByText('Đã cài đặt đủ 11 danh sách, lược đồ phiên bản 1.')).toBeTruthy();
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'admin', screen: 'setup' });
    expect(push).toHaveBeenCalledTimes(1);
    push.mockRestore();
    await back();
    expect(screen.getByRole('tab', { name: 'Kỳ đánh giá' }).getAttribute('aria-selected')).toBe('true');
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'admin', screen: 'periods' });
  });

  it('arrow keys move the tab in place (no entry per tab passed over); an address of the old form still opens its tab', async () => {
    openAt('?dgcc-admin=setup');
    const services = adminServices();
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    const setup = screen.getByRole('tab', { name: 'Cài đặt danh sách' });
    expect(setup.getAttribute('aria-selected')).toBe('true');
    const push = jest.spyOn(window.history, 'pushState');
    fireEvent.keyDown(setup, { key: 'Home' });
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Kỳ đánh giá' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Nhắc hạn' }).getAttribute('aria-selected')).toBe('true');
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'admin', screen: 'reminders' });
    expect(push).not.toHaveBeenCalled();
    push.mockRestore();
  });

  it('the year chosen in a tab is kept with it: the back button returns to the year before', async () => {
    openAt('?dgcc-view=admin&dgcc-screen=periods&dgcc-year=2026');
    const services = adminServices();
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    await waitFor(() => expect(services.calls).toContain('admin.periods.getPeriods(2026)'));
    fireEvent.click(await screen.findByRole('combobox', { name: /Năm/ }));
    fireEvent.click(await screen.findByRole('option', { name: '2027' }));
    await waitFor(() => expect(services.calls).toContain('admin.periods.getPeriods(2027)'));
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'admin', screen: 'periods', year: 2027 });
    await back();
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'admin', screen: 'periods', year: 2026 });
    expect(await screen.findByRole('heading', { name: /2026/ })).toBeTruthy();
  });
});
