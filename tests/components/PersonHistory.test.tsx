/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { PersonHistory } from '../../src/components/unitDashboard/PersonHistory';
import { PersonHistoryNotAllowedError, type PersonHistoryView } from '../../src/services/contracts';
import { captureDownloads } from '../support/downloads';
import { fakeServices } from '../support/fakeServices';
import { en, vi } from '../support/strings';

const AN = 'nguyen.van.an@vhttdl.local';
const HISTORY: PersonHistoryView = {
  person: { login: AN, displayName: 'Nguyễn Văn An', jobTitle: 'Chuyên viên', unitName: 'Cục Di sản văn hóa › Phòng Quản lý di tích' },
  periods: [
    { periodId: 1, year: 2026, kind: 'MONTH', index: 1, score: 82.5, level: 'HTTNV' },
    { periodId: 2, year: 2026, kind: 'MONTH', index: 2 },
    { periodId: 3, year: 2026, kind: 'MONTH', index: 3, score: 91, level: 'HTXSNV' }
  ],
  years: [
    { year: 2024, rating: 'HTTNV', published: true },
    { year: 2025, published: false },
    { year: 2026, rating: 'HTXSNV', published: false }
  ],
  ignoredActs: 0
};

function show(answer: PersonHistoryView | Error, onClose?: () => void, strings = vi, locale = 'vi-VN'): ReturnType<typeof fakeServices> {
  const services = fakeServices({ history: { [AN]: answer } });
  render(
    <UiProvider ui={{ strings, locale }}>
      <PersonHistory services={services} login={AN} onClose={onClose} />
    </UiProvider>
  );
  return services;
}

describe('a person’s history over months and years (issue 13), for those entitled', () => {
  it('names the person by name and position, never by e-mail, and lists each year’s rating', async () => {
    const services = show(HISTORY);
    await screen.findByRole('heading', { name: 'Quá trình đánh giá của Nguyễn Văn An' });
    expect(services.calls).toContain(`getPersonHistory(${AN})`);
    expect(screen.getByText('Chuyên viên, Cục Di sản văn hóa › Phòng Quản lý di tích')).toBeTruthy();
    expect(document.body.textContent).not.toContain(AN);
    const years = screen.getByRole('table', { name: 'Xếp loại chất lượng hằng năm' });
    expect(within(years).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['2024', 'Hoàn thành tốt nhiệm vụ', 'Đã công khai'],
      ['2025', 'Chưa có quyết định mà đồng chí được xem', ''],
      ['2026', 'Hoàn thành xuất sắc nhiệm vụ', 'Chưa công khai']
    ]);
  });

  it('each month’s approved score (Vietnamese decimals) and level; a month without one says so', async () => {
    show(HISTORY);
    const months = await screen.findByRole('table', { name: 'Điểm hằng tháng, hằng quý đã được duyệt' });
    expect(within(months).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Tháng 1/2026', '82,5', 'Hoàn thành tốt nhiệm vụ'],
      ['Tháng 2/2026', 'Chưa có điểm được duyệt', ''],
      ['Tháng 3/2026', '91', 'Hoàn thành xuất sắc nhiệm vụ']
    ]);
  });

  it('draws the scores as an SVG image named by every figure, one point per scored period, higher score higher up', async () => {
    show(HISTORY);
    const chart = await screen.findByRole('img', { name: /^Điểm các kỳ của Nguyễn Văn An: 2 kỳ có điểm/ });
    expect(chart.querySelector('desc')?.textContent).toBe('Tháng 1/2026: 82,5 điểm; Tháng 3/2026: 91 điểm');
    const points = Array.from(chart.querySelectorAll('circle'));
    expect(points.map((p) => p.getAttribute('data-score'))).toEqual(['82.5', '91']);
    // SVG's y grows downwards: 91 sits above 82.5.
    expect(Number(points[1].getAttribute('cy'))).toBeLessThan(Number(points[0].getAttribute('cy')));
  });

  it('refuses plainly, saying who may and whom to ask, when the reader is not entitled', async () => {
    let closed = 0;
    show(new PersonHistoryNotAllowedError(AN), () => closed++);
    expect(await screen.findByText(/^Đồng chí không được xem quá trình đánh giá của người này.*Vụ Tổ chức cán bộ\.$/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Đóng quá trình đánh giá' }));
    expect(closed).toBe(1);
  });

  it('speaks English second', async () => {
    show(HISTORY, undefined, en, 'en-US');
    expect(await screen.findByRole('heading', { name: 'Evaluation history of Nguyễn Văn An' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Approved monthly and quarterly scores' })).toBeTruthy();
  });

  it('has no WCAG 2.1 A/AA violation axe can find without a browser (contrast is measured in the browser tests)', async () => {
    show(HISTORY, () => undefined);
    await screen.findByRole('img');
    const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('a person’s history downloaded as Excel (issue 13: each view exportable)', () => {
  it('holds the tables shown, the scores as numbers, in a file named after the person without diacritics', async () => {
    const downloads = captureDownloads();
    try {
      show(HISTORY);
      fireEvent.click(await screen.findByRole('button', { name: 'Tải quá trình đánh giá (Excel)' }));
      await waitFor(() => expect(downloads.names).toEqual(['qua-trinh-danh-gia-nguyen-van-an.xlsx']), { timeout: 20000 });
      const workbook = await downloads.workbook(0);
      const years = workbook.worksheets.find((w) => w.getRow(1).getCell(1).value === 'Xếp loại chất lượng hằng năm');
      expect(years?.getRow(3).values).toEqual([undefined, 2024, 'Hoàn thành tốt nhiệm vụ', 'Đã công khai']);
      const months = workbook.worksheets.find((w) => w.getRow(1).getCell(1).value === 'Điểm hằng tháng, hằng quý đã được duyệt');
      // 82,5 on screen (Vietnamese decimal comma) is the number 82.5 in the file.
      expect(months?.getRow(3).getCell(2).value).toBe(82.5);
    } finally {
      downloads.restore();
    }
  }, 30000);
});
