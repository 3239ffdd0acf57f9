/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { MyYear } from '../../src/components/myEvaluation/MyYear';
import type { SelfEvaluationPayload } from '../../src/domain/evaluation/actPayloads';
import { emptySelfEvaluation } from '../../src/domain/evaluation/selfEvaluationForm';
import type { IYearJourney, MyYearView } from '../../src/services/journey/year';
import { fakeServices, SAMPLE_PERSON } from '../support/fakeServices';
import { en, vi } from '../support/strings';

function view(overrides: Partial<MyYearView> = {}): MyYearView {
  return {
    year: 2025,
    me: SAMPLE_PERSON,
    ruleSetId: 'ND90_48',
    isLeader: false,
    periodScores: [],
    canSelfEvaluate: { allowed: true },
    decisions: [],
    complaints: [],
    canComplain: { allowed: false, reason: 'NOT_PUBLISHED' },
    ...overrides
  };
}

function renderYear(year: Partial<IYearJourney>, strings = vi, locale = 'vi-VN'): ReturnType<typeof fakeServices> {
  const services = fakeServices({ year });
  render(
    <UiProvider ui={{ strings, locale }}>
      <MyYear services={services} year={2025} />
    </UiProvider>
  );
  return services;
}

const type = (name: string | RegExp, value: string): void => {
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
};
const choose = (group: string | RegExp, option: string): void => {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }));
};
const wait = (ms: number): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** Mẫu 02 filled in as a civil servant with an excellent year would (NĐ 90/2020 Điều 8 khoản 1). */
function fillExcellentYear(): void {
  for (const name of ['1. Chính trị tư tưởng', '2. Đạo đức, lối sống', '3. Tác phong, lề lối làm việc', '4. Ý thức tổ chức kỷ luật', '5. Kết quả thực hiện chức trách, nhiệm vụ được giao', 'Ưu điểm', 'Hạn chế, khuyết điểm']) {
    type(name, `Nội dung: ${name}`);
  }
  for (const criterion of ['Chính trị tư tưởng', 'Đạo đức, lối sống', 'Tác phong, lề lối làm việc', 'Ý thức tổ chức kỷ luật']) {
    choose(criterion, 'Thực hiện tốt');
  }
  type('Số nhiệm vụ được giao', '10');
  type('Số nhiệm vụ đã hoàn thành', '10');
  type('Hoàn thành đúng tiến độ, bảo đảm chất lượng', '10');
  type('Hoàn thành vượt mức', '6');
  choose('Đạt hiệu quả cao', 'Có');
  choose('Tự nhận mức xếp loại', 'Hoàn thành xuất sắc nhiệm vụ');
}

