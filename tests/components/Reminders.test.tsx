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
import type { NoticeOutcome, ReminderAudienceView, ReminderPreview } from '../../src/services/notifications/contracts';
import { FakeData, fakeServices } from '../support/fakeServices';
import { vi } from '../support/strings';

/** The fake page's today is 28 November 2026: October (due 5 November) is late, November (due 5 December) not yet. */
const october: EvaluationPeriod = { id: 10, kind: 'MONTH', year: 2026, index: 10, status: 'CLOSED', deadline: '2026-11-05T00:00:00Z' };
const november: EvaluationPeriod = { id: 11, kind: 'MONTH', year: 2026, index: 11, status: 'OPEN', deadline: '2026-12-05T00:00:00Z' };

const QLDT = { unitCode: 'CDSVH_QLDT', unitName: 'Cục Di sản văn hóa › Phòng Quản lý di tích' };
const binh = { login: 'le.van.binh@vhttdl.local', displayName: 'Lê Văn Bình', position: 'Chuyên viên', ...QLDT };
const cu = { login: 'cu@vhttdl.local', displayName: 'Người <b>cũ</b>', unitCode: 'VTCCB', unitName: 'Vụ Tổ chức cán bộ' };
const an = { login: 'nguyen.van.an@vhttdl.local', displayName: 'Nguyễn Văn An', position: 'Chuyên viên', ...QLDT };
const minh = { login: 'vu.duc.minh@vhttdl.local', displayName: 'Vũ Đức Minh', position: 'Trưởng phòng Quản lý di tích', ...QLDT };

const audience: ReminderAudienceView = {
  people: [
    { ...an, submitted: true, deadline: october.deadline },
    { ...binh, submitted: false, deadline: october.deadline },
    { ...minh, submitted: false, deadline: october.deadline },
    { ...cu, submitted: false, deadline: october.deadline }
  ],
  units: [
    { code: 'CDSVH', name: 'Cục Di sản văn hóa' },
    { code: 'CDSVH_QLDT', name: 'Cục Di sản văn hóa › Phòng Quản lý di tích' },
    { code: 'VTCCB', name: 'Vụ Tổ chức cán bộ' }
  ],
  reminderDays: 5
};

const lateOctober: ReminderPreview = {
  recipients: [
    { ...binh, deadline: october.deadline as string, daysLeft: -23 },
    { ...cu, deadline: '2026-11-20T00:00:00Z', daysLeft: -8 }
  ],
  managerCopies: [{ manager: minh, about: [binh.login] }],
  skipped: []
};

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

const OCTOBER = 'Tháng 10/2026 (hạn 05/11/2026)';
const NOVEMBER = 'Tháng 11/2026 (hạn 05/12/2026)';
const calls = (services: ReturnType<typeof fakeServices>, method: string): string[] => services.calls.filter((c) => c.startsWith(`reminders.${method}(`));

async function previewShown(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Xem trước danh sách nhận' }));
  return screen.findByRole('table', { name: /sẽ nhận lời nhắc/ });
}

