/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { UnitDashboard } from '../../src/components/unitDashboard/UnitDashboard';
import { placeFromSearch } from '../../src/domain/place';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

describe('Tổng hợp đơn vị (unit dashboard) first screen', () => {
  it('shows each unit’s progress and its count of each rating, with the levels spelled out for screen readers', async () => {
    const services = fakeServices({
      progress: [
        { unitCode: 'KHTC', unitName: 'Vụ Kế hoạch, Tài chính', staffCount: 1200, submittedCount: 1150, reviewedCount: 1100, decidedCount: 20, ratings: { HTXSNV: 2, HTTNV: 15, HTNV: 3 }, ignoredActs: 1 }
      ]
    });
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);

    const table = await screen.findByRole('table', { name: 'Tiến độ và kết quả năm 2026' });
    const row = within(table).getByRole('row', { name: /Vụ Kế hoạch, Tài chính/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    // 1.200 is how vi-VN groups thousands.
    expect(cells).toEqual(['1.200', '1.150', '1.100', '20', '2', '15', '3', '0', '1']);
    expect(within(table).getByTitle('Hoàn thành xuất sắc nhiệm vụ').textContent).toBe('HTXSNV');
    expect(services.calls).toEqual(['getUnitProgress(2026)']);
  });

  it('links each unit whose year the reader acts in to its sheet in “Duyệt và quyết định”, and no other unit', async () => {
    const base = { staffCount: 2, submittedCount: 2, reviewedCount: 2, decidedCount: 2, ratings: { HTTNV: 2 }, ignoredActs: 0 };
    const services = fakeServices({
      progress: [
        { ...base, unitCode: 'BC-3', unitName: 'Cục Báo chí › Phòng Báo điện tử', readerActsOnYear: true },
        { ...base, unitCode: 'DA-1', unitName: 'Cục Điện ảnh › Phòng Phổ biến phim', readerActsOnYear: false }
      ]
    });
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    const link = await screen.findByRole('link', { name: 'Cục Báo chí › Phòng Báo điện tử' });
    const target = new URL(link.getAttribute('href') as string, window.location.href);
    expect(target.pathname).toBe(window.location.pathname);
    expect(placeFromSearch(target.search)).toEqual({ view: 'review', screen: 'unitYear', year: 2026, unit: 'BC-3' });
    expect(link.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(link.getAttribute('aria-describedby') as string)?.textContent).toBe(
      'Mở nhận xét, đánh giá và quyết định xếp loại năm 2026 của đơn vị (Duyệt và quyết định)'
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('rowheader', { name: 'Cục Điện ảnh › Phòng Phổ biến phim' })).toBeTruthy();
  });

  it('says there is nothing to show for a year without data', async () => {
    render(<UnitDashboard services={fakeServices({ progress: [] })} strings={vi} locale="vi-VN" evaluationYear={2024} />);
    expect(await screen.findByText('Chưa có dữ liệu đánh giá năm 2024 trong phạm vi đồng chí được xem.')).toBeTruthy();
  });

  it('shows the reader’s own unit its published results, person by person (NĐ 90/2020 Điều 21), and no other unit’s', async () => {
    const base = { staffCount: 2, submittedCount: 2, reviewedCount: 2, decidedCount: 2, ratings: { HTXSNV: 1, HTTNV: 1 }, ignoredActs: 0 };
    const services = fakeServices({
      progress: [
        { ...base, unitCode: 'BC-3', unitName: 'Cục Báo chí › Phòng Báo điện tử', readerIsMember: true, published: [{ login: 'a@x', displayName: 'Đinh Kim Mai', rating: 'HTXSNV' }, { login: 'b@x', displayName: '<b>Đoàn Anh Phong</b>', rating: 'HTTNV' }] },
        { ...base, unitCode: 'BC-2', unitName: 'Cục Báo chí › Phòng Báo in', readerIsMember: false, published: [{ login: 'c@x', displayName: 'Trần Đức Long', rating: 'HTTNV' }] }
      ]
    });
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    const mine = await screen.findByRole('table', { name: 'Kết quả xếp loại năm 2026 đã công khai trong đơn vị: Cục Báo chí › Phòng Báo điện tử' });
    expect(within(mine).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['Đinh Kim MaiHoàn thành xuất sắc nhiệm vụ', '<b>Đoàn Anh Phong</b>Hoàn thành tốt nhiệm vụ']);
    expect(screen.queryByRole('table', { name: /Phòng Báo in/ })).toBeNull();
  });
});

describe('the dashboard’s year, kept in the address', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('offers this year and the two before; choosing one loads it and puts it in the address (a new history entry)', async () => {
    window.history.replaceState(null, '', '/');
    const services = fakeServices({ progress: [] });
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByText('Chưa có dữ liệu đánh giá năm 2026 trong phạm vi đồng chí được xem.');
    const chooser = screen.getByRole('combobox', { name: 'Năm đánh giá' }) as HTMLSelectElement;
    expect(Array.from(chooser.options).map((o) => o.value)).toEqual(['2026', '2025', '2024']);
    const entries = window.history.length;
    fireEvent.change(chooser, { target: { value: '2025' } });
    expect(await screen.findByText('Chưa có dữ liệu đánh giá năm 2025 trong phạm vi đồng chí được xem.')).toBeTruthy();
    expect(services.calls).toEqual(['getUnitProgress(2026)', 'getUnitProgress(2025)']);
    expect(placeFromSearch(window.location.search)).toEqual({ view: 'dashboard', year: 2025 });
    expect(window.history.length).toBe(entries + 1);
  });

  it('lands on the year a link names, and ignores a year it does not offer', async () => {
    window.history.replaceState(null, '', '/?dgcc-view=dashboard&dgcc-year=2024');
    const services = fakeServices({ progress: [] });
    const { unmount } = render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByText('Chưa có dữ liệu đánh giá năm 2024 trong phạm vi đồng chí được xem.');
    unmount();
    window.history.replaceState(null, '', '/?dgcc-view=dashboard&dgcc-year=1999');
    render(<UnitDashboard services={services} strings={vi} locale="vi-VN" />);
    await screen.findByText('Chưa có dữ liệu đánh giá năm 2026 trong phạm vi đồng chí được xem.');
    expect(services.calls).toEqual(['getUnitProgress(2024)', 'getUnitProgress(2026)']);
  });
});
