/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { PeriodReviewForm } from '../../src/components/reviewAndDecide/PeriodReviewForm';
import type { PeriodReviewInput, PeriodReviewView } from '../../src/services/journey/period';
import { fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';
import { DEFAULT_MAU01 } from '../../src/domain/rating/mau01';

const view = (changes: Partial<PeriodReviewView> = {}): PeriodReviewView => ({
  period: { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN' },
  subject: { id: 'an', userPrincipalName: 'nguyen.van.an@vhttdl.local', displayName: 'Nguyễn Văn An' },
  catalogue: [
    { code: 'VBHC', name: 'Văn bản hành chính', conversionFactor: 1 },
    { code: 'BCCD', name: 'Báo cáo chuyên đề', conversionFactor: 3 }
  ],
  isLeader: false,
  submission: {
    submittedAt: '2026-11-27T02:00:00Z',
    draft: {
      lines: [
        { key: 'L1', productCode: 'VBHC', description: '<b>x</b> công văn', assigned: 4, completed: 4, completedOnTime: 4, evidence: [] },
        { key: 'L2', productCode: 'BCCD', description: 'Báo cáo quý', assigned: 2, completed: 1, completedOnTime: 1, evidence: [] }
      ],
      generalCriteriaSelfScore: 27,
      comment: ''
    }
  },
  previousReviews: [],
  canReview: { allowed: true },
  ...changes
});

function renderForm(services: ReturnType<typeof fakeServices>, onDone: () => void = () => undefined): void {
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <PeriodReviewForm services={services} subjectLogin="nguyen.van.an@vhttdl.local" periodId={11} onDone={onDone} />
    </UiProvider>
  );
}

describe('the direct manager’s scoring of a month (NĐ 335/2025, law.md 5.1)', () => {
  it('scores live with the 25 % deductions and approves with the typed values', async () => {
    const reviews: PeriodReviewInput[] = [];
    const onDone = jest.fn();
    const services = fakeServices({
      period: {
        getPeriodReview: () => Promise.resolve(view()),
        reviewPeriod: (_login: string, _id: number, review: PeriodReviewInput) => {
          reviews.push(review);
          return Promise.resolve({ score: 72.25, level: 'HTTNV' as const, notice: { delivered: [], failed: [] } });
        }
      }
    });
    renderForm(services, onDone);
    // The submitted description is text, not markup.
    expect(await screen.findByText('<b>x</b> công văn')).toBeTruthy();
    expect(document.querySelector('b')).toBeNull();
    fireEvent.change(screen.getByLabelText('Điểm tiêu chí chung (0–30)'), { target: { value: '25' } });
    const first = screen.getByRole('group', { name: /Sản phẩm 1/ });
    const second = screen.getByRole('group', { name: /Sản phẩm 2/ });
    fireEvent.change(within(first).getByLabelText('Số lỗi lớn về nội dung'), { target: { value: '2' } });
    fireEvent.change(within(first).getByLabelText('Số lần chậm tiến độ'), { target: { value: '1' } });
    fireEvent.change(within(second).getByLabelText('Số lần chậm tiến độ'), { target: { value: '1' } });
    fireEvent.click(within(second).getByLabelText('Chậm do nguyên nhân khách quan, đã được xác nhận (không trừ điểm)'));
    // a = 0.7, b = 0.65, c = 0.675: (a+b+c)/3 × 70 = 47.25; + 25 = 72.25.
    expect(await screen.findByText(/Tổng điểm: 72,25\/100/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt' }));
    expect(await screen.findByText(/Đã duyệt/)).toBeTruthy();
    expect(reviews).toEqual([
      {
        outcome: 'APPROVED',
        generalCriteriaScore: 25,
        returnReason: '',
        leaderComponents: undefined,
        comment: '',
        assessments: [
          { workItemKey: 'L1', completedMeetingQuality: 4, majorErrors: 2, delays: 1, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: false },
          { workItemKey: 'L2', completedMeetingQuality: 1, majorErrors: 0, delays: 1, majorErrorsObjectiveCauseConfirmed: false, delaysObjectiveCauseConfirmed: true }
        ]
      }
    ]);
    expect(onDone).toHaveBeenCalled();
  });

  it('a return needs its reason, said next to the field; errors beyond those meeting quality are refused', async () => {
    const review = jest.fn();
    const services = fakeServices({ period: { getPeriodReview: () => Promise.resolve(view()), reviewPeriod: review } });
    renderForm(services);
    fireEvent.click(await screen.findByRole('button', { name: 'Trả lại' }));
    const reason = screen.getByLabelText('Lý do trả lại (bắt buộc khi trả lại)');
    expect(await within(reason.closest('.ms-TextField') as HTMLElement).findByText('Bắt buộc nhập.')).toBeTruthy();

    const first = screen.getByRole('group', { name: /Sản phẩm 1/ });
    fireEvent.change(within(first).getByLabelText('Số lỗi lớn về nội dung'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Điểm tiêu chí chung (0–30)'), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt' }));
    expect(await within(first).findByText('Không được lớn hơn 4.')).toBeTruthy();
    expect(review).not.toHaveBeenCalled();
  });

  it('a leader’s period asks for d, đ, e (unit head or deputy)', async () => {
    const leader = fakeServices({ period: { getPeriodReview: () => Promise.resolve(view({ isLeader: true })) } });
    renderForm(leader);
    expect(await screen.findByLabelText('Kết quả của đơn vị (d, %)')).toBeTruthy();
    expect(screen.getByLabelText('Năng lực lãnh đạo, quản lý (đ, %)')).toBeTruthy();
    expect(screen.getByLabelText('Năng lực tập hợp, đoàn kết (e, %)')).toBeTruthy();
  });

  it('someone who is not the direct manager sees why, and no buttons', async () => {
    const other = fakeServices({ period: { getPeriodReview: () => Promise.resolve(view({ canReview: { allowed: false, reason: 'NOT_DIRECT_MANAGER' } })) } });
    renderForm(other);
    expect(await screen.findByText(vi.Blocked_NOT_DIRECT_MANAGER)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Duyệt' })).toBeNull();
  });
});

describe('the review records Mẫu 01’s general criteria by sub-criterion (official-documents.md 1.1; NĐ 335/2025: 30 points)', () => {
  const selfParts = { 'I.1': 5, 'I.2': 5, 'II.1': 2.5, 'II.2': 2.5, 'II.3': 2.5, 'II.4': 2, 'III.1': 2.5, 'III.2': 2.5, 'III.3': 2.5, 'III.4': 2.5 };
  const byCriterion = (draftChanges: object = {}): PeriodReviewView => {
    const base = view();
    const submission = base.submission as NonNullable<PeriodReviewView['submission']>;
    return {
      ...base,
      mau01: DEFAULT_MAU01,
      submission: { ...submission, draft: { ...submission.draft, generalCriteriaSelfParts: selfParts, generalCriteriaSelfScore: 29.5, strengths: 'Chủ động', ...draftChanges } }
    };
  };

  it('shows the person’s score beside each box, starts from it, and approves with the parts and their sum; the remark is item 6', async () => {
    const reviews: PeriodReviewInput[] = [];
    const services = fakeServices({
      period: {
        getPeriodReview: () => Promise.resolve(byCriterion()),
        reviewPeriod: (_login: string, _id: number, review: PeriodReviewInput) => {
          reviews.push(review);
          return Promise.resolve({ score: 90, level: 'HTTNV' as const, notice: { delivered: [], failed: [] } });
        }
      }
    });
    renderForm(services);
    const box = (await screen.findByLabelText('Điểm tiêu chí II.4 (tối đa 2,5)')) as HTMLInputElement;
    // Starts from the person's own 2: the self-score column and the box say the same.
    expect(box.value).toBe('2');
    const row = box.closest('tr') as HTMLElement;
    expect(within(row).getByText('Thái độ phục vụ người dân, doanh nghiệp và khả năng phối hợp với đồng nghiệp')).toBeTruthy();
    expect(row.querySelectorAll('td')[2].textContent).toBe('2');
    expect(screen.getByText('Điểm tiêu chí chung: 29,5/30')).toBeTruthy();
    expect(screen.getByText('Chủ động')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Điểm tiêu chí I.2 (tối đa 5)'), { target: { value: '3,5' } });
    expect(screen.getByText('Điểm tiêu chí chung: 28/30')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('6. Ý kiến nhận xét của cấp có thẩm quyền theo dõi, đánh giá'), { target: { value: 'Cần giữ vững' } });
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt' }));
    expect(await screen.findByText(/Đã duyệt/)).toBeTruthy();
    expect(reviews[0].generalCriteriaParts).toEqual({ ...selfParts, 'I.2': 3.5 });
    expect(reviews[0].generalCriteriaScore).toBe(28);
    expect(reviews[0].comment).toBe('Cần giữ vững');
  });

  it('an older submission with only a total: the person’s figure is shown as recorded as one figure, and every criterion must be scored', async () => {
    const review = jest.fn();
    const services = fakeServices({ period: { getPeriodReview: () => Promise.resolve(byCriterion({ generalCriteriaSelfParts: undefined, generalCriteriaSelfScore: 27 })), reviewPeriod: review } });
    renderForm(services);
    expect(await screen.findByText('Điểm tiêu chí chung do cá nhân tự chấm: 27/30 (ghi nhận là một con số tổng, không theo từng tiêu chí).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt' }));
    const first = screen.getByLabelText('Điểm tiêu chí I.1 (tối đa 5)');
    expect(await within(first.closest('.ms-TextField') as HTMLElement).findByText('Bắt buộc nhập.')).toBeTruthy();
    expect(review).not.toHaveBeenCalled();
  });
});
