/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { EvaluationAdmin } from '../../src/components/evaluationAdmin/EvaluationAdmin';
import { Reminders } from '../../src/components/evaluationAdmin/Reminders';
import { UiProvider } from '../../src/components/common/UiContext';
import type { EvaluationPeriod } from '../../src/domain/evaluation/model';
import { StepNotAllowedError } from '../../src/services/journey/errors';
import type { NoticeOutcome } from '../../src/services/notifications/contracts';
import { FakeData, fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

/** The fake page's today is 28 November 2026: October (due 5 November) is late, November (due 5 December) not yet. */
const october: EvaluationPeriod = { id: 10, kind: 'MONTH', year: 2026, index: 10, status: 'CLOSED', deadline: '2026-11-05T00:00:00Z' };
const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00Z' };
const late = [
  { login: 'le.van.binh@vhttdl.local', displayName: 'Lê Văn Bình', unitName: 'Cục Di sản văn hóa › Phòng Quản lý di tích' },
  { login: 'cu@vhttdl.local', displayName: 'Người <b>cũ</b>', unitName: 'Vụ Tổ chức cán bộ' }
];

function renderReminders(data: FakeData): ReturnType<typeof fakeServices> {
  const services = fakeServices({ periods: [october, november], ...data });
  render(
    <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
      <Reminders services={services} year={2026} />
    </UiProvider>
  );
  return services;
}

async function choose(optionText: string): Promise<void> {
  fireEvent.click(await screen.findByRole('combobox', { name: /^Kỳ cần nhắc/ }));
  fireEvent.click(await screen.findByRole('option', { name: optionText }));
}

describe('HR’s deadline reminders', () => {
  it('lists who has not submitted a period whose deadline has passed, with name and unit', async () => {
    const services = renderReminders({ reminders: { getLate: () => Promise.resolve(late) } });
    await choose('Tháng 10/2026 (hạn 05/11/2026)');
    const table = await screen.findByRole('table', { name: '2 người chưa nộp Tháng 10/2026' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Cells in a row read together; what the directory holds is shown as text, never as markup.
    expect(rows.map((r) => r.textContent)).toEqual(['Lê Văn BìnhCục Di sản văn hóa › Phòng Quản lý di tích', 'Người <b>cũ</b>Vụ Tổ chức cán bộ']);
    expect(within(table).queryByText('cũ')).toBeNull();
    expect(services.calls).toContain('reminders.getLate(10)');
  });

  it('asks before sending, then shows for each person whether the reminder went out', async () => {
    const outcome: NoticeOutcome = { delivered: [{ to: late[0].login, channel: 'MAIL' }], failed: [{ to: late[1].login, error: 'UNKNOWN_RECIPIENT' }] };
    const services = renderReminders({ reminders: { getLate: () => Promise.resolve(late), sendReminders: () => Promise.resolve(outcome) } });
    await choose('Tháng 10/2026 (hạn 05/11/2026)');
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi nhắc hạn cho 2 người' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Mỗi người trong số 2 người chưa nộp Tháng 10/2026 sẽ nhận một lời nhắc, gửi từ tài khoản của bạn.')).toBeTruthy();
    expect(services.calls.some((c) => c.startsWith('reminders.sendReminders'))).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

    expect(await screen.findByText('Đã gửi cho 1 người; chưa gửi được cho 1 người (xem bảng, hãy báo trực tiếp những người này).')).toBeTruthy();
    expect(services.calls).toContain('reminders.sendReminders(10)');
    const table = screen.getByRole('table', { name: 'Kết quả gửi nhắc hạn Tháng 10/2026' });
    expect(within(table).getByRole('row', { name: /Lê Văn Bình/ }).textContent).toContain('Đã gửi qua thư điện tử');
    expect(within(table).getByRole('row', { name: /Người <b>cũ<\/b>/ }).textContent).toContain('Chưa gửi được (không có trong danh bạ)');
    // Sent once: the button is gone, so a second click cannot mail everyone again.
    expect(screen.queryByRole('button', { name: 'Gửi nhắc hạn cho 2 người' })).toBeNull();
  });

  it('sends nothing when HR cancels', async () => {
    const services = renderReminders({ reminders: { getLate: () => Promise.resolve(late) } });
    await choose('Tháng 10/2026 (hạn 05/11/2026)');
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi nhắc hạn cho 2 người' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(services.calls.some((c) => c.startsWith('reminders.sendReminders'))).toBe(false);
  });

  it('says a failed sending, and what to do', async () => {
    renderReminders({ reminders: { getLate: () => Promise.resolve(late), sendReminders: () => Promise.reject(new Error('mạng chập chờn')) } });
    await choose('Tháng 10/2026 (hạn 05/11/2026)');
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi nhắc hạn cho 2 người' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('mạng chập chờn');
    expect(screen.getByRole('button', { name: 'Gửi nhắc hạn cho 2 người' })).toBeTruthy();
  });

  it('before the deadline’s day says so and asks nobody', async () => {
    const services = renderReminders({ reminders: {} });
    await choose('Tháng 11/2026 (hạn 05/12/2026)');
    expect(await screen.findByText('Chưa đến hạn chót (05/12/2026): chưa ai trễ hạn.')).toBeTruthy();
    expect(services.calls.some((c) => c.startsWith('reminders.'))).toBe(false);
  });

  it('says when everyone has submitted', async () => {
    renderReminders({ reminders: { getLate: () => Promise.resolve([]) } });
    await choose('Tháng 10/2026 (hạn 05/11/2026)');
    expect(await screen.findByText('Mọi người đều đã nộp Tháng 10/2026.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Gửi nhắc hạn/ })).toBeNull();
  });

  it('tells someone outside Vụ Tổ chức cán bộ why they cannot, with no button to press', async () => {
    renderReminders({ reminders: { getLate: () => Promise.reject(new StepNotAllowedError('NOT_HR')) } });
    await choose('Tháng 10/2026 (hạn 05/11/2026)');
    expect(await screen.findByText(vi.Blocked_NOT_HR)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: /Gửi nhắc hạn/ })).toBeNull();
  });

  it('offers only periods with a deadline, and says when the year has none', async () => {
    renderReminders({ periods: [{ ...october, deadline: undefined }] });
    expect(await screen.findByText('Năm 2026 chưa có kỳ nào có hạn chót.')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('Quản trị đánh giá shows the reminders in their tab', () => {
  it('without asking who is late until HR chooses a period (the first view stays within its request budget)', async () => {
    window.history.replaceState(null, '', '/?dgcc-admin=reminders');
    const services = fakeServices({ setup: { expectedSchemaVersion: 2, siteSchemaVersion: 2, listCount: 11, missingLists: [] }, periods: [october, november] });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByRole('heading', { name: 'Nhắc hạn nộp' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /^Kỳ cần nhắc/ })).toBeTruthy();
    expect(services.calls.filter((c) => c.startsWith('getPeriods'))).toHaveLength(1);
    expect(services.calls.some((c) => c.startsWith('reminders.'))).toBe(false);
  });
});
