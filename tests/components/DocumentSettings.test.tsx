/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { SettingsSection } from '../../src/components/evaluationAdmin/settings/SettingsSection';
import { UiProvider } from '../../src/components/common/UiContext';
import { settingsForYear, type SettingChange, type SettingRow } from '../../src/domain/admin/settingsHistory';
import type { SettingsAdminView } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const rows: SettingRow[] = [{ id: 4, name: 'documents.symbolQuyetDinh', text: '"QĐ-{unit}-BVHTTDL"', effectiveFrom: '2026-01-01', created: '2026-01-05T02:00:00Z', authorName: 'Trần Thị Mai' }];

function view(year: number): SettingsAdminView {
  return { year, today: '2026-12-06', rows, resolved: settingsForYear(rows, year), decidedYears: [] };
}

describe('Thiết lập → Văn bản: the agency’s identity on the documents (official-documents.md 3.2, 3.4)', () => {
  it('shows the documents’ settings in their own group with their defaults, the ký hiệu HR changed, and the competent column as not verified', async () => {
    const services = fakeServices({ periods: [], admin: { settings: { getSettings: async (year: number) => view(year) } } });
    render(
      <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
        <SettingsSection services={services} year={2026} />
      </UiProvider>
    );
    const table = await screen.findByRole('table', { name: 'Văn bản (phiếu, biên bản, quyết định, danh sách)' });
    const cells = (name: RegExp): Array<string | null> => within(within(table).getByRole('row', { name })).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(/Tên cơ quan chủ quản/)[0]).toBe('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(cells(/Ký hiệu quyết định/)[0]).toBe('QĐ-{unit}-BVHTTDLtừ 01/01/2026');
    expect(cells(/Ký hiệu quyết định/)[1]).toBe('QĐ-{unit}');
    expect(cells(/Người ký văn bản của Bộ/)[0]).toBe('KT. BỘ TRƯỞNG');
    expect(cells(/Người ký văn bản của Vụ, Cục/)[0]).toBe('chức vụ của người ký');
    expect(cells(/cột điểm của cấp có thẩm quyền/)[2]).toContain('(điều khoản chưa xác minh)');
  });

  it('changes the signer of a Vụ’s or Cục’s documents: an authority without the head’s title is refused next to the field; the title is typed in capitals; saved', async () => {
    const saved: SettingChange[] = [];
    const services = fakeServices({
      periods: [],
      admin: {
        settings: {
          getSettings: async (year: number) => view(year),
          save: async (change: SettingChange) => {
            saved.push(change);
          }
        }
      }
    });
    render(
      <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
        <SettingsSection services={services} year={2026} />
      </UiProvider>
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Thay đổi: Người ký văn bản của Vụ, Cục' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('combobox', { name: /Thẩm quyền ký/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'TL.' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do/ }), { target: { value: 'Quy chế làm việc của Bộ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await within(dialog).findByText(/có "TL\." thì phải ghi chức danh của người đứng đầu/)).toBeTruthy();
    expect(saved).toEqual([]);

    const title = within(dialog).getByRole('textbox', { name: 'Chức danh' });
    fireEvent.change(title, { target: { value: 'bộ trưởng' } });
    expect((title as HTMLInputElement).value).toBe('BỘ TRƯỞNG');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText(/Đã lưu "Người ký văn bản của Vụ, Cục": TL\. BỘ TRƯỞNG/)).toBeTruthy();
    expect(saved).toEqual([{ name: 'documents.signerAgency', value: { prefix: 'TL.', title: 'BỘ TRƯỞNG' }, effectiveFrom: '2026-12-06', reason: 'Quy chế làm việc của Bộ' }]);
  });
});
