/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { MyEvaluation } from '../../src/components/myEvaluation/MyEvaluation';
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
    expect(services.calls).toEqual(['getMyOverview(2025)']);
  });

  it('says when entries about the person were ignored because their author had no right to them', async () => {
    render(<MyEvaluation services={fakeServices({ overview: { ...overview, ignoredActs: 2 } })} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText(/Có 2 mục về bạn do người không có thẩm quyền ghi/)).toBeTruthy();
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
    expect(services.calls).toEqual(['getMyOverview(2026)', 'getMyOverview(2026)']);
  });
});
