/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { PeriodsSection } from '../../src/components/evaluationAdmin/periods/PeriodsSection';
import { UiProvider } from '../../src/components/common/UiContext';
import type { JournalEntry } from '../../src/domain/admin/journal';
import type { EvaluationPeriod } from '../../src/domain/evaluation/model';
import type { IPeriodAdmin, PeriodsAdminView } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'LOCKED', deadline: '2026-12-05T00:00:00.000Z', lockedAt: '2026-12-06T01:00:00Z' };
const december: EvaluationPeriod = { id: 12, kind: 'MONTH', year: 2026, index: 12, status: 'OPEN', deadline: '2027-01-05T00:00:00.000Z' };
const yearPeriod: EvaluationPeriod = { id: 13, kind: 'YEAR', year: 2026, status: 'LOCKED', deadline: '2026-12-15T00:00:00.000Z' };

function view(year: number): PeriodsAdminView {
  return {
    year,
    rows: [
      { period: november, planned: false, progress: { periodId: 11, people: 40, submitted: 37, scored: 30, late: 3 } },
      { period: december, planned: false, progress: { periodId: 12, people: 40, submitted: 2, scored: 0, late: 0 } },
      { period: yearPeriod, planned: true }
    ],
    units: [
      { code: 'CDSVH', name: 'Cục Di sản văn hóa' },
      { code: 'CDSVH_QLDS', name: 'Cục Di sản văn hóa › Phòng Quản lý di sản' },
      { code: 'VKHTC', name: 'Vụ Kế hoạch, Tài chính' }
    ],
    people: [{ login: 'an@vhttdl.local', displayName: 'Nguyễn Văn An', jobTitle: 'Chuyên viên', unitCode: 'VKHTC' }],
    ministryKind: 'MONTH'
  };
}

const history: JournalEntry[] = [
  {
    id: 5,
    at: '2026-12-06T02:30:00Z',
    byLogin: 'tran.thi.mai@vhttdl.local',
    byName: 'Trần Thị Mai',
    subject: 'PERIOD',
    subjectKey: '11',
    year: 2026,
    action: 'LOCK',
    before: { title: 'Tháng 11/2026', status: 'OPEN' },
    after: { title: 'Tháng 11/2026', status: 'LOCKED' }
  }
];

function setUp(admin: Partial<IPeriodAdmin> = {}): ReturnType<typeof fakeServices> {
  const services = fakeServices({
    admin: { periods: { getPeriods: (year) => Promise.resolve(view(year)), history: () => Promise.resolve(history), ...admin } }
  });
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <PeriodsSection services={services} year={2026} />
    </UiProvider>
  );
  return services;
}

