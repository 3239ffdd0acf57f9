/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { UnitYearScreen } from '../../src/components/reviewAndDecide/UnitYearScreen';
import { UiProvider } from '../../src/components/common/UiContext';
import type { RatingOutcome } from '../../src/domain/rating';
import { checkQuota, emptyCounts } from '../../src/domain/rating';
import type { UnitYearPerson, UnitYearView } from '../../src/services/journey';
import { fakeServices } from '../support/fakeServices';
import { en, vi } from '../support/strings';

const GROUP = 'Phòng Quản lý di tích';
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải'];

function person(i: number, rating: RatingOutcome, extra: Partial<UnitYearPerson> = {}): UnitYearPerson {
  const login = `p${i}@vhttdl.local`;
  return {
    person: { id: login, userPrincipalName: login, displayName: NAMES[i] },
    taskGroup: GROUP,
    meeting: { login, comments: 'Hoàn thành tốt nhiệm vụ.', proposedRating: rating === 'HTXSNV' ? 'HTXSNV' : 'HTTNV' },
    suggestion: { outcome: rating, possibleOutcomes: [rating], score: 90 - i, reasons: [{ clause: 'NĐ 335/2025', text: `Điểm năm ${90 - i}`, met: true }] },
    // Decided, not yet published: the sheet opens where the evaluator left off.
    decisions: [{ id: 100 + i, rating, reasons: 'Theo kết quả năm.', published: false, decidedByName: 'Đặng Thu Hà', at: '2026-12-10T03:00:00Z' }],
    complaints: [],
    canDecide: { allowed: true },
    canAnswerComplaint: { allowed: false, reason: 'NO_COMPLAINT' },
    ...extra
  };
}

/** Seven people of one phòng: one HTXSNV and six HTTNV, within floor(20 % × 6) = 1 (law.md 3.7). */
function view(overrides: Partial<UnitYearView> = {}, people?: UnitYearPerson[]): UnitYearView {
  const all = people || NAMES.map((_n, i) => person(i, i === 0 ? 'HTXSNV' : 'HTTNV'));
  const counts = emptyCounts();
  counts.HTXSNV = 1;
  counts.HTTNV = 6;
  return {
    unit: { code: 'DSVH-1', name: 'Cục Di sản văn hóa › Phòng Quản lý di tích' },
    year: 2026,
    ruleSetId: 'ND335',
    actor: { login: 'dang.thu.ha@vhttdl.local', displayName: 'Đặng Thu Hà' },
    people: all,
    minutesLogins: [],
    canRecordMinutes: { allowed: false, reason: 'NOT_MINUTES_KEEPER' },
    canPublish: { allowed: false, reason: 'NOT_DECIDED' },
    quota: checkQuota([{ name: GROUP, ratings: counts }]),
    restOfAgency: [],
    ...overrides
  };
}

function renderScreen(services: ReturnType<typeof fakeServices>, strings: IDanhGiaStrings = vi, locale: string = 'vi-VN'): void {
  render(
    <UiProvider ui={{ strings, locale }}>
      <UnitYearScreen services={services} unitCode="DSVH-1" year={2026} onDone={() => undefined} />
    </UiProvider>
  );
}

async function chooseRating(name: string, option: string): Promise<void> {
  const dropdown = screen.getByRole('combobox', { name: (accessibleName: string) => accessibleName.startsWith(`Xếp loại ${name}`) });
  fireEvent.click(dropdown);
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
}