describe('the year on "Đánh giá của tôi": self-evaluation, result, complaint', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows Mẫu 02 with labelled fields, the NĐ 90 criteria as choices, and refuses an empty submission next to each field', async () => {
    const services = renderYear({ getMyYear: () => Promise.resolve(view()) });
    expect(await screen.findByRole('heading', { name: 'Đánh giá, xếp loại chất lượng năm 2025' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'I. Kết quả tự đánh giá' })).toBeTruthy();
    // Each text says how much room is left.
    expect(screen.getAllByText('0/4000 ký tự').length).toBeGreaterThanOrEqual(7);
    const politics = within(screen.getByRole('radiogroup', { name: 'Chính trị tư tưởng' }));
    expect(politics.getAllByRole('radio').length).toBe(3);
    for (const option of ['Thực hiện tốt', 'Đáp ứng', 'Không đáp ứng']) expect(politics.getByRole('radio', { name: option })).toBeTruthy();
    // Leaders' items of Mẫu 02 are not asked of a specialist.
    expect(screen.queryByRole('textbox', { name: '8. Năng lực lãnh đạo, quản lý' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Nộp bản tự đánh giá' }));
    expect(await screen.findByText(/mục cần sửa trước khi nộp/)).toBeTruthy();
    // The keyboard is taken to the first field to correct, in the form's order (WCAG 2.4.3, 3.3.1).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '1. Chính trị tư tưởng' })));
    const strengths = screen.getByRole('textbox', { name: 'Ưu điểm' });
    expect(strengths.getAttribute('aria-invalid')).toBe('true');
    // Fluent shows a field's message a moment after it is set.
    expect((await screen.findAllByText('Bắt buộc nhập.')).length).toBeGreaterThanOrEqual(6);
    expect(screen.getAllByText('Chọn ít nhất một mục.').length).toBe(4);
    expect(services.calls.filter((c) => c.startsWith('year.saveSelfEvaluation'))).toEqual([]);
  });

  it('puts the rules’ suggestion beside the proposal, updated as the form is filled in, each clause said to be met or not', async () => {
    renderYear({ getMyYear: () => Promise.resolve(view()), saveSelfEvaluation: () => Promise.resolve({ version: '1' }) });
    await screen.findByRole('heading', { name: 'Gợi ý theo quy định' });
    expect(screen.getByText(/Chưa đủ dữ liệu để gợi ý/)).toBeTruthy();
    fillExcellentYear();
    // 10 of 10 on time, 6 of 10 exceeded (≥ 50 %), every criterion "thực hiện tốt", high efficiency: Điều 8 khoản 1.
    expect(screen.getByText('Gợi ý: Hoàn thành xuất sắc nhiệm vụ')).toBeTruthy();
    const reasons = within(screen.getByRole('region', { name: 'Gợi ý theo quy định' })).getAllByRole('listitem');
    expect(reasons.some((li) => /^✓ Đạt: /.test(li.textContent || ''))).toBe(true);
    // Working style only "đáp ứng": no longer excellent (Điều 8 khoản 1 điểm a), and the list says which clause is not met.
    choose('Tác phong, lề lối làm việc', 'Đáp ứng');
    expect(screen.getByText('Gợi ý: Hoàn thành tốt nhiệm vụ')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Gợi ý theo quy định' })).getAllByRole('listitem').some((li) => /^✗ Không đạt: Chưa "thực hiện tốt": tác phong/.test(li.textContent || ''))).toBe(true);
  });

  it('keeps the draft in the browser under self:<login>:<year>, saves it as a draft, then submits it and says who was told', async () => {
    const saved: Array<{ evaluation: SelfEvaluationPayload; version?: string }> = [];
    const services = renderYear({
      getMyYear: () =>
        Promise.resolve(
          saved.some((s) => s.evaluation.submitted)
            ? view({ selfEvaluation: saved[saved.length - 1].evaluation, canSelfEvaluate: { allowed: false, reason: 'SELF_EVALUATION_SUBMITTED' } })
            : view({ selfEvaluationVersion: '"3"', selfEvaluation: emptySelfEvaluation('ND90_48', false) })
        ),
      saveSelfEvaluation: (_year, evaluation, version) => {
        saved.push({ evaluation, version });
        return Promise.resolve(
          evaluation.submitted
            ? { version: '"5"', notice: { delivered: [{ to: 'vu.duc.minh@vhttdl.local', channel: 'MAIL' as const, name: 'Vũ Đức Minh (Trưởng phòng Quản lý di tích)' }], failed: [] } }
            : { version: '"4"' }
        );
      }
    });
    await screen.findByRole('textbox', { name: 'Ưu điểm' });
    fillExcellentYear();
    expect(window.localStorage.getItem(`dgcc:draft:self:${SAMPLE_PERSON.userPrincipalName}:2025`)).toContain('Nội dung: Ưu điểm');

    fireEvent.click(screen.getByRole('button', { name: 'Nộp bản tự đánh giá' }));
    // Asked first (a submission cannot be taken back): nothing is sent until confirmed.
    const dialog = await screen.findByRole('alertdialog', { name: 'Nộp bản tự đánh giá năm 2025?' });
    expect(saved.filter((s) => s.evaluation.submitted)).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận nộp' }));
    const message = await screen.findByText(/Đã nộp bản tự đánh giá\. Đã báo cho: Vũ Đức Minh \(Trưởng phòng Quản lý di tích\)\./);
    // One message, with what comes next; the note that it can no longer be changed would only repeat it.
    expect(message.textContent).toContain('Tiếp theo: đơn vị họp nhận xét, đánh giá');
    await waitFor(() => expect(services.calls.filter((c) => c.startsWith('year.getMyYear')).length).toBe(2));
    expect(screen.queryByText('Bản tự đánh giá đã nộp; không sửa được nữa.')).toBeNull();
    // First the draft (over the version the form opened with), then the submission over the draft's version.
    expect(saved.map((s) => [s.evaluation.submitted, s.version])).toEqual([
      [false, '"3"'],
      [true, '"4"']
    ]);
    const submission = saved[1].evaluation;
    expect(submission.criteria).toEqual({ chinhTriTuTuong: 'good', daoDucLoiSong: 'good', tacPhongLeLoi: 'good', yThucKyLuat: 'good' });
    expect(submission.tasks).toEqual({ tasksTotal: 10, tasksCompleted: 10, tasksOnTimeQuality: 10, tasksExceeded: 6, highEfficiency: true });
    expect(submission.proposedRating).toBe('HTXSNV');
    // The form reloads the year once submitted.
    expect(services.calls.filter((c) => c.startsWith('year.getMyYear')).length).toBe(2);
  });

  it('after submission shows the submitted text read-only with why it cannot be changed', async () => {
    const submitted: SelfEvaluationPayload = {
      ...emptySelfEvaluation('ND90_48', false),
      // An older self-evaluation holds each part's text whole.
      sections: { I: 'Hoàn thành tốt các nhiệm vụ thẩm định di tích.', II: 'Ưu điểm: chủ động. Hạn chế: ngoại ngữ.' },
      criteria: { chinhTriTuTuong: 'good', daoDucLoiSong: 'meets', tacPhongLeLoi: 'good', yThucKyLuat: 'good' },
      proposedRating: 'HTTNV',
      submitted: true
    };
    renderYear({ getMyYear: () => Promise.resolve(view({ selfEvaluation: submitted, canSelfEvaluate: { allowed: false, reason: 'SELF_EVALUATION_SUBMITTED' } })) });
    expect(await screen.findByText('Bản tự đánh giá đã nộp; không sửa được nữa.')).toBeTruthy();
    expect(screen.getByText('Hoàn thành tốt các nhiệm vụ thẩm định di tích.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Ưu điểm' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nộp bản tự đánh giá' })).toBeNull();
  });

  it('shows the published result with its reasons, and a superseded decision kept in the history and marked', async () => {
    const decisions = [
      { id: 7, rating: 'HTNV' as const, reasons: 'Hai nhiệm vụ chậm tiến độ.', published: true, decidedByName: 'Đặng Thu Hà', at: '2025-12-14T03:00:00Z' },
      { id: 9, rating: 'HTTNV' as const, reasons: 'Xếp loại lại sau khi chấp nhận khiếu nại.\nHai nhiệm vụ chậm do nguyên nhân khách quan.', published: true, decidedByName: 'Đặng Thu Hà', at: '2026-01-09T03:00:00Z', supersedes: 7 }
    ];
    renderYear({ getMyYear: () => Promise.resolve(view({ canSelfEvaluate: { allowed: false, reason: 'PERIOD_NOT_OPEN' }, decisions, canComplain: { allowed: true } })) });
    expect(await screen.findByText('Hoàn thành tốt nhiệm vụ', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText(/Quyết định của Đặng Thu Hà ngày 09\/01\/2026/)).toBeTruthy();
    expect(screen.getByText(/Hai nhiệm vụ chậm do nguyên nhân khách quan\./)).toBeTruthy();
    const history = screen.getByRole('table', { name: 'Lịch sử quyết định' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Đã được thay thế (lưu trong hồ sơ)'),
      expect.stringContaining('Đang có hiệu lực')
    ]);
    expect(rows[0].textContent).toContain('Hoàn thành nhiệm vụ');
  });

  it('says the result is not published yet, and why no complaint can be filed', async () => {
    renderYear({ getMyYear: () => Promise.resolve(view({ canSelfEvaluate: { allowed: false, reason: 'PERIOD_NOT_OPEN' } })) });
    expect(await screen.findByText('Chưa công khai kết quả.')).toBeTruthy();
    // Fluent's MessageBar renders its text a tick later (DelayedRender, for screen readers): wait for it.
    expect(await screen.findByText('Chỉ khiếu nại được khi kết quả xếp loại đã được công khai.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Nội dung khiếu nại' })).toBeNull();
  });

  it('files a complaint (required text, checked before sending) and lists each with its status and answer, as plain text', async () => {
    const filed: string[] = [];
    const complaints = [
      { id: 3, text: '<b>Đề nghị</b> xem xét lại.', filedAt: '2025-12-20T03:00:00Z', answer: { text: 'Không có căn cứ.', outcome: 'REJECTED' as const, at: '2026-01-05T03:00:00Z', answeredByName: 'Đặng Thu Hà' } }
    ];
    const services = renderYear({
      getMyYear: () =>
        Promise.resolve(
          view({
            canSelfEvaluate: { allowed: false, reason: 'PERIOD_NOT_OPEN' },
            decisions: [{ id: 7, rating: 'HTNV', reasons: '', published: true, decidedByName: 'Đặng Thu Hà', at: '2025-12-14T03:00:00Z' }],
            complaints,
            canComplain: { allowed: true }
          })
        ),
      fileComplaint: (_year, text) => {
        filed.push(text);
        return Promise.resolve({ notice: { delivered: [{ to: 'dang.thu.ha@vhttdl.local', channel: 'TEAMS' as const, name: 'Đặng Thu Hà (Cục trưởng Cục Di sản văn hóa)' }], failed: [] } });
      }
    });
    expect(await screen.findByText('Đã giải quyết: không chấp nhận khiếu nại')).toBeTruthy();
    // What the person typed is shown as typed, never as markup.
    expect(screen.getByText('<b>Đề nghị</b> xem xét lại.')).toBeTruthy();
    expect(screen.getByText('Không có căn cứ.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Gửi khiếu nại' }));
    expect(await screen.findByText('Bắt buộc nhập.')).toBeTruthy();
    expect(filed).toEqual([]);

    const complaintText = 'Hai nhiệm vụ chậm do Bộ lùi thời hạn.';
    type('Nội dung khiếu nại', complaintText);
    expect(screen.getByText(`${complaintText.length}/4000 ký tự`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi khiếu nại' }));
    expect(await screen.findByText(/Đã gửi khiếu nại\. Đã báo cho: Đặng Thu Hà \(Cục trưởng Cục Di sản văn hóa\)\./)).toBeTruthy();
    expect(filed).toEqual(['Hai nhiệm vụ chậm do Bộ lùi thời hạn.']);
    await wait(0);
    expect(services.calls.filter((c) => c.startsWith('year.getMyYear')).length).toBe(2);
  });

  it('a NĐ 335 year asks for the yearly summary and suggests from the approved monthly scores; in English on an English page', async () => {
    const month = (index: number, score?: number): MyYearView['periodScores'][number] => ({ period: { id: index, kind: 'MONTH', year: 2026, index, status: 'CLOSED' }, score });
    renderYear(
      { getMyYear: () => Promise.resolve(view({ year: 2026, ruleSetId: 'ND335', periodScores: [month(1, 92), month(2, 88), month(3, 95), month(4, 91), month(5, 90), month(6, 93), month(7)] })) },
      en,
      'en-US'
    );
    expect(await screen.findByRole('textbox', { name: "Summary of the year's work" })).toBeTruthy();
    expect(screen.queryByRole('radiogroup', { name: 'Political ideology' })).toBeNull();
    // (92 + 88 + 95 + 91 + 90 + 93) / 6 = 549 / 6 = 91.5 → from 90: excellent (law.md 5.1); July has no approved score yet.
    expect(screen.getByText('Suggestion: Excellent completion of duties')).toBeTruthy();
    expect(screen.getByText(/Yearly score: 91\.5/)).toBeTruthy();
  });

  it('NĐ 335: no discipline, no degradation are in the person’s favour (✓, not ✗), and the clauses come without HR’s verification note', async () => {
    const month = (index: number, score?: number): MyYearView['periodScores'][number] => ({ period: { id: index, kind: 'MONTH', year: 2026, index, status: 'CLOSED' }, score });
    renderYear({ getMyYear: () => Promise.resolve(view({ year: 2026, ruleSetId: 'ND335', periodScores: [1, 2, 3, 4, 5, 6].map((i) => month(i, 85)) })) });
    const region = await screen.findByRole('region', { name: 'Gợi ý theo quy định' });
    const items = within(region).getAllByRole('listitem').map((li) => li.textContent || '');
    const discipline = items.find((text) => text.indexOf('Không bị kỷ luật từ khiển trách trở lên') >= 0) as string;
    expect(discipline.indexOf('✓ Không thuộc trường hợp này: ')).toBe(0);
    expect(items.some((text) => text.indexOf('✗') === 0)).toBe(false);
    // NĐ 335/2025's clauses are shown as the decree and the point; "(điều khoản chưa xác minh)" is for HR's settings tab.
    expect(discipline).toContain('(NĐ 335/2025, trường hợp không hoàn thành nhiệm vụ, điểm c)');
    items.forEach((text) => expect(text).not.toMatch(/chưa xác minh|chưa đối chiếu/));
  });
});
