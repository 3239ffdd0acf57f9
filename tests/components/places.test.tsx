/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
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