const quotaRegion = (): HTMLElement => {
  const heading = screen.getByRole('heading', { name: 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ' });
  return within(heading.parentElement as HTMLElement).getByRole('status');
};

beforeEach(() => window.localStorage.clear());

describe('UnitYearScreen: the decision sheet and the HTXSNV quota (law.md 3.7)', () => {
  it('the quota line changes as a rating changes, and names whom to lower', async () => {
    renderScreen(fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view()) } }));
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    // NĐ 335/2025's quota (the engine's ND335_QUOTA; NĐ 90/2020 Điều 2 khoản 6 as amended by NĐ 48/2023 for earlier
    // years): at most 20 % of those rated HTTNV (HR's quota base), rounded down; what is counted and the rounding said.
    expect(quotaRegion().textContent).toContain(
      `Nhóm “${GROUP}”: tính trên 6 người được đề xuất hoặc quyết định mức Hoàn thành tốt nhiệm vụ; tối đa 20 % của 6 = 1,2, làm tròn xuống: 1 người Hoàn thành xuất sắc nhiệm vụ. Đang có 1 người Hoàn thành xuất sắc nhiệm vụ: trong tỷ lệ.`
    );

    await chooseRating('Trần Thị Bích', 'Hoàn thành xuất sắc nhiệm vụ');
    // 2 HTXSNV against floor(20 % × 5 HTTNV) = 1: one over; the lower-scored (Bích, 89) is suggested.
    await waitFor(() => expect(quotaRegion().textContent).toContain(`tối đa 20 % của 5 = 1 người Hoàn thành xuất sắc nhiệm vụ. Đang có 2 người Hoàn thành xuất sắc nhiệm vụ: vượt tỷ lệ 1 người.`));
    // Over the quota, what an exception would do is said (HR's setting: no ceiling by default).
    expect(quotaRegion().textContent).toContain(vi.UnitQuotaExceptionEach);
    expect(quotaRegion().textContent).toContain('đề xuất hạ xuống Hoàn thành tốt nhiệm vụ: Trần Thị Bích.');
  });

  it('an exceeded quota blocks “Quyết định” until someone is lowered', async () => {
    const services = fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view()), decide: () => Promise.resolve({ notice: { delivered: [], failed: [] } }) } });
    renderScreen(services);
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    const decide = screen.getByRole('button', { name: 'Quyết định' });
    expect((decide as HTMLButtonElement).disabled).toBe(false);

    await chooseRating('Trần Thị Bích', 'Hoàn thành xuất sắc nhiệm vụ');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Quyết định' }) as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getByText(vi.Blocked_QUOTA_EXCEEDED)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hạ mức theo đề xuất' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Quyết định' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText(vi.Blocked_QUOTA_EXCEEDED)).toBeNull();
    // Lowered below the suggestion? No: Bích’s suggestion is HTTNV, so no reasons are demanded beyond those typed.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quyết định' }));
    });
    await waitFor(() => expect(services.calls.some((c) => c.startsWith('unitYear.decide('))).toBe(true));
    const call = services.calls.find((c) => c.startsWith('unitYear.decide(')) as string;
    expect(call).toContain('"login":"p1@vhttdl.local","rating":"HTTNV"');
    expect(call).toContain('"login":"p0@vhttdl.local","rating":"HTXSNV"');
  });

  it('an exceeded quota is lifted by a recorded exception with its reason, and only with a reason', async () => {
    const services = fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view()), decide: () => Promise.resolve({ notice: { delivered: [], failed: [] } }) } });
    renderScreen(services);
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    await chooseRating('Trần Thị Bích', 'Hoàn thành xuất sắc nhiệm vụ');
    const reason = await screen.findByRole('textbox', { name: 'Lý do ngoại lệ vượt tỷ lệ cho Trần Thị Bích' });
    fireEvent.change(reason, { target: { value: '   ' } });
    expect((screen.getByRole('button', { name: 'Quyết định' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(reason, { target: { value: 'Phòng được Bộ khen thưởng thành tích xuất sắc, nổi trội.' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Quyết định' }) as HTMLButtonElement).disabled).toBe(false));
    // Still over the plain quota, and said so: "vượt tỷ lệ …, có ngoại lệ được ghi nhận", not "trong tỷ lệ".
    expect(quotaRegion().textContent).toContain('Đang có 2 người Hoàn thành xuất sắc nhiệm vụ: vượt tỷ lệ 1 người, có ngoại lệ được ghi nhận (tối đa 2 người khi có ngoại lệ).');
    expect(quotaRegion().textContent).not.toContain('trong tỷ lệ');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quyết định' }));
    });
    await waitFor(() => expect(services.calls.some((c) => c.startsWith('unitYear.decide('))).toBe(true));
    expect(services.calls.find((c) => c.startsWith('unitYear.decide('))).toContain('"quotaException":{"reason":"Phòng được Bộ khen thưởng thành tích xuất sắc, nổi trội."');
  });

  it('announces NEEDS_DECISION with the possible outcomes, and asks for reasons before deciding (law.md 2.3)', async () => {
    const people = NAMES.map((_n, i) => person(i, i === 0 ? 'HTXSNV' : 'HTTNV'));
    people[3] = person(3, 'HTNV', {
      suggestion: { outcome: 'NEEDS_DECISION', possibleOutcomes: ['HTNV', 'KHTNV'], reasons: [{ clause: 'NĐ 90/2020 Điều 10', text: 'Từ 20 % đến 50 % tiêu chí chưa đạt', met: false }] },
      decisions: []
    });
    const services = fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view({}, people)) } });
    renderScreen(services);
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    expect(screen.getByText('1 người có trường hợp luật chưa quy định: người có thẩm quyền quyết định và ghi lý do.').getAttribute('role')).toBe('status');
    expect(screen.getByText('Cần người có thẩm quyền quyết định; có thể là: Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Xem căn cứ gợi ý cho Phạm Thị Dung' }));
    const reason = screen.getByText(/Từ 20 % đến 50 % tiêu chí chưa đạt/).closest('li') as HTMLElement;
    expect(reason.textContent).toBe('✗ Không đạt: Từ 20 % đến 50 % tiêu chí chưa đạt (NĐ 90/2020 Điều 10)');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quyết định' }));
    });
    expect(services.calls.some((c) => c.startsWith('unitYear.decide('))).toBe(false);
    const reasons = screen.getByRole('textbox', { name: 'Lý do xếp loại Phạm Thị Dung' });
    expect(reasons.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows what people typed as text, never as markup', async () => {
    const people = NAMES.map((_n, i) => person(i, i === 0 ? 'HTXSNV' : 'HTTNV'));
    people[0] = {
      ...people[0],
      decisions: [{ ...people[0].decisions[0], published: true }],
      canDecide: { allowed: false, reason: 'ALREADY_PUBLISHED' },
      complaints: [{ id: 7, text: 'Đề nghị xem lại <b>kết quả</b> <img src=x onerror=alert(1)>', filedAt: '2026-12-20T02:00:00Z' }],
      canAnswerComplaint: { allowed: true }
    };
    const { container } = render(
      <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
        <UnitYearScreen services={fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view({}, people)) } })} unitCode="DSVH-1" year={2026} onDone={() => undefined} />
      </UiProvider>
    );
    expect(await screen.findByText('Đề nghị xem lại <b>kết quả</b> <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Trả lời khiếu nại của Nguyễn Văn An' })).toBeTruthy();
  });

  it('decides, then publishes once confirmed; each act leaves one message, the last one, with what comes next (NĐ 90/2020 Điều 21)', async () => {
    let state: 'decided' | 'published' = 'decided';
    const decided = (): UnitYearView => view({ canPublish: { allowed: true } });
    const published = (): UnitYearView =>
      view(
        { canPublish: { allowed: false, reason: 'ALREADY_PUBLISHED' } },
        NAMES.map((_n, i) => {
          const p = person(i, i === 0 ? 'HTXSNV' : 'HTTNV');
          return { ...p, decisions: [{ ...p.decisions[0], published: true }], canDecide: { allowed: false, reason: 'ALREADY_PUBLISHED' } };
        })
      );
    const publish = jest.fn(() => {
      state = 'published';
      return Promise.resolve({ notice: { delivered: [{ to: 'p0@vhttdl.local', channel: 'MAIL' as const, name: 'Nguyễn Văn An (Chuyên viên)' }], failed: [] } });
    });
    const services = fakeServices({
      unitYear: { getUnitYear: () => Promise.resolve(state === 'decided' ? decided() : published()), decide: () => Promise.resolve({ notice: { delivered: [], failed: [] } }), publish }
    });
    renderScreen(services);
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quyết định' }));
    });
    const afterDecide = await screen.findByText(/Đã ghi quyết định; kết quả chưa công khai\./);
    expect(afterDecide.textContent).toContain('Tiếp theo: kiểm tra lại, rồi chọn “Công khai”');

    // Publishing cannot be undone: asked first; "Hủy" changes nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Công khai' }));
    const asked = await screen.findByRole('alertdialog', { name: 'Công khai kết quả xếp loại năm 2026 của Cục Di sản văn hóa › Phòng Quản lý di tích?' });
    fireEvent.click(within(asked).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(publish).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Công khai' }));
    const dialog = await screen.findByRole('alertdialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận công khai' }));
    });
    const message = await screen.findByText(/Đã thông báo và công khai kết quả trong đơn vị\./);
    expect(publish).toHaveBeenCalledTimes(1);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Công khai' }) as HTMLButtonElement).disabled).toBe(true));
    // Only the last act speaks: not "chưa công khai" beside "đã công khai", nor "Kết quả đã được công khai." twice.
    // Who was told is named by name and position, never by address.
    expect(message.textContent).toBe(
      'Đã thông báo và công khai kết quả trong đơn vị. Đã báo cho: Nguyễn Văn An (Chuyên viên). Tiếp theo: mỗi người xem kết quả của mình và có thể khiếu nại; khiếu nại cần giải quyết sẽ hiện trong danh sách việc.'
    );
    expect(message.textContent).not.toContain('@');
    expect(screen.queryByText(/chưa công khai/)).toBeNull();
    // (Each person's row says it was published, in the table; the messages under the buttons do not repeat it.)
    expect(screen.queryAllByText(vi.Blocked_ALREADY_PUBLISHED).filter((el) => !el.closest('table'))).toEqual([]);
    expect(document.activeElement).toBe(message.closest('[tabindex="-1"]'));
  });

  it('on a published sheet opened later, says once why neither button works', async () => {
    const people = NAMES.map((_n, i) => {
      const p = person(i, 'HTTNV');
      return { ...p, decisions: [{ ...p.decisions[0], published: true }], canDecide: { allowed: false as const, reason: 'ALREADY_PUBLISHED' as const } };
    });
    renderScreen(fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view({ canPublish: { allowed: false, reason: 'ALREADY_PUBLISHED' } }, people)) } }));
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    // Each row says it of its person; under the two buttons, it is said once.
    // (Fluent's message bar fills its live region a moment after it appears.)
    await waitFor(() => expect(screen.getAllByText(vi.Blocked_ALREADY_PUBLISHED).filter((el) => !el.closest('table'))).toHaveLength(1));
  });

  it('asks before publishing, saying whom it tells by name, that the unit sees the list, and the HTXSNV figures it fixes (NĐ 90/2020 Điều 21; law.md 3.7)', async () => {
    // The last person's decision was published before (a complaint's answer): publishing now does not tell them again.
    const people = NAMES.map((_n, i) => person(i, i === 0 ? 'HTXSNV' : 'HTTNV'));
    people[6] = { ...people[6], decisions: [{ ...people[6].decisions[0], published: true }], canDecide: { allowed: false, reason: 'ALREADY_PUBLISHED' } };
    const publish = jest.fn(() => Promise.resolve({ notice: { delivered: [], failed: [] } }));
    renderScreen(fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view({ canPublish: { allowed: true } }, people)), publish } }));
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    fireEvent.click(screen.getByRole('button', { name: 'Công khai' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Công khai kết quả xếp loại năm 2026 của Cục Di sản văn hóa › Phòng Quản lý di tích?' });
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      `Được thông báo kết quả của mình (6 người): ${NAMES.slice(0, 6).join(', ')}.`,
      'Danh sách kết quả được công khai cho mọi người trong Cục Di sản văn hóa › Phòng Quản lý di tích.',
      // One HTXSNV among six HTTNV: at most floor(20 % × 6) = 1 (law.md 3.7).
      'Nhóm “Phòng Quản lý di tích”: 1 người Hoàn thành xuất sắc nhiệm vụ, tối đa 1.',
      'Sau khi công khai, quyết định không sửa được nữa, trừ khi giải quyết khiếu nại.'
    ]);
    expect(dialog.textContent).not.toContain('@');
    expect(publish).not.toHaveBeenCalled();
  });

  it('publishing tells only the people the acting leader decides: one decided at a higher level is not named (the server publishes only the leader’s own)', async () => {
    const people = NAMES.map((_n, i) => person(i, 'HTTNV'));
    people[3] = { ...people[3], canDecide: { allowed: false, reason: 'NOT_COMPETENT_EVALUATOR' } };
    renderScreen(fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view({ canPublish: { allowed: true } }, people)) } }));
    await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    fireEvent.click(screen.getByRole('button', { name: 'Công khai' }));
    const dialog = await screen.findByRole('alertdialog');
    const told = NAMES.filter((_n, i) => i !== 3);
    expect(within(dialog).getAllByRole('listitem')[0].textContent).toBe(`Được thông báo kết quả của mình (${told.length} người): ${told.join(', ')}.`);
  });

  it('compact rows: a person who cannot be decided says why in a line of the row, not a message box; a published row only its mark', async () => {
    const people = NAMES.map((_n, i) => person(i, 'HTTNV'));
    people[1] = { ...people[1], decisions: [], canDecide: { allowed: false, reason: 'SELF_EVALUATION_MISSING' } };
    people[2] = { ...people[2], decisions: [{ ...people[2].decisions[0], published: true }], canDecide: { allowed: false, reason: 'ALREADY_PUBLISHED' } };
    renderScreen(fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view({}, people)) } }));
    const table = await screen.findByRole('table', { name: 'Quyết định xếp loại' });
    const rowOf = (name: string): HTMLTableRowElement => within(table).getByRole('rowheader', { name: (n: string) => n.startsWith(name) }).closest('tr') as HTMLTableRowElement;
    expect(rowOf(NAMES[1]).textContent).toContain(vi.Blocked_SELF_EVALUATION_MISSING);
    expect(rowOf(NAMES[2]).textContent).toContain('(đã công khai)');
    expect(rowOf(NAMES[2]).textContent).not.toContain(vi.Blocked_ALREADY_PUBLISHED);
    // Nothing in the table announces itself: the rows are read, not spoken over.
    expect(within(table).queryAllByRole('status')).toEqual([]);
    expect(table.querySelectorAll('.ms-MessageBar')).toHaveLength(0);
    // The levels compare at a glance (HTTNV), the full words for screen readers and in the legend.
    const meeting = rowOf(NAMES[3]).cells[4];
    expect(meeting.querySelector('abbr')?.textContent).toBe('HTTNV');
    expect(meeting.querySelector('abbr')?.getAttribute('title')).toBe('Hoàn thành tốt nhiệm vụ');
    expect(within(meeting).getByText('Hoàn thành tốt nhiệm vụ')).toBeTruthy();
    expect(screen.getByText(/^Viết tắt: HTXSNV – Hoàn thành xuất sắc nhiệm vụ; HTTNV – Hoàn thành tốt nhiệm vụ; HTNV – Hoàn thành nhiệm vụ; KHTNV – Không hoàn thành nhiệm vụ\.$/)).toBeTruthy();
    // Each control keeps its full name for screen readers (the column's header names it on screen).
    expect(screen.getByRole('combobox', { name: (n: string) => n.startsWith(`Xếp loại ${NAMES[0]}`) })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: `Lý do xếp loại ${NAMES[0]}` })).toBeTruthy();
  });

  it('has an English version', async () => {
    renderScreen(fakeServices({ unitYear: { getUnitYear: () => Promise.resolve(view()) } }), en, 'en-US');
    await screen.findByRole('table', { name: 'Rating decisions' });
    expect(screen.getByRole('combobox', { name: 'Rating of Trần Thị Bích Good completion of duties' })).toBeTruthy();
    expect(screen.getByText(en.Blocked_NOT_DECIDED)).toBeTruthy();
  });
});
