/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { DashboardCharts } from '../../src/components/unitDashboard/DashboardCharts';
import type { UnitProgress } from '../../src/domain/evaluation/model';
import { en, vi } from '../support/strings';

const UNITS: UnitProgress[] = [
  { unitCode: 'DSVH-1', unitName: 'Cục Di sản văn hóa › Phòng Quản lý di tích', staffCount: 8, submittedCount: 8, reviewedCount: 6, decidedCount: 4, ratings: { HTXSNV: 1, HTTNV: 3 }, ignoredActs: 0 },
  { unitCode: 'DSVH-2', unitName: 'Cục Di sản văn hóa › Phòng Bảo tàng', staffCount: 4, submittedCount: 3, reviewedCount: 0, decidedCount: 0, ratings: {}, ignoredActs: 0 }
];

function inLanguage(strings: IDanhGiaStrings, locale: string, node: JSX.Element): JSX.Element {
  return <UiProvider ui={{ strings, locale }}>{node}</UiProvider>;
}

describe('the dashboard’s overview charts (accessible SVG with a table alternative)', () => {
  it('draws the year’s progress over the staff of the units shown: 11 of 12 submitted (92 %), 6 reviewed (50 %), 4 decided (33 %)', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts units={UNITS} year={2026} />));
    const chart = screen.getByRole('img', { name: /^Tiến độ năm 2026: 12 công chức của 2 đơn vị/ });
    // The image's name carries every figure, so a screen reader hears the chart in one go.
    expect(chart.getAttribute('aria-labelledby')).toMatch(/title .*desc$/);
    expect(chart.querySelector('desc')?.textContent).toBe('Đã tự đánh giá: 11 trên 12 (92 %); Đã chấm điểm: 6 trên 12 (50 %); Đã quyết định: 4 trên 12 (33 %)');
    const widths = Array.from(chart.querySelectorAll('[data-bar]')).map((g) => [g.getAttribute('data-bar'), g.querySelectorAll('rect')[1]?.getAttribute('width')]);
    expect(widths).toEqual([['submitted', '92%'], ['reviewed', '50%'], ['decided', '33%']]);
  });

  it('draws the ratings over the people decided (4): 1 HTXS (25 %), 3 HTT (75 %), none at the other levels, with no bar for a zero', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts units={UNITS} year={2026} />));
    const chart = screen.getByRole('img', { name: /^Kết quả xếp loại năm 2026: 4 người đã có quyết định/ });
    const bars = Array.from(chart.querySelectorAll('[data-bar]'));
    expect(bars.map((g) => g.querySelector('text')?.textContent)).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ: 1/4 (25 %)',
      'Hoàn thành tốt nhiệm vụ: 3/4 (75 %)',
      'Hoàn thành nhiệm vụ: 0/4 (0 %)',
      'Không hoàn thành nhiệm vụ: 0/4 (0 %)'
    ]);
    expect(bars.map((g) => g.querySelectorAll('rect').length)).toEqual([2, 2, 1, 1]);
  });

  it('gives the same figures as a table, behind a disclosure the keyboard opens', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts units={UNITS} year={2026} />));
    const tables = screen.getAllByRole('table', { hidden: true });
    const progress = tables.find((t) => /Tiến độ năm 2026/.test(t.querySelector('caption')?.textContent || '')) as HTMLElement;
    const rows = within(progress).getAllByRole('row', { hidden: true }).slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Đã tự đánh giá', '11', '12', '92 %'],
      ['Đã chấm điểm', '6', '12', '50 %'],
      ['Đã quyết định', '4', '12', '33 %']
    ]);
    expect(progress.closest('details')?.querySelector('summary')?.textContent).toBe('Xem số liệu dạng bảng');
  });

  it('speaks English with English number formats', () => {
    const many: UnitProgress[] = [{ ...UNITS[0], staffCount: 1200, submittedCount: 1150 }];
    render(inLanguage(en, 'en-US', <DashboardCharts units={many} year={2026} />));
    const chart = screen.getByRole('img', { name: /^Progress in 2026: 1,200 civil servants \(units shown: 1\)/ });
    expect(chart.querySelector('[data-bar="submitted"] text')?.textContent).toBe('Self-evaluated: 1,150/1,200 (96%)');
  });

  it('shows nothing when the reader sees no unit', () => {
    const { container } = render(inLanguage(vi, 'vi-VN', <DashboardCharts units={[]} year={2026} />));
    expect(container.innerHTML).toBe('');
  });
});
