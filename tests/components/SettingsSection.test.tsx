/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { SettingsSection } from '../../src/components/evaluationAdmin/settings/SettingsSection';
import { UiProvider } from '../../src/components/common/UiContext';
import { settingsForYear, type SettingChange, type SettingRow } from '../../src/domain/admin/settingsHistory';
import { SettingsChangeRefused, type SettingsAdminView } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const rows: SettingRow[] = [
  { id: 3, name: 'meeting.quorum', text: '"MORE_THAN_HALF"', effectiveFrom: '2026-01-01', created: '2026-01-05T02:00:00Z', authorName: 'Trần Thị Mai' },
  { id: 7, name: 'quota.rate', text: '0.25', effectiveFrom: '2025-03-01', created: '2026-01-10T02:00:00Z', authorName: 'Trần Thị Mai' }
];

function view(year: number, patch: Partial<SettingsAdminView> = {}): SettingsAdminView {
  return { year, today: '2026-12-06', rows, resolved: settingsForYear(rows, year, patch.publication), decidedYears: [], ...patch };
}

function renderSection(admin: Parameters<typeof fakeServices>[0]['admin']): void {
  const services = fakeServices({ periods: [], admin });
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <SettingsSection services={services} year={2026} />
    </UiProvider>
  );
}

describe('Thiết lập (HR’s settings tab)', () => {
  it('shows each setting of the year by group, with its default and its status; and the history, before → after', async () => {
    renderSection({ settings: { getSettings: async (year: number) => view(year) } });
    const quota = await screen.findByRole('table', { name: 'Tỷ lệ Hoàn thành xuất sắc' });
    const rate = within(quota).getByRole('row', { name: /Tỷ lệ tối đa "Hoàn thành xuất sắc nhiệm vụ"/ });
    const cells = within(rate).getAllByRole('cell').map((c) => c.textContent);
    // law.md 3.7: 20 % by default; HR's 25 % from 01/03/2025; the clause is shown as not verified.
    expect(cells[0]).toBe('25 %từ 01/03/2025');
    expect(cells[1]).toBe('20 %');
    expect(cells[2]).toContain('(điều khoản chưa xác minh)');
    const meeting = screen.getByRole('table', { name: 'Họp đơn vị' });
    expect(within(meeting).getByRole('row', { name: /Số người có mặt tối thiểu/ }).textContent).toContain('Quá nửa tổng số');
    const mau01 = screen.getByRole('table', { name: 'Mẫu 01' });
    expect(mau01.textContent).toContain('3 nhóm, 10 tiêu chí, 0 tiêu chí thành phần, tổng 30 điểm');
    for (const group of ['Chấm điểm NĐ 335', 'Xếp loại NĐ 90/48', 'Thông báo và nhắc hạn']) expect(screen.getByRole('table', { name: group })).toBeTruthy();

    const history = screen.getByRole('table', { name: /Mới nhất trước/ });
    const lines = within(history).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(lines[0]).toContain('20 % → 25 %');
    expect(lines[0]).toContain('Trần Thị Mai');
    expect(lines[1]).toContain('Không quy định (ghi đúng số có mặt) → Quá nửa tổng số');
  });

  it('lists the clauses not yet checked against the decree, with their note (issue 14: the note is HR’s, not the civil servant’s)', async () => {
    renderSection({ settings: { getSettings: async (year: number) => view(year) } });
    const heading = await screen.findByRole('heading', { name: 'Căn cứ chưa đối chiếu với văn bản gốc' });
    const items = within(heading.closest('section') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('NĐ 335/2025, tỷ lệ hoàn thành xuất sắc (điều khoản chưa xác minh)');
    expect(items).toContain('NĐ 335/2025 Điều 21 (theo bản dịch, chưa đối chiếu văn bản gốc)');
    // NĐ 90/2020 as amended by NĐ 48/2023 is cited from articles read in full: none of it is listed.
    expect(items.filter((text) => (text || '').indexOf('NĐ 90/2020') === 0)).toEqual([]);
  });

  it('a published year: says its settings are kept, and marks a row added after publication as not applied', async () => {
    renderSection({
      settings: { getSettings: async (year: number) => view(year, { publication: { settingsThrough: 3 }, decidedYears: [2026] }) }
    });
    expect(await screen.findByText(/Kết quả năm 2026 đã công khai: năm này giữ các thiết lập như khi công khai lần đầu/)).toBeTruthy();
    const quota = screen.getByRole('table', { name: 'Tỷ lệ Hoàn thành xuất sắc' });
    expect(within(quota).getByRole('row', { name: /Tỷ lệ tối đa "Hoàn thành/ }).textContent).toContain('20 %');
    const history = screen.getByRole('table', { name: /Mới nhất trước/ });
    expect(history.textContent).toContain('Không áp dụng cho năm 2026: thêm sau khi kết quả năm đó đã công khai.');
  });

  it('changes the quota rate: a bad value and a missing reason are said next to their fields, nothing saved; then saved, one message', async () => {
    const saved: SettingChange[] = [];
    renderSection({
      settings: {
        getSettings: async (year: number) => view(year),
        save: async (change: SettingChange) => {
          saved.push(change);
        }
      }
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thay đổi: Tỷ lệ tối đa "Hoàn thành xuất sắc nhiệm vụ"' }));
    const dialog = await screen.findByRole('dialog');
    const rate = within(dialog).getByRole('textbox', { name: /Tỷ lệ tối đa .*\(%\)/ });
    expect((rate as HTMLInputElement).value).toBe('25');
    fireEvent.change(rate, { target: { value: '150' } });
    fireEvent.change(within(dialog).getByLabelText(/Áp dụng từ ngày/), { target: { value: '2027-01-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await within(dialog).findByText('Nhập tỷ lệ từ 0 đến 100 (ví dụ 20 hoặc 22,5).')).toBeTruthy();
    expect(within(dialog).getByText('Nhập lý do thay đổi (căn cứ, văn bản).')).toBeTruthy();
    expect(saved).toEqual([]);

    fireEvent.change(rate, { target: { value: '22,5' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do/ }), { target: { value: 'Quyết định 12/QĐ-BVHTTDL' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu "Tỷ lệ tối đa "Hoàn thành xuất sắc nhiệm vụ"": 22,5 %, áp dụng từ 01/01/2027.')).toBeTruthy();
    expect(saved).toEqual([{ name: 'quota.rate', value: 0.225, effectiveFrom: '2027-01-01', reason: 'Quyết định 12/QĐ-BVHTTDL' }]);
  });

  it('the server refuses a change reaching a published year: its words next to the date', async () => {
    renderSection({
      settings: {
        getSettings: async (year: number) => view(year),
        save: async () => {
          throw new SettingsChangeRefused([{ field: 'effectiveFrom', vi: 'Năm 2026 đã công khai kết quả: thiết lập của năm đó không được thay đổi. Chọn ngày áp dụng từ 01/01/2027.', en: '…' }]);
        }
      }
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thay đổi: Số người có mặt tối thiểu của cuộc họp' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do/ }), { target: { value: 'Quy chế' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await within(dialog).findByText(/Chọn ngày áp dụng từ 01\/01\/2027/)).toBeTruthy();
  });

  it('Mẫu 01: a line typed wrong and groups not making 30 points are said, by line and by rule', async () => {
    const saved: SettingChange[] = [];
    renderSection({
      settings: {
        getSettings: async (year: number) => view(year),
        save: async (c: SettingChange) => {
          saved.push(c);
        }
      }
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thay đổi: Tiêu chí chung Mẫu 01 và điểm thành phần' }));
    const dialog = await screen.findByRole('dialog');
    const outline = within(dialog).getByRole('textbox', { name: /Tiêu chí chung Mẫu 01/ });
    expect((outline as HTMLTextAreaElement).value.split('\n')[0]).toMatch(/^I \| 10 \| Phẩm chất chính trị/);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do/ }), { target: { value: 'Bộ tiêu chí của Bộ' } });
    fireEvent.change(outline, { target: { value: 'I | 10 | Nhóm một\n1 | 10 | Tiêu chí\nII | 15 | Nhóm hai\n1 | 15 | Tiêu chí\nx | 1 | Sai' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await within(dialog).findByText(/Dòng 5: số thứ tự "x"/)).toBeTruthy();
    fireEvent.change(outline, { target: { value: 'I | 10 | Nhóm một\n1 | 10 | Tiêu chí\nII | 15 | Nhóm hai\n1 | 15 | Tiêu chí' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await within(dialog).findByText(/tổng điểm tối đa các nhóm \(25\) phải bằng 30 điểm/)).toBeTruthy();
    expect(saved).toEqual([]);
  });
});
