/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { PeriodForm } from '../../src/components/myEvaluation/PeriodForm';
import type { PeriodDraft } from '../../src/domain/evaluation/periodDraft';
import type { MyPeriodView } from '../../src/services/journey/period';
import { fakeServices, SAMPLE_PERSON } from '../support/fakeServices';
import { vi } from '../support/strings';

const november = { id: 11, kind: 'MONTH' as const, year: 2026, index: 11, status: 'OPEN' as const };
const catalogue = [
  { code: 'VBHC', name: 'Văn bản hành chính', conversionFactor: 1 },
  { code: 'BCCD', name: 'Báo cáo chuyên đề', conversionFactor: 3 }
];
const oneLine: PeriodDraft = {
  lines: [{ key: 'L1', productCode: 'VBHC', description: 'Công văn số 12', assigned: 4, completed: 2, completedOnTime: 2, evidence: ['/sites/danhgia/a.pdf'] }],
  generalCriteriaSelfScore: 27,
  comment: ''
};
const view = (changes: Partial<MyPeriodView> = {}): MyPeriodView => ({
  period: november,
  me: SAMPLE_PERSON,
  catalogue,
  step: 'DRAFT',
  draft: oneLine,
  draftVersion: '"1"',
  canEdit: { allowed: true },
  ...changes
});

function renderForm(services: ReturnType<typeof fakeServices>): void {
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <PeriodForm services={services} periodId={11} />
    </UiProvider>
  );
}

