/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { EvaluationAdmin } from '../../src/components/evaluationAdmin/EvaluationAdmin';
import type { AuditReport } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const report: AuditReport = {
  year: 2026,
  journal: [
    {
      id: 8,
      at: '2026-11-28T03:05:00Z',
      byLogin: 'tran.thi.mai@vhttdl.local',
      byName: 'Trần Thị Mai',
      subject: 'PERIOD',
      subjectKey: '11',
      year: 2026,
      action: 'EXTEND',
      reason: 'Đồng chí nghỉ ốm từ 20/11',
      before: '2026-11-30',
      after: '2026-12-05'
    },
    { id: 7, at: '2026-11-01T01:00:00Z', byLogin: 'tran.thi.mai@vhttdl.local', byName: 'Trần Thị Mai', subject: 'SETTING', subjectKey: 'quota.rate', action: 'SET', before: 0.2, after: 0.15 }
  ],
  outsideChanges: [
    { list: 'DGCC_Periods', itemId: 10, title: '', period: { kind: 'MONTH', year: 2026, index: 10 }, changedAt: '2026-11-07T02:00:00Z', changedBy: 'Quản trị hệ thống', why: 'PERIOD_NOT_JOURNALLED' }
  ],
  unitRows: []
};

beforeEach(() => window.history.replaceState(null, '', '/?dgcc-admin=audit'));

describe('Quản trị đánh giá: the audit tab (Nhật ký)', () => {
  it('shows who changed what, when and why, filters by kind, and names the period edited outside the administration', async () => {
    const services = fakeServices({ admin: { audit: { getAudit: () => Promise.resolve(report) } } });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    const journal = await screen.findByRole('table', { name: 'Các thay đổi qua màn hình quản trị (năm 2026)' });
    const rows = within(journal).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // 03:05 UTC is 10:05 in Hà Nội.
    expect(rows[0].textContent).toBe('10:05 28/11/2026Trần Thị MaiKỳ đánh giá 11EXTENDĐồng chí nghỉ ốm từ 20/112026-11-30 → 2026-12-05');
    const outside = screen.getByRole('table', { name: 'Thay đổi làm ngoài màn hình quản trị' });
    expect(outside.textContent).toContain('Tháng 10/2026');
    expect(outside.textContent).toContain('không có ghi nhận trong nhật ký');
    expect(screen.getByText('Không có dòng nào của danh sách đơn vị cần xem lại.')).toBeTruthy();
    // The acts are read only when asked (every list of acts of the year).
    expect(services.calls.some((c) => c.startsWith('admin.audit.getActsThatDoNotCount'))).toBe(false);

    fireEvent.click(screen.getByRole('combobox', { name: /^Loại thay đổi/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Thiết lập' }));
    const filtered = within(screen.getByRole('table', { name: 'Các thay đổi qua màn hình quản trị (năm 2026)' })).getAllByRole('row').slice(1);
    expect(filtered.map((r) => r.textContent)).toEqual([expect.stringContaining('Thiết lập quota.rate')]);
  });

  it('lists the acts that do not count once HR asks, with the check that set each aside', async () => {
    const services = fakeServices({
      admin: {
        audit: {
          getAudit: () => Promise.resolve(report),
          getActsThatDoNotCount: () =>
            Promise.resolve([
              { id: 3, step: 'PERIOD_REVIEW', check: 'AUTHORITY', subjectName: 'Nguyễn Văn An', authorName: 'Lê Văn Bình', at: '2026-11-04T01:00:00Z', reason: 'Lê Văn Bình không phải người quản lý trực tiếp.' }
            ])
        }
      }
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra các bản ghi của năm' }));
    const table = await screen.findByRole('table', { name: 'Bản ghi không được tính năm 2026 (1 bản ghi)' });
    expect(within(table).getAllByRole('row')[1].textContent).toBe('08:00 04/11/2026Chấm điểm kỳNguyễn Văn AnLê Văn BìnhKhông có thẩm quyềnLê Văn Bình không phải người quản lý trực tiếp.');
  });
});
