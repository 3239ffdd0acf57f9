/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import type { Transfer } from '../../src/domain/admin/transfers';
import type { UnitChange } from '../../src/domain/admin/units';
import { UnitsSection } from '../../src/components/evaluationAdmin/units/UnitsSection';
import { UiProvider } from '../../src/components/common/UiContext';
import type { DirectoryEntry, UnitAdminView } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const people: { [login: string]: DirectoryEntry } = {
  'bo.truong@x': { login: 'bo.truong@x', displayName: 'Nguyễn Văn Bộ', jobTitle: 'Bộ trưởng', unitCode: 'BO' },
  'dang.thu.ha@x': { login: 'dang.thu.ha@x', displayName: 'Đặng Thu Hà', jobTitle: 'Cục trưởng', unitCode: 'DSVH' },
  'le.van.binh@x': { login: 'le.van.binh@x', displayName: 'Lê Văn Bình', jobTitle: 'Phó Cục trưởng', unitCode: 'DSVH' },
  'pham.thu@x': { login: 'pham.thu@x', displayName: 'Phạm Thu', jobTitle: 'Trưởng phòng', unitCode: 'DSVH-1' },
  'hoang.an@x': { login: 'hoang.an@x', displayName: 'Hoàng An', jobTitle: 'Chuyên viên chính', unitCode: 'DSVH-1', managerLogin: 'pham.thu@x' },
  'tran.thi.mai@x': { login: 'tran.thi.mai@x', displayName: 'Trần Thị Mai', jobTitle: 'Chuyên viên Vụ Tổ chức cán bộ', unitCode: 'TCCB' }
};

function view(): UnitAdminView {
  return {
    today: '2026-12-06T09:00:00.000Z',
    recorder: 'tran.thi.mai@x',
    transfers: [],
    people,
    lastChange: { DSVH: '2026-01-01T00:00:00Z', 'DSVH-1': '2026-01-01T00:00:00Z', BO: '2026-01-01T00:00:00Z' },
    units: [
      { code: 'DSVH-1', name: 'Phòng Di tích', level: 'DIVISION', parentCode: 'DSVH', headLogin: 'pham.thu@x', deputyLogins: [], taskGroups: ['Thẩm định', 'Tổng hợp'] },
      { code: 'BO', name: 'Bộ Văn hóa, Thể thao và Du lịch', level: 'MINISTRY', headLogin: 'bo.truong@x', deputyLogins: [], taskGroups: [] },
      { code: 'DSVH', name: 'Cục Di sản văn hóa', level: 'AGENCY', parentCode: 'BO', headLogin: 'dang.thu.ha@x', deputyLogins: ['le.van.binh@x'], taskGroups: ['Lãnh đạo Cục'], periodKind: 'QUARTER' }
    ]
  };
}

function renderSection(recorded: UnitChange[], transfers: Transfer[] = []): ReturnType<typeof fakeServices> {
  const services = fakeServices({
    periods: [],
    unitHistory: [],
    admin: {
      units: {
        getUnits: async () => view(),
        searchDirectory: async (text: string) => Object.keys(people).map((l) => people[l]).filter((p) => p.displayName.toLowerCase().indexOf(text.toLowerCase()) >= 0),
        recordChange: async (change: UnitChange) => {
          recorded.push(change);
        },
        recordTransfer: async (transfer: Transfer) => {
          transfers.push(transfer);
        }
      }
    }
  });
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <UnitsSection services={services} />
    </UiProvider>
  );
  return services;
}

async function choosePerson(field: HTMLElement, name: string): Promise<void> {
  const input = within(field).getByRole('combobox');
  input.focus();
  fireEvent.focus(input);
  fireEvent.input(input, { target: { value: name } });
  fireEvent.click(await screen.findByRole('option', { name: (accessible: string) => accessible.indexOf(name) >= 0 }));
}