describe('Kỳ đánh giá (HR’s periods tab)', () => {
  it('lists each period with its state, deadline and progress, the actions its state allows, and the history (who, when, why)', async () => {
    setUp();
    const table = await screen.findByRole('table', { name: 'Kỳ đánh giá năm 2026' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1].textContent).toMatch(/^Tháng 11\/2026Đã khóa05\/12\/2026Đã nộp 37\/40 · Đã chấm 30 · Trễ hạn 3/);
    // Locked: close or reopen, extend; not lock again, not open.
    expect(within(rows[1]).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Đóng tháng 11/2026',
      'Mở lại tháng 11/2026',
      'Đặt hoặc gia hạn hạn chót tháng 11/2026'
    ]);
    expect(within(rows[2]).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Khóa tháng 12/2026', 'Đặt hoặc gia hạn hạn chót tháng 12/2026']);
    // Planned ahead: "Chưa mở", only Mở (and the deadline).
    expect(rows[3].textContent).toMatch(/^Năm 2026Chưa mở15\/12\/2026Chưa bắt đầu/);
    expect(within(rows[3]).getByRole('button', { name: 'Mở năm 2026' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem lịch sử thay đổi các kỳ năm 2026' }));
    const log = await screen.findByRole('table', { name: 'Lịch sử thay đổi các kỳ năm 2026' });
    expect(within(log).getAllByRole('row')[1].textContent).toMatch(/Trần Thị MaiTháng 11\/2026KhóaĐang mở → Đã khóa/);
  });

  it('reopening asks for a reason next to the field, then reopens and says so in one message', async () => {
    const reopen = jest.fn((_id: number, _to: 'OPEN' | 'LOCKED', _reason: string) => Promise.resolve({ ...november, status: 'OPEN' as const }));
    const services = setUp({ reopen });
    fireEvent.click(await screen.findByRole('button', { name: 'Mở lại tháng 11/2026' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở lại' }));
    expect(await within(dialog).findByText('Nhập lý do: lý do được ghi vào lịch sử thay đổi.')).toBeTruthy();
    expect(reopen).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do/ }), { target: { value: 'Sự cố mạng ngày 5/12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở lại' }));
    expect(await screen.findByText('Đã mở lại tháng 11/2026 cho mọi người. Lý do đã được ghi vào lịch sử.')).toBeTruthy();
    expect(reopen).toHaveBeenCalledWith(11, 'OPEN', 'Sự cố mạng ngày 5/12');
    // The table is read again after the change.
    await waitFor(() => expect(services.calls.filter((c) => c.indexOf('admin.periods.getPeriods') === 0)).toHaveLength(2));
  });

  it('extends the deadline for one unit found by a search without accents, refusing a day not after the period’s', async () => {
    const setDeadline = jest.fn((_id: number, _scope: unknown, _deadline: string, _reason: string) => Promise.resolve(december));
    setUp({ setDeadline });
    fireEvent.click(await screen.findByRole('button', { name: 'Đặt hoặc gia hạn hạn chót tháng 12/2026' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Tìm đơn vị' }), { target: { value: 'phong quan ly' } });
    fireEvent.click(within(dialog).getByRole('combobox', { name: /Đơn vị/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Cục Di sản văn hóa › Phòng Quản lý di sản' }));
    const date = within(dialog).getByRole('combobox', { name: /Hạn chót mới/ });
    fireEvent.change(date, { target: { value: '04/01/2027' } });
    fireEvent.blur(date);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do/ }), { target: { value: 'Phòng đi kiểm kê di sản' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Hạn gia hạn phải sau hạn chót của kỳ (05/01/2027).')).toBeTruthy();
    expect(setDeadline).not.toHaveBeenCalled();
    fireEvent.change(date, { target: { value: '12/01/2027' } });
    fireEvent.blur(date);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã gia hạn tháng 12/2026 cho Cục Di sản văn hóa › Phòng Quản lý di sản đến 12/01/2027.')).toBeTruthy();
    expect(setDeadline).toHaveBeenCalledWith(12, { kind: 'UNIT', unitCode: 'CDSVH_QLDS' }, '2027-01-12T00:00:00.000Z', 'Phòng đi kiểm kê di sản');
  });

  it('a refusal by SharePoint (not HR) is said plainly: nothing changed', async () => {
    const lock = (): Promise<EvaluationPeriod> => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 }));
    setUp({ lock });
    fireEvent.click(await screen.findByRole('button', { name: 'Khóa tháng 12/2026' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Khóa' }));
    expect(await screen.findByText(/Tài khoản này không có quyền thay đổi kỳ đánh giá/)).toBeTruthy();
  });

  it('creates next year’s periods after showing what will be created', async () => {
    const planYear = jest.fn((year: number) =>
      Promise.resolve([
        { kind: 'MONTH' as const, year, index: 1, status: 'LOCKED' as const, deadline: '2027-02-05T00:00:00.000Z' },
        { kind: 'YEAR' as const, year, status: 'LOCKED' as const, deadline: '2027-12-15T00:00:00.000Z' }
      ])
    );
    const createYear = jest.fn((year: number) => planYear(year));
    setUp({ planYear, createYear });
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo các kỳ của năm 2027' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(await within(dialog).findByText(/Sẽ tạo 2 kỳ: Tháng 1\/2027, Năm 2027/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo' }));
    expect(await screen.findByText('Đã tạo 2 kỳ của năm 2027.')).toBeTruthy();
    expect(createYear).toHaveBeenCalledWith(2027, 5);
  });
});
