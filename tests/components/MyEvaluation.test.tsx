/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { MyEvaluation, periodToFillIn } from '../../src/components/myEvaluation/MyEvaluation';
import { NotProvisionedError } from '../../src/services/contracts';
import { fakeServices, SAMPLE_PERSON } from '../support/fakeServices';
import { en, vi } from '../support/strings';

const overview = {
  me: SAMPLE_PERSON,
  year: 2026,
  ignoredActs: 0,
  periods: [
    { period: { id: 1, kind: 'MONTH' as const, year: 2026, index: 1, status: 'CLOSED' as const, deadline: '2026-02-05T00:00:00Z' }, result: { periodId: 1, step: 'PUBLISHED' as const, score: 87.5, rating: 'HTTNV' as const } },
    { period: { id: 2, kind: 'MONTH' as const, year: 2026, index: 2, status: 'OPEN' as const } }
  ]
};

describe('Đánh giá của tôi (my evaluation) first screen', () => {
  it('shows the person, each period of the current year with its score in Vietnamese number format, and the rating in words', async () => {
    const services = fakeServices({ overview });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);

    expect(await screen.findByRole('table', { name: 'Các kỳ đánh giá năm 2026' })).toBeTruthy();
    expect(services.calls).toContain('getMyOverview(2026)');
    expect(screen.getByRole('heading', { level: 2, name: 'Đánh giá của tôi' })).toBeTruthy();
    expect(screen.getByText('Nguyễn Thị Hương')).toBeTruthy();
    const january = screen.getByRole('row', { name: /Tháng 1\/2026/ });
    expect(january.textContent).toContain('87,5');
    expect(january.textContent).toContain('Hoàn thành tốt nhiệm vụ');
    expect(january.textContent).toContain('05/02/2026');
    const february = screen.getByRole('row', { name: /Tháng 2\/2026/ });
    expect(february.textContent).toContain('Chưa bắt đầu');
    expect(february.textContent).toContain('Chưa có');
  });

  it('speaks English on an English page, with a decimal point', async () => {
    render(<MyEvaluation services={fakeServices({ overview })} strings={en} locale="en-US" />);
    const january = await screen.findByRole('row', { name: /Month 1\/2026/ });
    expect(january.textContent).toContain('87.5');
    expect(january.textContent).toContain('Good completion of duties');
  });

  it('shows the year chosen in the property pane instead of the current one', async () => {
    const services = fakeServices({ overview: { ...overview, year: 2025, periods: [] } });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" evaluationYear={2025} />);
    expect(await screen.findByText(/Chưa có kỳ đánh giá nào được mở cho năm 2025/)).toBeTruthy();
    expect(services.calls.filter((c) => c.startsWith('getMyOverview'))).toEqual(['getMyOverview(2025)']);
    expect(services.calls).toContain('year.getMyYear(2025)');
  });

  it('says when entries about the person were ignored because their author had no right to them', async () => {
    render(<MyEvaluation services={fakeServices({ overview: { ...overview, ignoredActs: 2 } })} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText(/Có 2 mục về đồng chí do người không có thẩm quyền ghi/)).toBeTruthy();
  });

  it('explains what to do when the lists are not set up', async () => {
    render(<MyEvaluation services={fakeServices({ overview: new NotProvisionedError(['DGCC_Periods']) })} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText(/chưa được cài đặt trên trang này/)).toBeTruthy();
  });

  it('offers “Thử lại” after a failure and loads again when asked', async () => {
    const failure = Object.assign(new Error('Service Unavailable'), { status: 503 });
    const data: { overview: typeof overview | Error } = { overview: failure };
    const services = fakeServices(data);
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText(/Không tải được dữ liệu \(HTTP 503\)/)).toBeTruthy();

    data.overview = overview;
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('table', { name: 'Các kỳ đánh giá năm 2026' })).toBeTruthy();
    expect(services.calls.filter((c) => c.startsWith('getMyOverview'))).toEqual(['getMyOverview(2026)', 'getMyOverview(2026)']);
  });
});

describe('Đánh giá của tôi: another year', () => {
  it('opens last year, whose evaluation is decided early this year and complained about after', async () => {
    const services = fakeServices({ overview });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    await screen.findByRole('table', { name: 'Các kỳ đánh giá năm 2026' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Năm đánh giá' }), { target: { value: '2025' } });
    expect(services.calls).toContain('getMyOverview(2025)');
    expect(await screen.findAllByText(/the test gave no year.getMyYear/)).toBeTruthy();
  });
});

describe('Đánh giá của tôi: the period to fill in', () => {
  type Row = Parameters<typeof periodToFillIn>[0][number];
  const month = (id: number, status: 'OPEN' | 'CLOSED', step?: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'REVIEWED'): Row => ({
    period: { id, kind: 'MONTH' as const, year: 2026, index: id, status },
    result: step ? { periodId: id, step } : undefined
  });

  it('opens a period returned for correction first, then an open one not yet submitted, never a closed one', () => {
    expect(periodToFillIn([month(9, 'OPEN', 'SUBMITTED'), month(10, 'OPEN'), month(11, 'OPEN', 'RETURNED')])?.id).toBe(11);
    expect(periodToFillIn([month(9, 'CLOSED'), month(10, 'OPEN', 'SUBMITTED'), month(11, 'OPEN', 'DRAFT')])?.id).toBe(11);
    expect(periodToFillIn([month(10, 'CLOSED'), month(11, 'OPEN', 'SUBMITTED')])?.id).toBe(11);
    expect(periodToFillIn([month(10, 'CLOSED', 'REVIEWED')])).toBeUndefined();
  });

  it('shows the open month’s form and the year, and opens another period’s form when asked', async () => {
    const services = fakeServices({ overview });
    render(<MyEvaluation services={services} strings={vi} locale="vi-VN" />);
    await screen.findByRole('table', { name: 'Các kỳ đánh giá năm 2026' });
    expect(services.calls).toContain('period.getMyPeriod(2)');
    expect(services.calls).toContain('year.getMyYear(2026)');
    fireEvent.click(screen.getByRole('button', { name: 'Xem tháng 1/2026' }));
    expect(services.calls).toContain('period.getMyPeriod(1)');
    // The open month is no longer on screen, so it gets its own button.
    expect(screen.getByRole('button', { name: 'Xem tháng 2/2026' })).toBeTruthy();
    expect(await screen.findByText(/the test gave no period.getMyPeriod/)).toBeTruthy();
  });
});
