/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { EvaluationAdmin } from '../../src/components/evaluationAdmin/EvaluationAdmin';
import type { IPeriodAdmin, PeriodAdminRow } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

/** The administration's tabs keep the open one in the address: each test starts from the first. */
beforeEach(() => window.history.replaceState(null, '', '/'));

/** HR's periods service answering the periods tab (admin.periods), with no history yet. */
function periodsAdmin(rows: PeriodAdminRow[]): Partial<IPeriodAdmin> {
  return {
    getPeriods: (year) => Promise.resolve({ year, rows, units: [], people: [], ministryKind: 'MONTH' }),
    history: () => Promise.resolve([])
  };
}

function openTab(name: string): void {
  fireEvent.click(screen.getByRole('tab', { name }));
}

describe('Quản trị đánh giá (administration) first screen', () => {
  it('names the lists still missing on the site', async () => {
    const services = fakeServices({
      setup: { expectedSchemaVersion: 1, listCount: 11, missingLists: ['DGCC_Periods', 'DGCC_Units'] },
      periods: [],
      admin: { periods: periodsAdmin([]) }
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText('Chưa mở kỳ đánh giá nào cho năm 2026.')).toBeTruthy();
    openTab('Cài đặt danh sách');
    expect(await screen.findByText('Còn thiếu 2 danh sách: DGCC_Periods, DGCC_Units.')).toBeTruthy();
    expect(window.location.search).toBe('?dgcc-view=admin&dgcc-screen=setup');
  });

  it('says when the site’s schema is behind the product', async () => {
    const services = fakeServices({ setup: { expectedSchemaVersion: 2, siteSchemaVersion: 1, listCount: 11, missingLists: [] }, periods: [] });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    openTab('Cài đặt danh sách');
    expect(await screen.findByText('Lược đồ đang ở phiên bản 1; phiên bản hiện hành của phần mềm là 2.')).toBeTruthy();
  });

  it('confirms a complete setup and lists the year’s periods with their status', async () => {
    const services = fakeServices({
      setup: { expectedSchemaVersion: 1, siteSchemaVersion: 1, listCount: 11, missingLists: [] },
      periods: [],
      admin: { periods: periodsAdmin([{ period: { id: 7, kind: 'QUARTER', year: 2026, index: 3, status: 'LOCKED', deadline: '2026-10-10T00:00:00Z', lockedAt: '2026-10-11T00:00:00Z' }, planned: false }]) }
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    const row = await screen.findByRole('row', { name: /Quý 3\/2026/ });
    expect(row.textContent).toMatch(/^Quý 3\/2026Đã khóa10\/10\/2026/);
    openTab('Cài đặt danh sách');
    expect(await screen.findByText('Đã cài đặt đủ 11 danh sách, lược đồ phiên bản 1.')).toBeTruthy();
  });
});

describe('Quản trị đánh giá: setting up the lists', () => {
  const missing = { expectedSchemaVersion: 1, listCount: 11, missingLists: ['DGCC_Periods'] };

  it('runs the site owner’s setup, reports what changed and reads the status again', async () => {
    const data: Parameters<typeof fakeServices>[0] = {
      setup: missing,
      periods: [],
      provisioning: { toVersion: 1, createdLists: ['DGCC_Periods'], updatedLists: [], createdFields: ['DGCC_Periods.EvalYear', 'DGCC_Periods.PeriodKind'], indexedFields: [] }
    };
    const services = fakeServices(data);
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    openTab('Cài đặt danh sách');
    await screen.findByText('Còn thiếu 1 danh sách: DGCC_Periods.');

    data.setup = { ...missing, siteSchemaVersion: 1, missingLists: [] };
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt hoặc nâng cấp danh sách' }));
    expect(await screen.findByText('Đã xong: tạo 1 danh sách và 2 cột, đánh chỉ mục 0 cột, sửa thiết lập 0 danh sách. Lược đồ ở phiên bản 1.')).toBeTruthy();
    expect(await screen.findByText('Đã cài đặt đủ 11 danh sách, lược đồ phiên bản 1.')).toBeTruthy();
    expect(services.calls.filter((c) => c === 'getSetupStatus()')).toHaveLength(2);
  });

  it('says a second run had nothing to change', async () => {
    const services = fakeServices({
      setup: { ...missing, siteSchemaVersion: 1, missingLists: [] },
      periods: [],
      provisioning: { fromVersion: 1, toVersion: 1, createdLists: [], updatedLists: [], createdFields: [], indexedFields: [] }
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    openTab('Cài đặt danh sách');
    fireEvent.click(await screen.findByRole('button', { name: 'Cài đặt hoặc nâng cấp danh sách' }));
    expect(await screen.findByText('Không có gì cần thay đổi: các danh sách đã đúng lược đồ phiên bản 1.')).toBeTruthy();
  });

  it('reports the year’s read scopes it applied once the units are known', async () => {
    const services = fakeServices({
      setup: { ...missing, siteSchemaVersion: 1, missingLists: [] },
      periods: [],
      provisioning: {
        fromVersion: 1,
        toVersion: 1,
        createdLists: [],
        updatedLists: [],
        createdFields: [],
        indexedFields: [],
        access: { year: 2026, foldersCreated: 14, foldersSecured: 14, groupsCreated: 2, membersAdded: 9 }
      }
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    openTab('Cài đặt danh sách');
    fireEvent.click(await screen.findByRole('button', { name: 'Cài đặt hoặc nâng cấp danh sách' }));
    expect(await screen.findByText(/Quyền đọc theo đơn vị năm 2026: tạo 14 thư mục, phân quyền 14 thư mục, tạo 2 nhóm, thêm 9 người vào nhóm\./)).toBeTruthy();
  });

  it('tells someone without the right that only a site owner can do it', async () => {
    const forbidden = Object.assign(new Error('Access denied'), { status: 403 });
    render(<EvaluationAdmin services={fakeServices({ setup: missing, periods: [], provisioning: forbidden })} strings={vi} locale="vi-VN" />);
    openTab('Cài đặt danh sách');
    fireEvent.click(await screen.findByRole('button', { name: 'Cài đặt hoặc nâng cấp danh sách' }));
    expect(await screen.findByText(/Chỉ chủ sở hữu trang \(quản trị trang\) mới cài đặt được danh sách/)).toBeTruthy();
  });
});

describe('Quản trị đánh giá: the units list’s history (HR’s audit)', () => {
  it('reads the history only when asked, shows each change with who recorded it, and a self-appointment as not counted', async () => {
    const services = fakeServices({
      setup: { expectedSchemaVersion: 3, siteSchemaVersion: 3, listCount: 12, missingLists: [] },
      periods: [],
      unitHistory: [
        {
          id: 9,
          unitCode: 'DSVH',
          unitName: 'Cục Di sản văn hóa',
          from: '2026-11-30T00:00:00Z',
          recordedAt: '2026-11-30T02:00:00Z',
          recordedByName: 'Trần Thị Mai',
          headName: 'Trần Thị Mai',
          deputyNames: [],
          counted: false,
          notes: ['tran.thi.mai@vhttdl.local tự ghi mình vào vai trò lãnh đạo, thư ký hoặc người đánh giá của đơn vị DSVH: không được tính.']
        },
        {
          id: 3,
          unitCode: 'DSVH',
          unitName: 'Cục Di sản văn hóa',
          from: '2024-01-01T00:00:00Z',
          recordedAt: '2024-01-02T02:00:00Z',
          recordedByName: 'Quản trị hệ thống',
          headName: 'Đặng Thu Hà',
          deputyNames: ['Lê Văn Bình', 'Phạm Thu'],
          evaluatorName: 'Lê Minh Quang',
          counted: true,
          notes: ['Hiệu lực từ 2024-01-01, ghi ngày 2024-01-02: ghi lùi ngày.']
        }
      ]
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    openTab('Đơn vị và cán bộ');
    const show = await screen.findByRole('button', { name: 'Xem lịch sử danh sách đơn vị' });
    expect(services.calls).not.toContain('getUnitHistory()');
    fireEvent.click(show);
    const table = await screen.findByRole('table', { name: 'Lịch sử danh sách đơn vị' });
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Không được tính.');
    expect(rows[0].textContent).toContain('Trần Thị Mai, 30/11/2026');
    expect(rows[1].textContent).toContain('Đứng đầu: Đặng Thu Hà; cấp phó: Lê Văn Bình, Phạm Thu; thư ký: không có; người đánh giá: Lê Minh Quang');
    expect(rows[1].textContent).toContain('ghi lùi ngày');
  });
});
