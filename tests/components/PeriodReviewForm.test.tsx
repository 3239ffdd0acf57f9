/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

// Each test starts without a draft kept by an earlier one (the review's draft lives in the browser).
beforeEach(() => window.localStorage.clear());

function renderForm(services: ReturnType<typeof fakeServices>, onDone: () => void = () => undefined): ReturnType<typeof render> {
  return render(
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
    // One message: what was done to whose report, with the score and level the service returned, and what comes next.
    const said = (await screen.findByText(/^Đã duyệt báo cáo tháng 11\/2026 của Nguyễn Văn An: 72,25 điểm, xếp loại: Hoàn thành tốt nhiệm vụ\./)).textContent as string;
    expect(said).toContain('Tiếp theo: Nguyễn Văn An xem được điểm và xếp loại');
    expect(screen.getAllByText(/Đã duyệt/)).toHaveLength(1);
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

describe('the manager’s scoring keeps a draft in this browser (README: every form keeps its draft; issue 14)', () => {
  const KEY = 'dgcc:draft:review:nguyen.thi.huong@vhttdl.local:11:nguyen.van.an@vhttdl.local';

  it('what was typed survives a reload, said restored; it is forgotten once the review is sent', async () => {
    const services = fakeServices({
      period: {
        getPeriodReview: () => Promise.resolve(view()),
        reviewPeriod: () => Promise.resolve({ score: 80, level: 'HTTNV' as const, notice: { delivered: [], failed: [] } })
      }
    });
    const first = renderForm(services);
    fireEvent.change(await screen.findByLabelText('Điểm tiêu chí chung (0–30)'), { target: { value: '26' } });
    fireEvent.change(screen.getByLabelText('Nhận xét'), { target: { value: 'Cần bổ sung minh chứng' } });
    fireEvent.change(within(screen.getByRole('group', { name: /Sản phẩm 1/ })).getByLabelText('Số lần chậm tiến độ'), { target: { value: '1' } });
    expect(screen.getByText(/Thay đổi được giữ trên trình duyệt này/)).toBeTruthy();
    first.unmount();

    renderForm(services);
    expect(((await screen.findByLabelText('Điểm tiêu chí chung (0–30)')) as HTMLInputElement).value).toBe('26');
    expect((screen.getByLabelText('Nhận xét') as HTMLTextAreaElement).value).toBe('Cần bổ sung minh chứng');
    expect((within(screen.getByRole('group', { name: /Sản phẩm 1/ })).getByLabelText('Số lần chậm tiến độ') as HTMLInputElement).value).toBe('1');
    expect(screen.getByText(/Đã khôi phục bản nháp chưa lưu từ lần trước\./)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Duyệt' }));
    await screen.findByText(/^Đã duyệt báo cáo/);
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });

  it('is kept per manager: another manager on the same browser starts from the person’s own scores', async () => {
    const mine = fakeServices({ period: { getPeriodReview: () => Promise.resolve(view()) } });
    const first = renderForm(mine);
    fireEvent.change(await screen.findByLabelText('Điểm tiêu chí chung (0–30)'), { target: { value: '21' } });
    first.unmount();
    const other = fakeServices({
      me: { id: 'b', displayName: 'Trần Văn Bình', userPrincipalName: 'tran.van.binh@vhttdl.local' },
      period: { getPeriodReview: () => Promise.resolve(view()) }
    });
    renderForm(other);
    expect(((await screen.findByLabelText('Điểm tiêu chí chung (0–30)')) as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/Đã khôi phục/)).toBeNull();
  });

  it('a report submitted again since the draft was typed: the old draft is not applied, it is offered (use it or drop it)', async () => {
    let submittedAt = '2026-11-27T02:00:00Z';
    const services = fakeServices({
      period: {
        getPeriodReview: () => {
          const base = view();
          return Promise.resolve({ ...base, submission: { ...(base.submission as NonNullable<PeriodReviewView['submission']>), submittedAt } });
        }
      }
    });
    const first = renderForm(services);
    fireEvent.change(await screen.findByLabelText('Điểm tiêu chí chung (0–30)'), { target: { value: '22' } });
    fireEvent.change(screen.getByLabelText('Nhận xét'), { target: { value: 'Nhận xét cũ' } });
    first.unmount();

    // Returned, corrected and submitted again at 09:30 (Hà Nội) on 28/11/2026.
    submittedAt = '2026-11-28T02:30:00Z';
    const second = renderForm(services);
    const offer = await screen.findByRole('alert', { name: 'Bản nháp cũ chưa được áp dụng' });
    expect(await within(offer).findByText('Nguyễn Văn An đã nộp lại báo cáo lúc 09:30 ngày 28/11/2026, sau khi bản chấm dở trên trình duyệt này được nhập. Bản chấm dở chưa được áp dụng: xem hai phiên bản dưới đây rồi chọn dùng hay bỏ.')).toBeTruthy();
    expect(within(offer).getByText('Nhận xét: Nhận xét cũ')).toBeTruthy();
    expect((screen.getByLabelText('Điểm tiêu chí chung (0–30)') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/Đã khôi phục/)).toBeNull();
    fireEvent.click(within(offer).getByRole('button', { name: 'Dùng bản nháp cũ' }));
    expect((screen.getByLabelText('Điểm tiêu chí chung (0–30)') as HTMLInputElement).value).toBe('22');
    expect(screen.queryByRole('alert', { name: 'Bản nháp cũ chưa được áp dụng' })).toBeNull();
    second.unmount();

    // Taken, it is now the draft of the new submission: a reload restores it without asking again.
    renderForm(services);
    expect(((await screen.findByLabelText('Điểm tiêu chí chung (0–30)')) as HTMLInputElement).value).toBe('22');
    expect(screen.queryByRole('alert', { name: 'Bản nháp cũ chưa được áp dụng' })).toBeNull();
  });

  it('dropping the old draft starts from the new submission and forgets it', async () => {
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ value: { outcome: 'APPROVED', assessments: [], generalCriteriaScore: 20, comment: 'Cũ', returnReason: '' }, baseVersion: '2026-11-01T00:00:00Z', onServer: false })
    );
    renderForm(fakeServices({ period: { getPeriodReview: () => Promise.resolve(view()) } }));
    const offer = await screen.findByRole('alert', { name: 'Bản nháp cũ chưa được áp dụng' });
    fireEvent.click(within(offer).getByRole('button', { name: 'Bỏ bản nháp cũ' }));
    expect(screen.queryByRole('alert', { name: 'Bản nháp cũ chưa được áp dụng' })).toBeNull();
    expect((screen.getByLabelText('Nhận xét') as HTMLTextAreaElement).value).toBe('');
    expect(window.localStorage.getItem(KEY)).toBeNull();
  });
});