describe('Đơn vị và cán bộ (HR’s units tab)', () => {
  it('shows the units in force as a tree, leaders by name and position, and keeps the history below', async () => {
    renderSection([]);
    const table = await screen.findByRole('table', { name: 'Các đơn vị đang có hiệu lực ngày 06/12/2026' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('rowheader')[0].textContent)).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch (BO)',
      'Cục Di sản văn hóa (DSVH)',
      'Phòng Di tích (DSVH-1)'
    ]);
    expect(rows[1].textContent).toContain('Đặng Thu Hà – Cục trưởng');
    expect(rows[1].textContent).toContain('Lê Văn Bình – Phó Cục trưởng');
    expect(rows[1].textContent).toContain('Hằng quý');
    expect(rows[2].textContent).toContain('Theo thiết lập chung của Bộ');
    expect(rows[1].textContent).not.toContain('@x');
    expect(screen.getByRole('button', { name: 'Xem lịch sử danh sách đơn vị' })).toBeTruthy();
  });

  it('refuses a change naming the recorder, or backdated without a reason, before sending anything', async () => {
    const recorded: UnitChange[] = [];
    const services = renderSection(recorded);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận thay đổi của Phòng Di tích' }));
    const dialog = await screen.findByRole('dialog');
    await choosePerson(within(dialog).getByText('Cấp phó').parentElement as HTMLElement, 'Trần Thị Mai');
    fireEvent.change(within(dialog).getByLabelText(/Hiệu lực từ ngày/), { target: { value: '2025-12-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    expect(await within(dialog).findByText(/Không tự ghi mình \(Trần Thị Mai – Chuyên viên Vụ Tổ chức cán bộ\) vào vai trò này/)).toBeTruthy();
    expect(within(dialog).getByText('Ngày hiệu lực trước thay đổi gần nhất (2026-01-01): nêu lý do ghi lùi ngày.')).toBeTruthy();
    expect(services.calls.some((c) => c.startsWith('admin.units.recordChange'))).toBe(false);
    expect(recorded).toEqual([]);
  });

  it('records a new deputy chosen by name, and who of the phòng is in which task group, from a date', async () => {
    const recorded: UnitChange[] = [];
    renderSection(recorded);
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi nhận thay đổi của Phòng Di tích' }));
    const dialog = await screen.findByRole('dialog');
    await choosePerson(within(dialog).getByText('Cấp phó').parentElement as HTMLElement, 'Hoàng An');
    fireEvent.click(within(dialog).getByRole('combobox', { name: /Hoàng An – Chuyên viên chính/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Tổng hợp' }));
    fireEvent.change(within(dialog).getByLabelText(/Hiệu lực từ ngày/), { target: { value: '2026-12-15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    expect(await screen.findByText('Đã ghi nhận thay đổi của Phòng Di tích, hiệu lực từ 15/12/2026.')).toBeTruthy();
    await waitFor(() => expect(recorded).toHaveLength(1));
    expect(recorded[0]).toMatchObject({ code: 'DSVH-1', headLogin: 'pham.thu@x', deputyLogins: ['hoang.an@x'], taskGroupMembers: { 'hoang.an@x': 'Tổng hợp' }, effectiveFrom: '2026-12-15' });
  });

  it('records a transfer: the person chosen by name, their manager until then filled in from the directory, the date and the decision', async () => {
    const transfers: Transfer[] = [];
    const services = renderSection([], transfers);
    const section = await screen.findByRole('region', { name: 'Điều chuyển công chức giữa các đơn vị' });
    fireEvent.change(within(section).getByLabelText(/Ngày bắt đầu công tác ở đơn vị mới/), { target: { value: '2026-12-20' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Ghi nhận điều chuyển' }));
    // Nothing chosen, a date after today, no decision: each said under its field, nothing sent.
    expect(await within(section).findByText('Chỉ ghi nhận việc điều chuyển đã có hiệu lực (ngày không sau hôm nay).')).toBeTruthy();
    expect(within(section).getAllByText('Bắt buộc nhập.').length).toBeGreaterThanOrEqual(2);
    expect(services.calls.some((c) => c.startsWith('admin.units.recordTransfer'))).toBe(false);

    await choosePerson(within(section).getByText('Công chức được điều chuyển').parentElement as HTMLElement, 'Hoàng An');
    expect((within(section).getByText('Người quản lý trực tiếp trước khi điều chuyển').parentElement as HTMLElement).textContent).toContain('Phạm Thu – Trưởng phòng');
    fireEvent.change(within(section).getByLabelText(/Ngày bắt đầu công tác ở đơn vị mới/), { target: { value: '2026-11-16' } });
    fireEvent.change(within(section).getByLabelText(/Căn cứ/), { target: { value: 'Quyết định số 15/QĐ-BVHTTDL ngày 10/11/2026' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Ghi nhận điều chuyển' }));
    expect(await within(section).findByText(/Đã ghi nhận: Hoàng An – Chuyên viên chính chuyển khỏi Phòng Di tích từ ngày 16\/11\/2026/)).toBeTruthy();
    expect(transfers).toEqual([{ login: 'hoang.an@x', previousManagerLogin: 'pham.thu@x', effectiveFrom: '2026-11-16', reason: 'Quyết định số 15/QĐ-BVHTTDL ngày 10/11/2026' }]);
  });
});
