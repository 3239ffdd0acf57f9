/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import type { ProductDraft, ProductVersion } from '../../src/domain/admin/catalogue';
import { CatalogueSection } from '../../src/components/evaluationAdmin/catalogue/CatalogueSection';
import { UiProvider } from '../../src/components/common/UiContext';
import type { CatalogueAdminView } from '../../src/services/admin/contracts';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

const TODAY = '2026-12-06T09:00:00.000Z';
const v = (id: number, patch: Partial<ProductVersion> & { code: string }): ProductVersion => ({
  id,
  name: `Sản phẩm ${patch.code}`,
  conversionFactor: 1,
  group: 'Văn bản',
  effectiveFrom: '2026-01-01T00:00:00Z',
  recordedBy: 'Trần Thị Mai',
  recordedAt: '2026-01-02T02:00:00Z',
  ...patch
});

function view(): CatalogueAdminView {
  return {
    today: TODAY,
    units: [
      { code: 'BO', name: 'Bộ Văn hóa, Thể thao và Du lịch' },
      { code: 'DSVH', name: 'Cục Di sản văn hóa', parentCode: 'BO' },
      { code: 'TTB', name: 'Thanh tra Bộ', parentCode: 'BO' }
    ],
    versions: [
      v(1, { code: 'VBHC', name: 'Văn bản hành chính', conversionFactor: 1 }),
      v(2, { code: 'BCDK', name: 'Báo cáo định kỳ', conversionFactor: 1.5, group: 'Báo cáo' }),
      v(3, { code: 'TDDT', name: 'Thẩm định hồ sơ di tích', conversionFactor: 4, group: 'Hồ sơ', unitCode: 'DSVH' }),
      v(4, { code: 'KLTT', name: 'Kết luận thanh tra', conversionFactor: 6, group: 'Hồ sơ', unitCode: 'TTB' }),
      v(5, { code: 'VBHC', name: 'Văn bản hành chính', conversionFactor: 1.2, effectiveFrom: '2026-07-01T00:00:00Z' }),
      v(6, { code: 'CU', name: 'Sản phẩm cũ', effectiveTo: '2026-06-01T00:00:00Z' })
    ]
  };
}

function renderSection(admin: Parameters<typeof fakeServices>[0]['admin']): ReturnType<typeof fakeServices> {
  const services = fakeServices({ periods: [], admin });
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <CatalogueSection services={services} />
    </UiProvider>
  );
  return services;
}