describe('HR’s reminders: whom and when', () => {
  it('after a deadline, previews everyone late by name and position, with each one’s own deadline, and the managers’ copies', async () => {
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(lateOctober) } });
    await choose(OCTOBER);
    // October's deadline has passed: "after the deadline" is what HR most likely wants.
    expect(((await screen.findByRole('radio', { name: vi.RemindWhenAfter })) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: vi.RemindWhomAll }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /^Gửi kèm bản sao cho người quản lý trực tiếp/ }) as HTMLInputElement).checked).toBe(true);
    const table = await previewShown();
    expect(calls(services, 'preview')).toEqual(['reminders.preview(10, {"audience":{"kind":"ALL"},"timing":{"kind":"AFTER"},"copyToManagers":true})']);
    expect(table.querySelector('caption')?.textContent).toBe('2 người chưa nộp tháng 10/2026 sẽ nhận lời nhắc');
    const rows = within(table).getAllByRole('row').slice(1);
    // Named by name and position (never by address); what the directory holds is text, never markup.
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Lê Văn Bình – Chuyên viên', 'Cục Di sản văn hóa › Phòng Quản lý di tích', '05/11/2026 (quá 23 ngày)'],
      ['Người <b>cũ</b>', 'Vụ Tổ chức cán bộ', '20/11/2026 (quá 8 ngày)']
    ]);
    expect(within(table).queryByText('cũ')).toBeNull();
    expect(table.textContent).not.toContain('@');
    const copies = screen.getByRole('table', { name: '1 người quản lý trực tiếp sẽ nhận bản sao' });
    expect(within(copies).getAllByRole('row')[1].textContent).toBe('Vũ Đức Minh – Trưởng phòng Quản lý di tíchCục Di sản văn hóa › Phòng Quản lý di tíchLê Văn Bình');
    expect(screen.getByRole('button', { name: 'Gửi 3 thông báo' })).toBeTruthy();
  });

  it('before a deadline, offers the days of HR’s setting, and sends a "before" choice', async () => {
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve({ ...lateOctober, managerCopies: [] }) } });
    await choose(NOVEMBER);
    expect(((await screen.findByRole('radio', { name: vi.RemindWhenBefore })) as HTMLInputElement).checked).toBe(true);
    const days = screen.getByRole('textbox', { name: 'Số ngày trước hạn chót' }) as HTMLInputElement;
    expect(days.value).toBe('5');
    fireEvent.change(days, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Gửi kèm bản sao/ }));
    await previewShown();
    expect(calls(services, 'preview')).toEqual(['reminders.preview(11, {"audience":{"kind":"ALL"},"timing":{"kind":"BEFORE","days":2},"copyToManagers":false})']);
  });

  it('refuses days that are not a number from 0 to 60, next to the field, and asks nothing', async () => {
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience) } });
    await choose(NOVEMBER);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Số ngày trước hạn chót' }), { target: { value: 'ba' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước danh sách nhận' }));
    expect(await screen.findByText('Nhập số ngày từ 0 đến 60.')).toBeTruthy();
    expect(calls(services, 'preview')).toEqual([]);
  });

  it('a unit: asks which, then with or without its sub-units', async () => {
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(lateOctober) } });
    await choose(OCTOBER);
    fireEvent.click(await screen.findByRole('radio', { name: vi.RemindWhomUnit }));
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước danh sách nhận' }));
    expect(await screen.findByText('Chọn một đơn vị.')).toBeTruthy();
    expect(calls(services, 'preview')).toEqual([]);
    fireEvent.click(screen.getByRole('combobox', { name: /^Đơn vị/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Cục Di sản văn hóa' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gồm cả các đơn vị trực thuộc' }));
    await previewShown();
    expect(calls(services, 'preview')).toEqual(['reminders.preview(10, {"audience":{"kind":"UNIT","unitCode":"CDSVH","withSubUnits":false},"timing":{"kind":"AFTER"},"copyToManagers":true})']);
  });

  it('chosen people: found by name without diacritics, or by position, shown as chosen, and those left out said why', async () => {
    const withSkip: ReminderPreview = { ...lateOctober, recipients: [lateOctober.recipients[0]], skipped: [{ person: an, reason: 'SUBMITTED' }] };
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(withSkip) } });
    await choose(OCTOBER);
    fireEvent.click(await screen.findByRole('radio', { name: vi.RemindWhomPeople }));
    const search = screen.getByRole('textbox', { name: 'Tìm người (họ tên, chức vụ hoặc đơn vị)' });
    fireEvent.change(search, { target: { value: 'le van binh' } });
    const results = screen.getByRole('group', { name: 'Kết quả tìm' });
    fireEvent.click(within(results).getByRole('checkbox', { name: 'Lê Văn Bình – Chuyên viên, Cục Di sản văn hóa › Phòng Quản lý di tích' }));
    fireEvent.change(search, { target: { value: 'chuyen vien' } });
    // By position: both Chuyên viên, and not the Trưởng phòng.
    expect(within(screen.getByRole('group', { name: 'Kết quả tìm' })).getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nguyễn Văn An – Chuyên viên, Cục Di sản văn hóa › Phòng Quản lý di tích (đã nộp)' }));
    expect(screen.getByText('Đã chọn 2 người:')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ chọn Lê Văn Bình' }));
    expect(screen.getByText('Đã chọn 1 người:')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'Bình' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Lê Văn Bình/ }));
    await previewShown();
    expect(calls(services, 'preview')).toEqual([
      'reminders.preview(10, {"audience":{"kind":"PEOPLE","logins":["nguyen.van.an@vhttdl.local","le.van.binh@vhttdl.local"]},"timing":{"kind":"AFTER"},"copyToManagers":true})'
    ]);
    expect(screen.getByText('Không nhắc 1 người được chọn:')).toBeTruthy();
    expect(screen.getByText('Nguyễn Văn An – Chuyên viên: đã nộp')).toBeTruthy();
  });

  it('asks to choose someone before previewing chosen people', async () => {
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience) } });
    await choose(OCTOBER);
    fireEvent.click(await screen.findByRole('radio', { name: vi.RemindWhomPeople }));
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước danh sách nhận' }));
    expect(await screen.findByText('Chọn ít nhất một người.')).toBeTruthy();
    expect(calls(services, 'preview')).toEqual([]);
  });

  it('a change of the choice takes the preview away: nothing is sent that HR has not seen', async () => {
    renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(lateOctober) } });
    await choose(OCTOBER);
    await previewShown();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Gửi kèm bản sao/ }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Gửi \d+ thông báo$/ })).toBeNull();
  });

  it('says when the choice reaches nobody', async () => {
    renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve({ recipients: [], managerCopies: [], skipped: [] }) } });
    await choose(OCTOBER);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem trước danh sách nhận' }));
    expect(await screen.findByText('Không có ai cần nhắc theo lựa chọn này.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Gửi \d+ thông báo$/ })).toBeNull();
  });
});