describe('returning a report asks first (it cannot be undone), then says one thing (issue 14)', () => {
  it('Hủy sends nothing; confirmed, it is sent once, and one message names the person and the next step', async () => {
    const reviews: PeriodReviewInput[] = [];
    let returned = false;
    const services = fakeServices({
      period: {
        // Once returned, the service says the period waits for the person: the form must not say it too.
        getPeriodReview: () => Promise.resolve(returned ? view({ canReview: { allowed: false, reason: 'NOT_SUBMITTED' } }) : view()),
        reviewPeriod: (_login: string, _id: number, review: PeriodReviewInput) => {
          reviews.push(review);
          returned = true;
          return Promise.resolve({
            notice: { delivered: [{ to: 'nguyen.van.an@vhttdl.local', name: 'Nguyễn Văn An (Chuyên viên)', channel: 'MAIL' as const }], failed: [] }
          });
        }
      }
    });
    const onDone = jest.fn();
    renderForm(services, onDone);
    fireEvent.change(await screen.findByLabelText('Lý do trả lại (bắt buộc khi trả lại)'), { target: { value: 'Thiếu minh chứng sản phẩm 2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Trả lại báo cáo tháng 11/2026 của Nguyễn Văn An?' });
    expect(within(dialog).getByText(/Nguyễn Văn An được báo lý do, phải sửa báo cáo và nộp lại/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(reviews).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Trả lại' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Trả lại báo cáo tháng 11/2026 của Nguyễn Văn An?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận trả lại' }));
    const message = await screen.findByText(/^Đã trả lại báo cáo tháng 11\/2026 của Nguyễn Văn An kèm lý do\./);
    expect(message.textContent).toContain('Nguyễn Văn An (Chuyên viên)');
    expect(message.textContent).toContain('Tiếp theo: Nguyễn Văn An sửa báo cáo và nộp lại');
    expect(reviews).toHaveLength(1);
    expect(reviews[0].outcome).toBe('RETURNED');
    expect(reviews[0].returnReason).toBe('Thiếu minh chứng sản phẩm 2');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    // One message: the blocked note of the reloaded review does not repeat or contradict it.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Trả lại' })).toBeNull());
    expect(screen.queryByText(vi.Blocked_NOT_SUBMITTED)).toBeNull();
    expect(screen.getAllByText(/Đã trả lại/)).toHaveLength(1);
  });
});
