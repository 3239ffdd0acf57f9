/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { QuotaResults } from '../../src/components/unitDashboard/QuotaResults';
import type { ScopeResult } from '../../src/domain/evaluation/resultsSummary';
import { WHOLE_AGENCY } from '../../src/domain/rating/quota';
import type { AgencyResults, ResultsView } from '../../src/services/contracts';
import { captureDownloads } from '../support/downloads';
import { fakeServices } from '../support/fakeServices';
import { en, vi } from '../support/strings';

const counts = (HTXSNV: number, HTTNV: number, HTNV = 0, KHTNV = 0): { HTXSNV: number; HTTNV: number; HTNV: number; KHTNV: number } => ({ HTXSNV, HTTNV, HTNV, KHTNV });
const scope = (name: string, more: Partial<ScopeResult>): ScopeResult => ({
  scope: name,
  wholeAgency: name === WHOLE_AGENCY,
  rated: 0,
  ratings: counts(0, 0),
  used: 0,
  base: 0,
  rate: 0.2,
  plainAllowed: 0,
  allowed: 0,
  excess: 0,
  violated: false,
  exceptions: 0,
  ...more
});

/** Cục Di sản văn hóa in 2026: Phòng Quản lý di tích over its quota by one, Phòng Bảo tàng within it by an exception. */
const DI_SAN: AgencyResults = {
  agencyCode: 'DSVH',
  agencyName: 'Cục Di sản văn hóa',
  staff: 14,
  rated: 12,
  ratings: counts(3, 9),
  scopes: [
    scope('Phòng Quản lý di tích', { rated: 7, ratings: counts(2, 5), used: 2, base: 5, plainAllowed: 1, allowed: 1, excess: 1, violated: true }),
    scope('Phòng Bảo tàng', { rated: 5, ratings: counts(1, 4), used: 1, base: 4, plainAllowed: 0, allowed: 1, exceptions: 1 }),
    scope(WHOLE_AGENCY, { rated: 12, ratings: counts(3, 9), used: 3, base: 9, plainAllowed: 1, allowed: 2, excess: 1, violated: true, exceptions: 1 })
  ],
  exceptions: [{ login: 'le.van.binh', displayName: 'Lê Văn Bình', taskGroup: 'Phòng Bảo tàng', reason: 'Phòng có thành tích xuất sắc, nổi trội', decisionReference: 'QĐ 45/QĐ-DSVH', published: false }],
  byYear: [
    { year: 2024, rated: 10, ratings: counts(1, 8, 1) },
    { year: 2025, rated: 11, ratings: counts(2, 8, 1) },
    { year: 2026, rated: 12, ratings: counts(3, 9) }
  ],
  units: []
};

const VIEW: ResultsView = { year: 2026, ruleSetId: 'ND335', years: [2024, 2025, 2026], quota: { rate: 0.2, base: 'HTTNV' }, agencies: [DI_SAN], ignoredActs: 1 };

function show(view: ResultsView | Error, onOpenPerson?: (login: string) => void, strings = vi, locale = 'vi-VN'): ReturnType<typeof fakeServices> {
  const services = fakeServices({ results: view });
  render(
    <UiProvider ui={{ strings, locale }}>
      <QuotaResults services={services} year={2026} onOpenPerson={onOpenPerson} />
    </UiProvider>
  );
  return services;
}

