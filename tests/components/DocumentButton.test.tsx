/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { DocumentButton } from '../../src/components/documents/DocumentButton';
import { DashboardDocuments } from '../../src/components/documents/DashboardDocuments';
import { UiProvider } from '../../src/components/common/UiContext';
import type { DocumentKind, RenderedDocument } from '../../src/domain/documents/inputs';
import type { DocumentArgs, IDocumentService } from '../../src/services/documents/contracts';
import { DocumentNotAllowedError } from '../../src/services/documents/errors';
import { vi } from '../support/strings';

function deferredService(): { service: IDocumentService; calls: Array<[DocumentKind, DocumentArgs]>; settle: (outcome: RenderedDocument | Error) => void } {
  const calls: Array<[DocumentKind, DocumentArgs]> = [];
  let settle: (outcome: RenderedDocument | Error) => void = () => undefined;
  const service: IDocumentService = {
    generate: (kind, args) => {
      calls.push([kind, args]);
      return new Promise((resolve, reject) => {
        settle = (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome));
      });
    }
  };
  return { service, calls, settle: (outcome) => settle(outcome) };
}

const inVietnamese = (node: JSX.Element): JSX.Element => (
  <UiProvider ui={{ strings: vi, locale: "vi-VN" }}>
    {node}
  </UiProvider>
);

describe('the documents’ download button', () => {
  const created: Blob[] = [];
  let clicked: HTMLAnchorElement[] = [];
  beforeEach(() => {
    created.length = 0;
    clicked = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('asks for the document, is busy meanwhile, then saves the file under its name through an <a download> and says so', async () => {
    const { service, calls, settle } = deferredService();
    render(inVietnamese(<DocumentButton services={{ documents: service }} kind="phieu-ky" args={{ year: 2026, period: 10 }} label="Tải phiếu (Word)" ariaLabel="Tải phiếu theo dõi, đánh giá Tháng 10/2026 (Word)" />));
    fireEvent.click(screen.getByRole('button', { name: 'Tải phiếu theo dõi, đánh giá Tháng 10/2026 (Word)' }));
    expect(calls).toEqual([['phieu-ky', { year: 2026, period: 10 }]]);
    expect(screen.getByRole('button').textContent).toBe('Đang tạo văn bản…');
    await act(async () => settle({ fileName: 'phieu-10-2026.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array([80, 75, 3, 4]) }));
    expect(clicked.map((a) => a.download)).toEqual(['phieu-10-2026.docx']);
    expect(created[0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(created[0].size).toBe(4);
    // Fluent's MessageBar: a status region (its text rendered a moment later, for screen readers to read it out)
    expect(screen.getByRole('status')).toBeDefined();
    expect(await screen.findByText(/Đã tải xuống phieu-10-2026\.docx/)).toBeDefined();
    expect(screen.getByRole('button', { name: 'Tải phiếu theo dõi, đánh giá Tháng 10/2026 (Word)' }).textContent).toBe('Tải phiếu (Word)');
  });

  it('a refusal says who does provide the document; another failure says what to do; nothing is saved', async () => {
    const { service, settle } = deferredService();
    render(inVietnamese(<DocumentButton services={{ documents: service }} kind="bien-ban" args={{ year: 2025, unitCode: 'DSVH-2' }} label="Tải biên bản họp (Word)" />));
    fireEvent.click(screen.getByRole('button', { name: 'Tải biên bản họp (Word)' }));
    await act(async () => settle(new DocumentNotAllowedError('NOT_ENTITLED', 'Chỉ người chủ trì…')));
    expect(screen.getByRole('alert')).toBeDefined();
    expect(await screen.findByText(/Đồng chí không có quyền nhận văn bản này.*Vụ Tổ chức cán bộ/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Tải biên bản họp (Word)' }));
    await act(async () => settle(new Error('network down')));
    expect(await screen.findByText(/network down.*Tải lại trang rồi thử lại/)).toBeDefined();
    expect(clicked).toHaveLength(0);
  });

  it('is not shown where the page has no documents service', () => {
    const { container } = render(inVietnamese(<DocumentButton services={{}} kind="danh-sach" args={{ year: 2025 }} label="Tải danh sách kết quả (Excel)" />));
    expect(container.textContent).toBe('');
  });

  it('the dashboard offers the list of each unit the reader keeps or decides, the ministry’s to HR only, the notice to a published unit’s members', () => {
    const { service } = deferredService();
    const base = { staffCount: 2, submittedCount: 2, reviewedCount: 2, decidedCount: 2, ratings: {}, ignoredActs: 0 };
    const published = [{ login: 'a@x', displayName: 'A', rating: 'HTTNV' as const }];
    const { rerender } = render(
      inVietnamese(
        <DashboardDocuments
          services={{ documents: service }}
          year={2025}
          units={[
            { ...base, unitCode: 'DSVH-2', unitName: 'Cục Di sản văn hóa › Phòng Quản lý di tích', readerActsOnYear: true },
            { ...base, unitCode: 'DA-1', unitName: 'Cục Điện ảnh › Phòng Phổ biến phim', readerIsMember: true, published }
          ]}
        />
      )
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Tải danh sách kết quả năm 2025 của Cục Di sản văn hóa › Phòng Quản lý di tích (Excel)',
      'Tải thông báo kết quả năm 2025 của Cục Điện ảnh › Phòng Phổ biến phim (Word)'
    ]);
    rerender(inVietnamese(<DashboardDocuments services={{ documents: service }} year={2025} units={[{ ...base, unitCode: 'TCCB', unitName: 'Vụ Tổ chức cán bộ', readerIsHr: true }]} />));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Tải danh sách kết quả năm 2025 của Bộ (Excel)']);
    rerender(inVietnamese(<DashboardDocuments services={{ documents: service }} year={2025} units={[{ ...base, unitCode: 'DA-1', unitName: 'Phòng Phổ biến phim', readerIsMember: true }]} />));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