describe('the month’s report (NĐ 335/2025, law.md 5.1)', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows the live score and changes it when a count changes', async () => {
    const services = fakeServices({ period: { getMyPeriod: () => Promise.resolve(view()), saveMyPeriodDraft: () => Promise.resolve({ version: '"2"' }) } });
    renderForm(services);
    // a = b = c = 2/4: 27 + 0.5 × 70 = 62 (Hoàn thành nhiệm vụ).
    const status = await screen.findByText(/Tổng điểm: 62\/100/);
    expect(status.closest('[aria-live="polite"]')).toBeTruthy();
    const line = screen.getByRole('group', { name: 'Sản phẩm 1' });
    fireEvent.change(within(line).getByLabelText('Số đã hoàn thành'), { target: { value: '4' } });
    fireEvent.change(within(line).getByLabelText('Số hoàn thành đúng hạn'), { target: { value: '4' } });
    // a = b = c = 1: 27 + 70 = 97.
    expect(await screen.findByText(/Tổng điểm: 97\/100/)).toBeTruthy();
  });

  it('refuses to submit with problems: the message next to the field in Vietnamese, and a summary that takes the focus', async () => {
    const submit = jest.fn(() => Promise.resolve({ notice: { delivered: [], failed: [] } }));
    const services = fakeServices({ period: { getMyPeriod: () => Promise.resolve(view()), saveMyPeriodDraft: () => Promise.resolve({ version: '"2"' }), submitMyPeriod: submit } });
    renderForm(services);
    const line = await screen.findByRole('group', { name: 'Sản phẩm 1' });
    fireEvent.change(within(line).getByLabelText('Số đã hoàn thành'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Tự chấm tiêu chí chung (0–30 điểm)'), { target: { value: '31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    // Fluent shows a field's message a moment later (DelayedRender), inside the field's own group.
    expect(await within(line).findByText('Không được lớn hơn 4.')).toBeTruthy();
    const selfScore = screen.getByLabelText('Tự chấm tiêu chí chung (0–30 điểm)');
    expect(await within(selfScore.closest('.ms-TextField') as HTMLElement).findByText('Nhập một số từ 0 đến 30.')).toBeTruthy();
    const summary = screen.getByText(/còn 2 chỗ cần sửa/).closest('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toMatch(/Sản phẩm 1 – Số đã hoàn thành: Không được lớn hơn 4\./);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(document.activeElement).toBe(summary);
    expect(submit).not.toHaveBeenCalled();
  });

  it('submits the typed values (27,5 typed the Vietnamese way) once confirmed, and says in one message it was sent and what comes next', async () => {
    const submitted: PeriodDraft[] = [];
    let step: MyPeriodView['step'] = 'DRAFT';
    const services = fakeServices({
      period: {
        getMyPeriod: () => Promise.resolve(step === 'DRAFT' ? view() : view({ step, canEdit: { allowed: false, reason: 'ALREADY_SUBMITTED' }, submission: { draft: submitted[0], submittedAt: '2026-11-28T02:00:00Z' } })),
        saveMyPeriodDraft: () => Promise.resolve({ version: '"2"' }),
        submitMyPeriod: (_id: number, draft: PeriodDraft) => {
          submitted.push(draft);
          step = 'SUBMITTED';
          return Promise.resolve({ notice: { delivered: [{ to: 'vu.duc.minh@vhttdl.local', channel: 'MAIL' as const }], failed: [] } });
        }
      }
    });
    renderForm(services);
    const line = await screen.findByRole('group', { name: 'Sản phẩm 1' });
    fireEvent.change(within(line).getByLabelText('Số được giao'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Tự chấm tiêu chí chung (0–30 điểm)'), { target: { value: '27,5' } });
    fireEvent.change(screen.getByLabelText('Ý kiến'), { target: { value: 'Hoàn thành tốt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    // A submission cannot be taken back: the form asks first, the harmless choice focused.
    const dialog = await screen.findByRole('alertdialog', { name: 'Nộp báo cáo Tháng 11/2026?' });
    expect(dialog.textContent).toContain('Sau khi nộp, báo cáo không sửa được nữa');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Hủy' })));
    expect(submitted).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận nộp' }));
    const message = await screen.findByText(/Đã nộp cho người quản lý trực tiếp/);
    expect(submitted).toEqual([{ ...oneLine, lines: [{ ...oneLine.lines[0], assigned: 5 }], generalCriteriaSelfScore: 27.5, comment: 'Hoàn thành tốt' }]);
    // Read-only now; one message says what happened, who was told and what comes next, and has the focus.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Nộp' })).toBeNull());
    // The act's message box (around Fluent's MessageBar, which has a live region of its own).
    const status = message.closest('[role="status"][tabindex="-1"]') as HTMLElement;
    expect(status.textContent).toBe(
      'Đã nộp cho người quản lý trực tiếp. Đã báo cho: vu.duc.minh@vhttdl.local. Tiếp theo: người quản lý trực tiếp chấm điểm kỳ này; kết quả sẽ hiện tại đây. Nếu cần sửa, kỳ sẽ được trả lại kèm lý do.'
    );
    expect(document.activeElement).toBe(status);
    expect(screen.queryByText(/Bạn đã nộp kỳ này/)).toBeNull();
    expect(document.querySelectorAll('.ms-MessageBar').length).toBe(1);
  });

  it('Escape closes the confirmation without submitting; the focus goes back to “Nộp”', async () => {
    const submit = jest.fn(() => Promise.resolve({ notice: { delivered: [], failed: [] } }));
    const services = fakeServices({ period: { getMyPeriod: () => Promise.resolve(view()), saveMyPeriodDraft: () => Promise.resolve({ version: '"2"' }), submitMyPeriod: submit } });
    renderForm(services);
    const button = await screen.findByRole('button', { name: 'Nộp' });
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Hủy' })));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(submit).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nộp' })));
  });

  it('a returned period shows the manager’s reason on top, as text even when it looks like HTML', async () => {
    const reason = '<b>x</b> thiếu minh chứng';
    const services = fakeServices({
      period: {
        getMyPeriod: () =>
          Promise.resolve(
            view({
              step: 'RETURNED',
              lastReview: { outcome: 'RETURNED', returnReason: reason, comment: '', generalCriteriaScore: 20, assessments: [], reviewerName: 'vu.duc.minh', at: '2026-11-20T02:00:00Z' }
            })
          ),
        saveMyPeriodDraft: () => Promise.resolve({ version: '"2"' })
      }
    });
    renderForm(services);
    expect(await screen.findByText(`Người quản lý trực tiếp đã trả lại kỳ này. Lý do: ${reason}`)).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
    // Editable again.
    expect(screen.getByRole('button', { name: 'Nộp' })).toBeTruthy();
  });

  it('a description typed with markup stays text in the read-only view', async () => {
    const draft: PeriodDraft = { ...oneLine, lines: [{ ...oneLine.lines[0], description: '<b>x</b>' }] };
    const services = fakeServices({
      period: { getMyPeriod: () => Promise.resolve(view({ step: 'SUBMITTED', canEdit: { allowed: false, reason: 'ALREADY_SUBMITTED' }, submission: { draft, submittedAt: '2026-11-28T02:00:00Z' } })) }
    });
    renderForm(services);
    expect(await screen.findByText('<b>x</b>')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
  });
});
