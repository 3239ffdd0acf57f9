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
import { DEFAULT_MAU01 } from '../../src/domain/rating/mau01';

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
          return Promise.resolve({ notice: { delivered: [{ to: 'vu.duc.minh@vhttdl.local', channel: 'MAIL' as const, name: 'Vũ Đức Minh (Trưởng phòng Quản lý di tích)' }], failed: [] } });
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
    const dialog = await screen.findByRole('alertdialog', { name: 'Nộp báo cáo tháng 11/2026?' });
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
      'Đã nộp cho người quản lý trực tiếp. Đã báo cho: Vũ Đức Minh (Trưởng phòng Quản lý di tích). Tiếp theo: người quản lý trực tiếp chấm điểm kỳ này; kết quả sẽ hiện tại đây. Nếu cần sửa, kỳ sẽ được trả lại kèm lý do.'
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

describe('the month’s report records Mẫu 01’s general criteria by sub-criterion (official-documents.md 1.1; NĐ 335/2025: 30 points)', () => {
  beforeEach(() => window.localStorage.clear());
  // The national form: I.1, I.2 of 5 points; II.1–II.4 and III.1–III.4 of 2,5.
  const byCriterion = (changes: Partial<MyPeriodView> = {}): MyPeriodView =>
    view({ mau01: DEFAULT_MAU01, draft: { ...oneLine, generalCriteriaSelfScore: undefined }, ...changes });
  const fullMarks: Array<[string, string]> = [
    ['I.1', '5'],
    ['I.2', '5'],
    ['II.1', '2,5'],
    ['II.2', '2,5'],
    ['II.3', '2,5'],
    ['II.4', '2,5'],
    ['III.1', '2,5'],
    ['III.2', '2,5'],
    ['III.3', '2,5'],
    ['III.4', '2,5']
  ];
  const boxOf = (key: string, max: string): HTMLElement => screen.getByLabelText(`Điểm tiêu chí ${key} (tối đa ${max})`);
  const maxOf = (key: string): string => (key.indexOf('I.') === 0 ? '5' : '2,5');

  it('a table per group, a box per criterion named by its number and maximum; subtotals and the total of 30 follow the typing; items 4 and 5 are submitted with the parts', async () => {
    const submitted: PeriodDraft[] = [];
    const services = fakeServices({
      period: {
        getMyPeriod: () => Promise.resolve(byCriterion()),
        saveMyPeriodDraft: () => Promise.resolve({ version: '"2"' }),
        submitMyPeriod: (_id: number, draft: PeriodDraft) => {
          submitted.push(draft);
          return Promise.resolve({ notice: { delivered: [], failed: [] } });
        }
      }
    });
    renderForm(services);
    expect(await screen.findByRole('table', { name: /^I\. Phẩm chất chính trị.*\(tối đa 10 điểm\)$/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /^III\. Năng lực đổi mới.*\(tối đa 10 điểm\)$/ })).toBeTruthy();
    // Nothing typed yet: the live score waits for the general criteria.
    expect(screen.getByText('Điểm tiêu chí chung: 0/30; còn 10 tiêu chí chưa chấm.')).toBeTruthy();
    fullMarks.forEach(([key, typed]) => fireEvent.change(boxOf(key, maxOf(key)), { target: { value: typed } }));
    // I.1 gets 4,5 instead of 5: group I makes 9,5 of 10, the general criteria 29,5 of 30.
    fireEvent.change(boxOf('I.1', '5'), { target: { value: '4,5' } });
    const groupOne = screen.getByRole('table', { name: /^I\. Phẩm chất/ });
    expect(within(groupOne).getByRole('row', { name: /Cộng nhóm I/ }).textContent).toContain('9,5');
    expect(screen.getByText('Điểm tiêu chí chung: 29,5/30')).toBeTruthy();
    // a = b = c = 2/4: 29,5 + 0,5 × 70 = 64,5.
    expect(await screen.findByText(/Tổng điểm: 64,5\/100/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('4. Ưu điểm'), { target: { value: 'Chủ động, đúng hạn' } });
    fireEvent.change(screen.getByLabelText('5. Hạn chế, khuyết điểm'), { target: { value: 'Còn chậm báo cáo tổng hợp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận nộp' }));
    await screen.findByText(/Đã nộp cho người quản lý trực tiếp/);
    expect(submitted).toHaveLength(1);
    expect(submitted[0].generalCriteriaSelfParts).toEqual({
      'I.1': 4.5,
      'I.2': 5,
      'II.1': 2.5,
      'II.2': 2.5,
      'II.3': 2.5,
      'II.4': 2.5,
      'III.1': 2.5,
      'III.2': 2.5,
      'III.3': 2.5,
      'III.4': 2.5
    });
    expect(submitted[0].generalCriteriaSelfScore).toBe(29.5);
    expect(submitted[0].strengths).toBe('Chủ động, đúng hạn');
    expect(submitted[0].weaknesses).toBe('Còn chậm báo cáo tổng hợp');
  });

  it('a part above its maximum or left empty is said next to its box, and the summary names the criterion', async () => {
    const submit = jest.fn();
    const services = fakeServices({ period: { getMyPeriod: () => Promise.resolve(byCriterion()), saveMyPeriodDraft: () => Promise.resolve({ version: '"2"' }), submitMyPeriod: submit } });
    renderForm(services);
    await screen.findByLabelText('Điểm tiêu chí I.1 (tối đa 5)');
    fullMarks.forEach(([key, typed]) => key !== 'II.1' && fireEvent.change(boxOf(key, maxOf(key)), { target: { value: typed } }));
    fireEvent.change(boxOf('I.2', '5'), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nộp' }));
    const iTwo = boxOf('I.2', '5');
    expect(await within(iTwo.closest('.ms-TextField') as HTMLElement).findByText('Nhập một số từ 0 đến 5.')).toBeTruthy();
    expect(await within(boxOf('II.1', '2,5').closest('.ms-TextField') as HTMLElement).findByText('Bắt buộc nhập.')).toBeTruthy();
    const summary = screen.getByText(/còn 2 chỗ cần sửa/).closest('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toMatch(/Điểm tiêu chí I\.2 \(tối đa 5\): Nhập một số từ 0 đến 5\./);
    expect(summary.textContent).toMatch(/Điểm tiêu chí II\.1 \(tối đa 2,5\): Bắt buộc nhập\./);
    expect(submit).not.toHaveBeenCalled();
  });

  it('keeps the parts in the draft as they are typed (a reload loses nothing)', async () => {
    const saved: PeriodDraft[] = [];
    const services = fakeServices({
      period: {
        getMyPeriod: () => Promise.resolve(byCriterion()),
        saveMyPeriodDraft: (_id: number, draft: PeriodDraft) => {
          saved.push(draft);
          return Promise.resolve({ version: `"${saved.length + 1}"` });
        }
      }
    });
    renderForm(services);
    fireEvent.change(await screen.findByLabelText('Điểm tiêu chí III.2 (tối đa 2,5)'), { target: { value: '1,75' } });
    const kept = Object.keys(window.localStorage).map((k) => window.localStorage.getItem(k) || '');
    expect(kept.some((text) => text.indexOf('"III.2":1.75') >= 0)).toBe(true);
    await waitFor(() => expect(saved.length).toBeGreaterThan(0), { timeout: 5000 });
    expect(saved[saved.length - 1].generalCriteriaSelfParts).toEqual({ 'III.2': 1.75 });
  });

  it('an older submission that holds only the total shows it, noted as recorded as one figure', async () => {
    const services = fakeServices({
      period: {
        getMyPeriod: () =>
          Promise.resolve(byCriterion({ step: 'SUBMITTED', canEdit: { allowed: false, reason: 'ALREADY_SUBMITTED' }, submission: { draft: oneLine, submittedAt: '2026-11-28T02:00:00Z' } }))
      }
    });
    renderForm(services);
    expect(await screen.findByText('Điểm tiêu chí chung do cá nhân tự chấm: 27/30 (ghi nhận là một con số tổng, không theo từng tiêu chí).')).toBeTruthy();
  });

  it('once scored, the competent level’s scores read back by criterion (or as its one figure), and its remark is item 6', async () => {
    const scored = (generalCriteriaParts?: { [key: string]: number }): MyPeriodView =>
      byCriterion({
        step: 'REVIEWED',
        canEdit: { allowed: false, reason: 'ALREADY_REVIEWED' },
        submission: { draft: oneLine, submittedAt: '2026-11-28T02:00:00Z' },
        lastReview: { outcome: 'APPROVED', comment: 'Cần phát huy', generalCriteriaScore: 26, generalCriteriaParts, assessments: [], score: 88, level: 'HTTNV', reviewerName: 'Vũ Đức Minh', at: '2026-11-29T02:00:00Z' }
      });
    const withParts = { 'I.1': 4, 'I.2': 4, 'II.1': 2.5, 'II.2': 2.5, 'II.3': 2.5, 'II.4': 2.5, 'III.1': 2, 'III.2': 2, 'III.3': 2, 'III.4': 2 };
    const services = fakeServices({ period: { getMyPeriod: () => Promise.resolve(scored(withParts)) } });
    renderForm(services);
    const table = await screen.findByRole('table', { name: 'Điểm tiêu chí chung do cấp có thẩm quyền đánh giá' });
    expect(within(table).getByRole('row', { name: /Tổng cộng/ }).textContent).toMatch(/3026$/);
    expect(screen.getByText('6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá: Cần phát huy')).toBeTruthy();
  });

  it('a submission by criterion reads back as Section I’s table', async () => {
    const parts = { 'I.1': 5, 'I.2': 4, 'II.1': 2.5, 'II.2': 2.5, 'II.3': 2, 'II.4': 2.5, 'III.1': 2.5, 'III.2': 2.5, 'III.3': 2.5, 'III.4': 2.5 };
    const draft: PeriodDraft = { ...oneLine, generalCriteriaSelfParts: parts, generalCriteriaSelfScore: 28.5, strengths: 'Tận tụy' };
    const services = fakeServices({
      period: { getMyPeriod: () => Promise.resolve(byCriterion({ step: 'SUBMITTED', canEdit: { allowed: false, reason: 'ALREADY_SUBMITTED' }, submission: { draft, submittedAt: '2026-11-28T02:00:00Z' } })) }
    });
    renderForm(services);
    const table = await screen.findByRole('table', { name: 'Điểm tiêu chí chung do cá nhân tự chấm' });
    expect(within(table).getByRole('row', { name: /^II\.3 Tinh thần trách nhiệm/ }).textContent).toMatch(/2,52$/);
    expect(within(table).getByRole('row', { name: /Tổng cộng/ }).textContent).toMatch(/3028,5$/);
    expect(screen.getByText('Tận tụy')).toBeTruthy();
  });
});