describe('Kết quả: the HTXSNV quota per agency and per group (law.md 3.7), exceptions, the years before', () => {
  it('asks for the year’s results and states the rule it counts by, and the decisions not counted', async () => {
    const services = show(VIEW);
    await screen.findByRole('heading', { name: 'Kết quả xếp loại năm 2026 và tỷ lệ Hoàn thành xuất sắc nhiệm vụ' });
    expect(services.calls).toContain('getResults(2026)');
    expect(screen.getByText(/không quá 20 % số người được xếp loại Hoàn thành tốt nhiệm vụ \(làm tròn xuống\)/)).toBeTruthy();
    expect(screen.getByText(/^1 quyết định không được tính/)).toBeTruthy();
  });

  it('the agency’s line: staff, rated, base, used, allowed with and without exceptions, and how far over', async () => {
    show(VIEW);
    const table = await screen.findByRole('table', { name: 'Theo cơ quan, đơn vị (năm 2026)' });
    const row = within(table).getByRole('row', { name: /Cục Di sản văn hóa/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['14', '12', '9', '3', '2 (chưa tính ngoại lệ: 1)', '1', 'Vượt 1']);
  });

  it('each group under its agency, the one over its quota said so', async () => {
    show(VIEW);
    const table = await screen.findByRole('table', { name: 'Theo nhóm có nhiệm vụ tương đồng (năm 2026)' });
    expect(within(within(table).getByRole('row', { name: /Phòng Quản lý di tích/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['7', '5', '2', '1', 'Vượt 1']);
    expect(within(within(table).getByRole('row', { name: /Phòng Bảo tàng/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '4', '1', '1 (chưa tính ngoại lệ: 0)', 'Trong giới hạn']);
    expect(within(table).getByRole('rowheader', { name: 'Cục Di sản văn hóa' })).toBeTruthy();
  });

  it('each exception with its reason and decision, the person’s name opening their history', async () => {
    const opened: string[] = [];
    show(VIEW, (login) => opened.push(login));
    const table = await screen.findByRole('table', { name: 'Ngoại lệ đã ghi nhận và lý do (năm 2026)' });
    const row = within(table).getByRole('row', { name: /Lê Văn Bình/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Cục Di sản văn hóa › Phòng Bảo tàng', 'Phòng có thành tích xuất sắc, nổi trội', 'QĐ 45/QĐ-DSVH', 'Chưa công khai']);
    fireEvent.click(within(row).getByRole('button', { name: 'Xem quá trình đánh giá của Lê Văn Bình' }));
    expect(opened).toEqual(['le.van.binh']);
  });

  it('compares the years’ shares of HTXSNV and of HTTNV as SVG images named by their figures, with every level as a table', async () => {
    show(VIEW);
    const outstanding = await screen.findByRole('img', { name: /^Hoàn thành xuất sắc nhiệm vụ qua các năm 2024–2026 \(1 cơ quan, đơn vị\)/ });
    // 1 of 10 rated in 2024, 2 of 11 in 2025 (18 %), 3 of 12 in 2026.
    expect(outstanding.querySelector('desc')?.textContent).toBe('Năm 2024: 1 trên 10 (10 %); Năm 2025: 2 trên 11 (18 %); Năm 2026: 3 trên 12 (25 %)');
    const well = screen.getByRole('img', { name: /^Hoàn thành tốt nhiệm vụ qua các năm 2024–2026/ });
    expect(well.querySelector('desc')?.textContent).toBe('Năm 2024: 8 trên 10 (80 %); Năm 2025: 8 trên 11 (73 %); Năm 2026: 9 trên 12 (75 %)');
    const table = screen.getByRole('table', { name: 'Kết quả xếp loại theo năm, 2024–2026' });
    expect(within(within(table).getByRole('row', { name: /2025/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['11', '2', '8', '1', '0']);
  });

  it('a reader who may read no agency whole is told so', async () => {
    show({ ...VIEW, agencies: [] });
    expect(await screen.findByText('Năm 2026, đồng chí không được xem trọn kết quả của cơ quan, đơn vị nào.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks English second, with the wider base when HR chose it', async () => {
    show({ ...VIEW, quota: { rate: 0.2, base: 'HTTNV_OR_ABOVE' } }, undefined, en, 'en-US');
    expect(await screen.findByText(/at most 20 % of those rated Completed well or above/)).toBeTruthy();
  });

  it('has no WCAG 2.1 A/AA violation axe can find without a browser (contrast is measured in the browser tests)', async () => {
    show(VIEW, () => undefined);
    await screen.findByRole('table', { name: 'Ngoại lệ đã ghi nhận và lý do (năm 2026)' });
    const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('the results downloaded as Excel (issue 13: each view exportable)', () => {
  it('one sheet per table shown, the agency’s line with its figures as numbers', async () => {
    const downloads = captureDownloads();
    try {
      show(VIEW);
      fireEvent.click(await screen.findByRole('button', { name: 'Tải kết quả và tỷ lệ (Excel)' }));
      await waitFor(() => expect(downloads.names).toEqual(['ket-qua-ty-le-2026.xlsx']), { timeout: 20000 });
      const workbook = await downloads.workbook(0);
      const agencies = workbook.worksheets.find((w) => w.getRow(1).getCell(1).value === 'Theo cơ quan, đơn vị (năm 2026)');
      expect(agencies?.getRow(3).values).toEqual([undefined, 'Cục Di sản văn hóa', 14, 12, 9, 3, '2 (chưa tính ngoại lệ: 1)', 1, 'Vượt 1']);
      expect(workbook.worksheets.length).toBe(document.querySelectorAll('table').length);
      // The agency spans its years on screen: in the file each year's row names it, and its figures stay in their columns.
      const years = workbook.worksheets.find((w) => w.getRow(1).getCell(1).value === 'Kết quả xếp loại theo năm, 2024–2026');
      expect(years?.getRow(4).values).toEqual([undefined, 'Cục Di sản văn hóa', 2025, 11, 2, 8, 1, 0]);
    } finally {
      downloads.restore();
    }
  }, 30000);
});