describe('HR’s reminders: sending', () => {
  it('asks before sending, saying how many notices go; then one message says what was sent, what failed and what to do', async () => {
    const outcome: NoticeOutcome = {
      delivered: [
        { to: binh.login, channel: 'MAIL' },
        { to: minh.login, channel: 'TEAMS' }
      ],
      failed: [{ to: cu.login, error: 'UNKNOWN_RECIPIENT' }]
    };
    const services = renderReminders({
      reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(lateOctober), send: () => Promise.resolve({ sent: lateOctober, outcome }) }
    });
    await choose(OCTOBER);
    await previewShown();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi 3 thông báo' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Sẽ gửi 2 lời nhắc về tháng 10/2026 và 1 bản sao cho người quản lý trực tiếp, từ tài khoản của đồng chí. Thư đã gửi không thu hồi được.')).toBeTruthy();
    expect(calls(services, 'send')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

    expect(
      await screen.findByText(
        'Đã gửi nhắc hạn cho 1 người và bản sao cho 1 người quản lý trực tiếp; chưa gửi được cho 1 người: Người <b>cũ</b>. Đề nghị báo trực tiếp những người này, hoặc kiểm tra họ trong danh bạ rồi gửi lại.'
      )
    ).toBeTruthy();
    // The message takes the focus: the button that sent is gone, and keyboard users go on from here.
    await waitFor(() => expect((document.activeElement as HTMLElement).textContent).toContain('Đã gửi nhắc hạn cho 1 người'));
    // Exactly those HR saw in the preview.
    expect(calls(services, 'send')).toEqual([
      'reminders.send(10, {"audience":{"kind":"ALL"},"timing":{"kind":"AFTER"},"copyToManagers":true}, ["le.van.binh@vhttdl.local","cu@vhttdl.local"])'
    ]);
    const table = screen.getByRole('table', { name: 'Kết quả gửi nhắc hạn tháng 10/2026' });
    expect(within(table).getByRole('row', { name: /Lê Văn Bình/ }).textContent).toContain('Đã gửi qua thư điện tử');
    expect(within(table).getByRole('row', { name: /Người <b>cũ<\/b>/ }).textContent).toContain('Chưa gửi được (không có trong danh bạ)');
    const copies = screen.getByRole('table', { name: '1 người quản lý trực tiếp sẽ nhận bản sao' });
    expect(within(copies).getByRole('row', { name: /Vũ Đức Minh/ }).textContent).toContain('Đã gửi qua Teams');
    // Sent once: the button is gone, so a second click cannot mail everyone again.
    expect(screen.queryByRole('button', { name: /^Gửi \d+ thông báo$/ })).toBeNull();
  });

  it('sends nothing when HR cancels', async () => {
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(lateOctober) } });
    await choose(OCTOBER);
    await previewShown();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi 3 thông báo' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls(services, 'send')).toEqual([]);
  });

  it('says a failed sending, and what to do, and lets HR try again', async () => {
    renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(lateOctober), send: () => Promise.reject(new Error('mạng chập chờn')) } });
    await choose(OCTOBER);
    await previewShown();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi 3 thông báo' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await screen.findByText(/mạng chập chờn/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gửi 3 thông báo' })).toBeTruthy();
  });

  it('tells someone outside Vụ Tổ chức cán bộ why they cannot, with nothing to choose or press', async () => {
    renderReminders({ reminders: { getAudience: () => Promise.reject(new StepNotAllowedError('NOT_HR')) } });
    await choose(OCTOBER);
    expect(await screen.findByText(vi.Blocked_NOT_HR)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Xem trước danh sách nhận' })).toBeNull();
  });

  it('offers only periods with a deadline, and says when the year has none', async () => {
    renderReminders({ periods: [{ ...october, deadline: undefined }] });
    expect(await screen.findByText('Năm 2026 chưa có kỳ nào có hạn chót.')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('Quản trị đánh giá shows the reminders in their tab', () => {
  it('without asking anything of the reminders until HR chooses a period (the first view stays within its request budget)', async () => {
    window.history.replaceState(null, '', '/?dgcc-admin=reminders');
    const services = fakeServices({ setup: { expectedSchemaVersion: 2, siteSchemaVersion: 2, listCount: 11, missingLists: [] }, periods: [october, november] });
    render(<EvaluationAdmin services={services} strings={vi} locale="vi-VN" />);
    expect(await screen.findByRole('heading', { name: 'Nhắc hạn nộp' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /^Kỳ cần nhắc/ })).toBeTruthy();
    expect(services.calls.filter((c) => c.startsWith('getPeriods'))).toHaveLength(1);
    expect(services.calls.some((c) => c.startsWith('reminders.'))).toBe(false);
  });
});

describe('HR’s reminders reached from the dashboard’s «Nhắc hạn» (issue 13)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on the period and the unit the link names, the unit chosen with its sub-units, ready to preview', async () => {
    window.history.replaceState(null, '', '/?dgcc-view=admin&dgcc-screen=reminders&dgcc-period-id=10&dgcc-unit=CDSVH');
    const services = renderReminders({ reminders: { getAudience: () => Promise.resolve(audience), preview: () => Promise.resolve(lateOctober) } });
    expect(((await screen.findByRole('radio', { name: vi.RemindWhomUnit })) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('combobox', { name: /^Đơn vị/ }).textContent).toContain('Cục Di sản văn hóa');
    await previewShown();
    expect(calls(services, 'getAudience')).toEqual(['reminders.getAudience(10)']);
    expect(calls(services, 'preview')).toEqual(['reminders.preview(10, {"audience":{"kind":"UNIT","unitCode":"CDSVH","withSubUnits":true},"timing":{"kind":"AFTER"},"copyToManagers":true})']);
  });

  it('ignores a unit the audience does not have: everyone stays the choice', async () => {
    window.history.replaceState(null, '', '/?dgcc-view=admin&dgcc-screen=reminders&dgcc-period-id=10&dgcc-unit=KHONG-CO');
    renderReminders({ reminders: { getAudience: () => Promise.resolve(audience) } });
    expect(((await screen.findByRole('radio', { name: vi.RemindWhomAll })) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('combobox', { name: /^Đơn vị/ })).toBeNull();
  });
});
