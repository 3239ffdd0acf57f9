/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { UnitDashboard } from '../../src/components/unitDashboard/UnitDashboard';
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

  it('says there is nothing to show for a year without data', async () => {
    render(<UnitDashboard services={fakeServices({ progress: [] })} strings={vi} locale="vi-VN" evaluationYear={2024} />);
    expect(await screen.findByText('Chưa có dữ liệu đánh giá năm 2024 trong phạm vi bạn được xem.')).toBeTruthy();
  });
});
