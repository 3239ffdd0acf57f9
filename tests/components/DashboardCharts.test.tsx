/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { DashboardCharts } from '../../src/components/unitDashboard/DashboardCharts';
import type { DashboardView, EvaluationPeriod, UnitDashboardRow } from '../../src/domain/evaluation/model';
import { en, vi } from '../support/strings';

const october: EvaluationPeriod = { id: 10, kind: 'MONTH', year: 2026, index: 10, status: 'CLOSED' };

function unit(code: string, figures: { staff: number; scores: number[]; selfEvaluated: number; inMinutes: number; decided: number; published: number; ratings: UnitDashboardRow['ratings'] }): UnitDashboardRow {
  return {
    unitCode: code,
    unitName: code,
    shortName: code,
    staffCount: figures.staff,
    period: { applies: figures.staff, submitted: figures.scores.length, returned: 0, approved: figures.scores.length, late: 0, scores: figures.scores },
    year: { selfEvaluated: figures.selfEvaluated, inMinutes: figures.inMinutes, minutesApproved: true, decided: figures.decided, published: figures.published },
    ratings: figures.ratings,
    ignoredActs: 0,
    readerIsMember: false,
    readerActsOnYear: false,
    readerIsHr: true
  };
}

// Two phòng, 8 + 4 people; figures chosen by hand.
const UNITS: UnitDashboardRow[] = [
  unit('DSVH-1', { staff: 8, scores: [95, 91.5, 89.99, 72, 50], selfEvaluated: 8, inMinutes: 6, decided: 4, published: 2, ratings: { HTXSNV: 1, HTTNV: 3 } }),
  unit('DSVH-2', { staff: 4, scores: [49, 70, 88], selfEvaluated: 3, inMinutes: 0, decided: 0, published: 0, ratings: {} })
];

const VIEW: DashboardView = { year: 2026, periods: [october], period: october, units: UNITS };

function inLanguage(strings: IDanhGiaStrings, locale: string, node: JSX.Element): JSX.Element {
  return <UiProvider ui={{ strings, locale }}>{node}</UiProvider>;
}

describe('the dashboard’s overview charts (accessible SVG with a table alternative)', () => {
  it('draws the year’s steps over the staff of the units shown: 11 of 12 self-evaluated (92 %), 6 in minutes (50 %), 4 decided (33 %), 2 published (17 %)', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts view={VIEW} />));
    const chart = screen.getByRole('img', { name: /^Tiến độ năm 2026: 12 công chức của 2 đơn vị/ });
    // The image's name carries every figure, so a screen reader hears the chart in one go.
    expect(chart.getAttribute('aria-labelledby')).toMatch(/title .*desc$/);
    expect(chart.querySelector('desc')?.textContent).toBe(
      'Đã tự đánh giá năm: 11 trên 12 (92 %); Có trong biên bản đã thông qua: 6 trên 12 (50 %); Đã quyết định: 4 trên 12 (33 %); Đã công khai kết quả: 2 trên 12 (17 %)'
    );
    const widths = Array.from(chart.querySelectorAll('[data-bar]')).map((g) => [g.getAttribute('data-bar'), g.querySelectorAll('rect')[1]?.getAttribute('width')]);
    expect(widths).toEqual([['selfEvaluated', '92%'], ['inMinutes', '50%'], ['decided', '33%'], ['published', '17%']]);
  });

  it('draws the ratings over the people decided (4): 1 HTXS (25 %), 3 HTT (75 %), none at the other levels, with no bar for a zero', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts view={VIEW} />));
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

  it('draws the period’s 8 approved scores by NĐ 335/2025’s bands (law.md 5.1): 2 from 90, 4 from 70 (89,99 among them), 1 from 50, 1 below', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts view={VIEW} />));
    const chart = screen.getByRole('img', { name: /^Phân bố điểm tháng 10\/2026: 8 người đã được duyệt/ });
    expect(Array.from(chart.querySelectorAll('[data-bar] text')).map((t) => t.textContent)).toEqual([
      'Từ 90 điểm (HTXSNV): 2/8 (25 %)',
      'Từ 70 đến dưới 90 điểm (HTTNV): 4/8 (50 %)',
      'Từ 50 đến dưới 70 điểm (HTNV): 1/8 (13 %)',
      'Dưới 50 điểm (KHTNV): 1/8 (13 %)'
    ]);
  });

  it('draws no histogram for a year without periods (NĐ 90/2020)', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts view={{ ...VIEW, periods: [], period: undefined, units: UNITS.map((u) => ({ ...u, period: undefined })) }} />));
    expect(screen.queryByRole('img', { name: /^Phân bố điểm/ })).toBeNull();
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });

  it('gives the same figures as a table, behind a disclosure the keyboard opens', () => {
    render(inLanguage(vi, 'vi-VN', <DashboardCharts view={VIEW} />));
    const tables = screen.getAllByRole('table', { hidden: true });
    const progress = tables.find((t) => /Tiến độ năm 2026/.test(t.querySelector('caption')?.textContent || '')) as HTMLElement;
    const rows = within(progress).getAllByRole('row', { hidden: true }).slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Đã tự đánh giá năm', '11', '12', '92 %'],
      ['Có trong biên bản đã thông qua', '6', '12', '50 %'],
      ['Đã quyết định', '4', '12', '33 %'],
      ['Đã công khai kết quả', '2', '12', '17 %']
    ]);
    expect(progress.closest('details')?.querySelector('summary')?.textContent).toBe('Xem số liệu dạng bảng');
  });

  it('speaks English with English number formats', () => {
    const many = [{ ...UNITS[0], staffCount: 1200, year: { ...UNITS[0].year, selfEvaluated: 1150 } }];
    render(inLanguage(en, 'en-US', <DashboardCharts view={{ ...VIEW, units: many }} />));
    const chart = screen.getByRole('img', { name: /^Progress in 2026: 1,200 civil servants \(units shown: 1\)/ });
    expect(chart.querySelector('[data-bar="selfEvaluated"] text')?.textContent).toBe('Yearly self-evaluation submitted: 1,150/1,200 (96%)');
  });

  it('shows nothing when the reader sees no unit', () => {
    const { container } = render(inLanguage(vi, 'vi-VN', <DashboardCharts view={{ ...VIEW, units: [] }} />));
    expect(container.innerHTML).toBe('');
  });
});
