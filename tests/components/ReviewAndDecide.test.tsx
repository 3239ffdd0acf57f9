/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { ReviewAndDecide } from '../../src/components/reviewAndDecide/ReviewAndDecide';
import { fakeServices, SAMPLE_PERSON } from '../support/fakeServices';
import { en, vi } from '../support/strings';

const noLeaderTasks = { getLeaderTasks: () => Promise.resolve([]) };
const other = { ...SAMPLE_PERSON, id: 'u2', displayName: 'Trần Văn Bình', userPrincipalName: 'tran.van.binh@vhttdl.local' };

describe('Duyệt và quyết định (review and decide) first screen', () => {
  it('lists what waits for the acting user, soonest deadline first, with the step in words', async () => {
    const services = fakeServices({
      unitYear: noLeaderTasks,
      tasks: [
        { id: 'a', step: 'DECIDE', subject: other, period: { kind: 'YEAR', year: 2026 }, deadline: '2026-12-15T00:00:00Z' },
        { id: 'b', step: 'REVIEW_PERIOD', subject: SAMPLE_PERSON, period: { kind: 'MONTH', year: 2026, index: 11 }, deadline: '2026-12-05T00:00:00Z' }
      ]
    });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);

    const table = await screen.findByRole('table', { name: 'Việc đang chờ xử lý' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Nguyễn Thị HươngChấm điểm kỳTháng 11/202605/12/2026Mở',
      'Trần Văn BìnhQuyết định xếp loạiNăm 202615/12/2026Mở'
    ]);
  });

  it('keeps a unit decided but not published, says so, and opens its sheet (where “Công khai” is)', async () => {
    const publish = { id: 'p', step: 'PUBLISH' as const, subject: { ...other, displayName: 'Cục Báo chí' }, period: { kind: 'YEAR' as const, year: 2026 }, deadline: '2026-12-15T00:00:00Z', unitCode: 'BC' };
    const services = fakeServices({ tasks: [], unitYear: { getLeaderTasks: (years) => Promise.resolve(years.indexOf(2026) >= 0 ? [publish] : []) } });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    const row = await screen.findByRole('row', { name: /Cục Báo chí/ });
    expect(row.textContent).toBe('Cục Báo chíĐã quyết định, chưa công khaiNăm 202615/12/2026Mở');
    fireEvent.click(within(row).getByRole('button', { name: 'Mở: Đã quyết định, chưa công khai – Cục Báo chí, Năm 2026' }));
    await waitFor(() => expect(services.calls).toContain('unitYear.getUnitYear("BC", 2026)'));
  });

  it('says plainly when nothing waits', async () => {
    render(<ReviewAndDecide services={fakeServices({ tasks: [], unitYear: noLeaderTasks })} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText('Hiện không có việc nào chờ duyệt hoặc quyết định.')).toBeTruthy();
  });

  it('has an English version', async () => {
    render(<ReviewAndDecide services={fakeServices({ tasks: [], unitYear: noLeaderTasks })} strings={en} locale="en-US" />);
    expect(await screen.findByText('Nothing is waiting for your review or decision.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Review and decide' })).toBeTruthy();
  });

  it('names the period in the reader’s language', async () => {
    const tasks = [{ id: 'b', step: 'REVIEW_PERIOD' as const, subject: SAMPLE_PERSON, period: { kind: 'MONTH' as const, year: 2026, index: 11 } }];
    render(<ReviewAndDecide services={fakeServices({ tasks, unitYear: noLeaderTasks })} strings={en} locale="en-US" />);
    expect((await screen.findByRole('row', { name: /Nguyễn Thị Hương/ })).textContent).toBe('Nguyễn Thị HươngScore the periodMonth 11/2026Open');
  });
});

describe('Duyệt và quyết định: opening a task', () => {
  const review = { id: 'b', step: 'REVIEW_PERIOD' as const, subject: SAMPLE_PERSON, period: { kind: 'MONTH' as const, year: 2026, index: 11 }, periodId: 42 };
  const decide = { id: 'd', step: 'DECIDE' as const, subject: other, period: { kind: 'YEAR' as const, year: 2025 }, unitCode: 'BC' };

  it('lists the leader’s tasks of last year and this year beside the periods to score', async () => {
    const asked: number[] = [];
    const services = fakeServices({ tasks: [review], unitYear: {
        getLeaderTasks: (years) => {
          asked.push(...years);
          return Promise.resolve(years.indexOf(2025) >= 0 ? [decide] : []);
        }
      }
    });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByRole('button', { name: 'Mở: Quyết định xếp loại – Trần Văn Bình, Năm 2025' })).toBeTruthy();
    expect(asked.sort()).toEqual([2025, 2026]);
  });

  it('opens the period’s review, and goes back to the list', async () => {
    const services = fakeServices({ tasks: [review], unitYear: noLeaderTasks });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mở: Chấm điểm kỳ – Nguyễn Thị Hương, Tháng 11/2026' }));
    // The form loads on demand (its own chunk), then asks for the period.
    expect(await screen.findByText(/the test gave no period.getPeriodReview/)).toBeTruthy();
    expect(services.calls).toContain(`period.getPeriodReview("${SAMPLE_PERSON.userPrincipalName}", 42)`);
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại danh sách việc' }));
    expect(await screen.findByRole('table', { name: 'Việc đang chờ xử lý' })).toBeTruthy();
  });

  it('opens a unit’s year for a decision', async () => {
    const services = fakeServices({ tasks: [], unitYear: { getLeaderTasks: (years) => Promise.resolve(years.indexOf(2025) >= 0 ? [decide] : []) } });
    render(<ReviewAndDecide services={services} strings={vi} locale="vi-VN" />);
    fireEvent.click(await screen.findByRole('button', { name: /^Mở: Quyết định xếp loại/ }));
    expect(await screen.findByText(/the test gave no unitYear.getUnitYear/)).toBeTruthy();
    expect(services.calls).toContain('unitYear.getUnitYear("BC", 2025)');
  });
});
