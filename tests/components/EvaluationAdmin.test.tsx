/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import * as React from 'react';
import { EvaluationAdmin } from '../../src/components/evaluationAdmin/EvaluationAdmin';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

describe('Quản trị đánh giá (administration) first screen', () => {
  it('names the lists still missing on the site', async () => {
    const services = fakeServices({
      setup: { expectedSchemaVersion: 1, listCount: 11, missingLists: ['DGCC_Periods', 'DGCC_Units'] },
      periods: []
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText('Còn thiếu 2 danh sách: DGCC_Periods, DGCC_Units.')).toBeTruthy();
    expect(await screen.findByText('Chưa mở kỳ đánh giá nào cho năm 2026.')).toBeTruthy();
  });

  it('says when the site’s schema is behind the product', async () => {
    const services = fakeServices({ setup: { expectedSchemaVersion: 2, siteSchemaVersion: 1, listCount: 11, missingLists: [] }, periods: [] });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText('Lược đồ đang ở phiên bản 1; phiên bản hiện hành của phần mềm là 2.')).toBeTruthy();
  });

  it('confirms a complete setup and lists the year’s periods with their status', async () => {
    const services = fakeServices({
      setup: { expectedSchemaVersion: 1, siteSchemaVersion: 1, listCount: 11, missingLists: [] },
      periods: [{ id: 7, kind: 'QUARTER', year: 2026, index: 3, status: 'LOCKED', deadline: '2026-10-10T00:00:00Z' }]
    });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByText('Đã cài đặt đủ 11 danh sách, lược đồ phiên bản 1.')).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Quý 3\/2026/ });
    expect(row.textContent).toBe('Quý 3/2026Đã khóa10/10/2026');
  });
});
