/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { ImportSection } from '../../src/components/evaluationAdmin/import/ImportSection';
import { UiProvider } from '../../src/components/common/UiContext';
import type { IImportService, ImportPreview } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const counts = (NEW: number, CHANGED: number, UNCHANGED: number, REMOVED: number): ImportPreview['counts'] => ({ NEW, CHANGED, UNCHANGED, REMOVED });

const blocked: ImportPreview = {
  kind: 'CATALOGUE',
  fileName: 'danh-muc.xlsx',
  problems: [
    { sheet: 'Danh mục', row: 7, column: 'Hệ số quy đổi', severity: 'ERROR', vi: "phải là số lớn hơn 0, đang là 'abc'.", en: "must be a number greater than 0, it is 'abc'." },
    { sheet: 'Danh mục', row: 9, column: 'Hiệu lực từ', severity: 'WARNING', vi: 'thay đổi có hiệu lực từ ngày nhập.', en: 'the change holds from the import’s day.' }
  ],
  changes: [{ status: 'NEW', key: 'MOI', row: 5, label: 'MOI – Sản phẩm mới', fields: [], effectiveFrom: '2027-01-01' }],
  counts: counts(1, 0, 0, 0),
  blocked: true,
  records: []
};

const ready: ImportPreview = {
  kind: 'CATALOGUE',
  fileName: 'danh-muc.xlsx',
  problems: [],
  changes: [
    { status: 'CHANGED', key: 'VBHC', row: 5, label: 'VBHC – Văn bản hành chính (hệ số 1 → 1,25)', fields: ['Hệ số quy đổi'], effectiveFrom: '2027-01-01' },
    { status: 'UNCHANGED', key: 'BCDK', row: 6, label: 'BCDK – Báo cáo định kỳ', fields: [] }
  ],
  counts: counts(0, 1, 1, 0),
  blocked: false,
  records: []
};

function renderSection(imports: Partial<IImportService>): ReturnType<typeof fakeServices> {
  const services = fakeServices({ admin: { imports } });
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <ImportSection services={services} year={2026} />
    </UiProvider>
  );
  return services;
}

function chooseFile(name: string): void {
  const input = screen.getByLabelText('Tệp Excel (.xlsx)') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4])], name)] } });
}

describe('Nhập từ Excel (import tab)', () => {
  it('lists every problem by row and column, and cannot write a file with errors', async () => {
    const preview = jest.fn(() => Promise.resolve(blocked));
    const apply = jest.fn();
    renderSection({ preview, apply });
    fireEvent.click(screen.getByRole('radio', { name: 'Danh mục sản phẩm' }));
    chooseFile('danh-muc.xlsx');
    const table = await screen.findByRole('table', { name: 'Các vấn đề trong tệp (2)' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1].textContent).toBe("Danh mục7Hệ số quy đổiLỗiphải là số lớn hơn 0, đang là 'abc'.");
    expect(rows[2].textContent).toContain('Lưu ý');
    expect(await screen.findByText('Tệp còn 1 lỗi: sửa các dòng trên trong Excel, lưu lại rồi chọn lại tệp. Chưa có gì được ghi.')).toBeTruthy();
    expect(preview).toHaveBeenCalledWith('CATALOGUE', 'danh-muc.xlsx', expect.anything());
    const write = screen.getByRole('button', { name: 'Ghi vào danh sách' });
    expect(write.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(write);
    expect(apply).not.toHaveBeenCalled();
  });

  it('shows what would change, writes only after the confirmation, then says what was written in one message', async () => {
    const apply = jest.fn(() => Promise.resolve({ kind: 'CATALOGUE' as const, fileName: 'danh-muc.xlsx', counts: counts(0, 1, 1, 0) }));
    renderSection({ preview: () => Promise.resolve(ready), apply });
    fireEvent.click(screen.getByRole('radio', { name: 'Danh mục sản phẩm' }));
    chooseFile('danh-muc.xlsx');
    expect(await screen.findByText('Tệp danh-muc.xlsx: 0 mới, 1 thay đổi, 1 không đổi, 0 bỏ.')).toBeTruthy();
    const changes = screen.getByRole('table', { name: 'Những gì sẽ được ghi' });
    // Unchanged rows are hidden until asked for.
    expect(within(changes).getAllByRole('row')).toHaveLength(2);
    expect(within(changes).getAllByRole('row')[1].textContent).toBe('5Thay đổiVBHC – Văn bản hành chính (hệ số 1 → 1,25)Hệ số quy đổi01/01/2027');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hiện cả các dòng không đổi (1)' }));
    expect(within(screen.getByRole('table', { name: 'Những gì sẽ được ghi' })).getAllByRole('row')).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Ghi vào danh sách' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Ghi 0 mới, 1 thay đổi, 0 bỏ từ tệp danh-muc.xlsx.');
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận ghi' }));
    expect(await screen.findByText('Đã ghi từ tệp danh-muc.xlsx: 0 mới, 1 thay đổi, 0 bỏ.')).toBeTruthy();
    expect(apply).toHaveBeenCalledWith(ready);
  });

  it('lists the year’s plans by unit when the file holds plans', async () => {
    renderSection({
      plans: () =>
        Promise.resolve([
          { year: 2026, kind: 'MONTH', index: 12, login: 'a@x', displayName: 'Nguyễn Văn An', unitCode: 'PC', productCode: 'VBHC', productName: 'Văn bản hành chính', quantity: 4 },
          { year: 2026, kind: 'QUARTER', index: 4, login: 'b@x', displayName: 'Lê Thị Bình', unitCode: 'DSVH', productCode: 'TDDT', productName: 'Thẩm định', quantity: 2 }
        ])
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Kế hoạch tháng/quý' }));
    const table = await screen.findByRole('table', { name: 'Kế hoạch theo đơn vị và kỳ (2 dòng)' });
    expect(within(table).getAllByRole('row')[1].textContent).toBe('PCTháng 12Nguyễn Văn AnVBHC – Văn bản hành chính4');
    expect(within(table).getAllByRole('row')[2].textContent).toBe('DSVHQuý 4Lê Thị BìnhTDDT – Thẩm định2');
  });

  it('says so when the site refuses the write (a user who is not HR)', async () => {
    const refused = Object.assign(new Error('Access denied'), { status: 403 });
    renderSection({ preview: () => Promise.resolve(ready), apply: () => Promise.reject(refused) });
    chooseFile('don-vi.xlsx');
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi vào danh sách' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Xác nhận ghi' }));
    await waitFor(() => expect(screen.getByText(/Đồng chí không có quyền ghi vào các danh sách này/)).toBeTruthy());
  });
});