describe('Danh mục sản phẩm (HR’s catalogue tab)', () => {
  it('groups the products in force, shows the factor in force today, which are in use, and filters by unit', async () => {
    renderSection({ catalogue: { list: async () => view(), uses: async () => ({ VBHC: { code: 'VBHC', reports: 12, lastPeriodEnd: '2026-11-30T23:59:59.999Z' } }) } });
    const table = await screen.findByRole('table', { name: /Danh mục sản phẩm áp dụng ngày 06\/12\/2026: Tất cả đơn vị/ });
    const groups = within(table).getAllByRole('rowheader').filter((h) => h.getAttribute('scope') === 'rowgroup').map((h) => h.textContent);
    expect(groups).toEqual(['Báo cáo', 'Hồ sơ', 'Văn bản']);
    const vbhc = within(table).getByRole('row', { name: /Văn bản hành chính/ });
    expect(vbhc.textContent).toContain('1,2');
    expect(await within(vbhc).findByText(/Đang được dùng \(12 báo cáo, kỳ gần nhất kết thúc 30\/11\/2026\)/)).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Báo cáo định kỳ/ }).textContent).toContain('Chưa được dùng');
    // Retired products are not offered any more.
    expect(within(table).queryByText('Sản phẩm cũ')).toBeNull();

    // The Thanh tra's catalogue: ministry-wide products and its own, not the Cục's.
    fireEvent.click(screen.getByRole('combobox', { name: /Đơn vị áp dụng/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Thanh tra Bộ' }));
    const filtered = await screen.findByRole('table', { name: /Thanh tra Bộ/ });
    expect(within(filtered).queryByText('Thẩm định hồ sơ di tích')).toBeNull();
    expect(within(filtered).getByText('Kết luận thanh tra')).toBeTruthy();
  });

  it('refuses a product typed wrong next to each field, writes nothing, then adds a good one and says so', async () => {
    const added: ProductDraft[] = [];
    const services = renderSection({
      catalogue: {
        list: async () => view(),
        uses: async () => ({}),
        add: async (draft: ProductDraft) => {
          added.push(draft);
        }
      }
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm sản phẩm' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Mã sản phẩm/ }), { target: { value: 'VBHC' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Hệ số quy đổi/ }), { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm' }));
    expect(await within(dialog).findByText('Danh mục đã có mã này: dùng “Sửa đổi” trên dòng của sản phẩm đó.')).toBeTruthy();
    expect(within(dialog).getByText('Nhập một số từ 0,01 đến 100.')).toBeTruthy();
    expect(within(dialog).getAllByText('Bắt buộc nhập.')).toHaveLength(2); // the name and the group
    expect(services.calls.some((c) => c.startsWith('admin.catalogue.add'))).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Mã sản phẩm/ }), { target: { value: 'bccd' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tên sản phẩm/ }), { target: { value: 'Báo cáo chuyên đề' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Nhóm sản phẩm/ }), { target: { value: 'Báo cáo' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Hệ số quy đổi/ }), { target: { value: '2,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm' }));
    expect(await screen.findByText('Đã thêm sản phẩm BCCD – Báo cáo chuyên đề vào danh mục.')).toBeTruthy();
    expect(added).toEqual([expect.objectContaining({ code: 'bccd', conversionFactor: 2.5, group: 'Báo cáo', effectiveFrom: '2026-12-06' })]);
  });

  it('a retirement dated within a period that used the product is refused before anything is sent', async () => {
    const retired: string[] = [];
    const services = renderSection({
      catalogue: {
        list: async () => view(),
        uses: async () => ({ BCDK: { code: 'BCDK', reports: 3, lastPeriodEnd: '2026-12-31T23:59:59.999Z' } }),
        retire: async (code: string, to: string) => {
          retired.push(`${code} ${to}`);
        }
      }
    });
    await screen.findByText(/Đang được dùng \(3 báo cáo/);
    fireEvent.click(screen.getByRole('button', { name: 'Ngừng áp dụng sản phẩm Báo cáo định kỳ' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/kỳ gần nhất dùng sản phẩm kết thúc ngày 31\/12\/2026/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ngừng áp dụng' }));
    expect(await within(dialog).findByText('Báo cáo của kỳ kết thúc ngày 2026-12-31 đã dùng sản phẩm này: chọn ngày sau ngày đó.')).toBeTruthy();
    expect(services.calls.some((c) => c.startsWith('admin.catalogue.retire'))).toBe(false);
    fireEvent.change(within(dialog).getByLabelText(/Ngừng áp dụng từ ngày/), { target: { value: '2027-01-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ngừng áp dụng' }));
    expect(await screen.findByText('Đã ngừng áp dụng sản phẩm BCDK – Báo cáo định kỳ từ ngày 01/01/2027.')).toBeTruthy();
    expect(retired).toEqual(['BCDK 2027-01-01']);
  });

  it('shows a product’s history, newest first, with who recorded each row', async () => {
    renderSection({ catalogue: { list: async () => view(), uses: async () => ({}) } });
    fireEvent.click(await screen.findByRole('button', { name: 'Lịch sử sản phẩm Văn bản hành chính' }));
    const history = await screen.findByRole('table', { name: 'Các dòng đã ghi của sản phẩm Văn bản hành chính, mới nhất trước' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('1,2'),
      expect.stringContaining('Trần Thị Mai, 02/01/2026')
    ]);
    expect(rows[0].textContent).toContain('01/07/2026');
  });
});
