/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { UiProvider } from '../../src/components/common/UiContext';
import { YearComplaints } from '../../src/components/myEvaluation/YearComplaints';
import { ComplaintAnswers } from '../../src/components/reviewAndDecide/ComplaintAnswers';
import { UnitMinutes } from '../../src/components/reviewAndDecide/UnitMinutes';
import { SettingsSection } from '../../src/components/evaluationAdmin/settings/SettingsSection';
import { settingsForYear, type SettingRow } from '../../src/domain/admin/settingsHistory';
import { checkQuota } from '../../src/domain/rating';
import type { MyYearView, UnitYearPerson, UnitYearView } from '../../src/services/journey';
import { fakeServices } from '../support/fakeServices';
import { en, vi } from '../support/strings';

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Văn Cường'];
const login = (i: number): string => `p${i}@vhttdl.local`;

function person(i: number, extra: Partial<UnitYearPerson> = {}): UnitYearPerson {
  return {
    person: { id: login(i), userPrincipalName: login(i), displayName: NAMES[i] },
    taskGroup: 'Phòng Quản lý di tích',
    decisions: [],
    complaints: [],
    canDecide: { allowed: false, reason: 'MINUTES_MISSING' },
    canAnswerComplaint: { allowed: false, reason: 'NO_COMPLAINT' },
    ...extra
  };
}

function unitView(overrides: Partial<UnitYearView> = {}): UnitYearView {
  return {
    unit: { code: 'DSVH-1', name: 'Cục Di sản văn hóa › Phòng Quản lý di tích' },
    year: 2026,
    ruleSetId: 'ND335',
    actor: { login: 'vu.duc.minh@vhttdl.local', displayName: 'Vũ Đức Minh' },
    people: NAMES.map((_n, i) => person(i)),
    minutesLogins: NAMES.map((_n, i) => login(i)),
    canRecordMinutes: { allowed: true },
    canPublish: { allowed: false, reason: 'NOT_DECIDED' },
    quota: checkQuota([]),
    restOfAgency: [],
    ...overrides
  };
}

const wait = (ms: number): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

beforeEach(() => window.localStorage.clear());

describe('UnitMinutes: the meeting date next to its field (NĐ 90/2020 Điều 18 bước 2; law.md 4) and one row per person', () => {
  // The page's clock: 9 December 2026 in Hà Nội.
  const today = new Date('2026-12-09T09:00:00+07:00');

  function renderMinutes(strings = vi, locale = 'vi-VN'): ReturnType<typeof fakeServices> {
    const services = fakeServices({}, today);
    render(
      <UiProvider ui={{ strings, locale }}>
        <UnitMinutes view={unitView()} services={services} onChanged={() => undefined} />
      </UiProvider>
    );
    return services;
  }

  it('says before typing which days the meeting may have been held, and refuses a day after today next to the date', async () => {
    renderMinutes();
    const date = screen.getByLabelText('Ngày họp') as HTMLInputElement;
    // The hint is the field's description, read with it (aria-describedby).
    const hint = document.getElementById((date.getAttribute('aria-describedby') || '').split(' ')[0]) as HTMLElement;
    expect(hint.textContent).toBe('Ngày đã họp, từ 01/01/2026 đến 09/12/2026.');
    expect(date.max).toBe('2026-12-09');
    expect(date.min).toBe('2026-01-01');

    fireEvent.change(date, { target: { value: '2026-12-10' } });
    await wait(0);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ngày họp không được sau hôm nay (09/12/2026): biên bản ghi cuộc họp đã diễn ra. Chọn ngày đã họp.')).toBeTruthy();

    fireEvent.change(date, { target: { value: '2025-12-31' } });
    await wait(0);
    expect(screen.getByText('Ngày họp phải từ 01/01/2026 đến 15/01/2027 (trong năm đánh giá, chậm nhất ngày 15/01 năm sau).')).toBeTruthy();

    fireEvent.change(date, { target: { value: '2026-12-09' } });
    await wait(0);
    expect(date.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('does not send minutes dated after today when approving', async () => {
    const services = renderMinutes();
    fireEvent.change(screen.getByLabelText('Ngày họp'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thông qua biên bản' }));
    await wait(0);
    expect(services.calls.filter((c) => c.startsWith('unitYear.recordMinutes(') && c.includes('"approved":true'))).toEqual([]);
    // Said once, next to the date, though both the draft's and the approval's checks find it.
    expect(screen.getAllByText(/^Ngày họp không được sau hôm nay \(09\/12\/2026\)/)).toHaveLength(1);
  });

  it('keeps saving the draft while its date is refused: the rest is sent, the date waits (no “not saved” for it)', async () => {
    jest.useFakeTimers();
    try {
      const sent: Array<{ heldOn: string; place: string }> = [];
      const services = fakeServices(
        {
          unitYear: {
            recordMinutes: (_unit, _year, payload) => {
              sent.push({ heldOn: payload.heldOn, place: payload.place });
              return Promise.resolve({ notice: { delivered: [], failed: [] }, version: `v${sent.length}` });
            }
          }
        },
        today
      );
      render(
        <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
          <UnitMinutes view={unitView()} services={services} onChanged={() => undefined} />
        </UiProvider>
      );
      fireEvent.change(screen.getByLabelText('Ngày họp'), { target: { value: '2026-12-10' } });
      fireEvent.change(screen.getByLabelText('Địa điểm'), { target: { value: 'Hội trường Cục' } });
      await act(async () => {
        jest.advanceTimersByTime(2000);
      });
      expect(sent).toEqual([{ heldOn: '', place: 'Hội trường Cục' }]);
      expect(screen.queryByText(/Chưa lưu được lên máy chủ/)).toBeNull();
      // The date still shows as typed, with its problem.
      expect((screen.getByLabelText('Ngày họp') as HTMLInputElement).value).toBe('2026-12-10');
    } finally {
      jest.useRealTimers();
    }
  });

  it('a refused date in the draft keeps the date saved before (another keeper does not see it blanked)', async () => {
    jest.useFakeTimers();
    try {
      const sent: string[] = [];
      const services = fakeServices(
        {
          unitYear: {
            recordMinutes: (_unit, _year, payload) => {
              sent.push(payload.heldOn);
              return Promise.resolve({ notice: { delivered: [], failed: [] }, version: `v${sent.length}` });
            }
          }
        },
        today
      );
      const saved = { heldOn: '2026-12-05', place: 'Phòng họp', chairLogin: login(0), secretaryLogin: login(1), present: 3, total: 3, people: [], approved: false };
      render(
        <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
          <UnitMinutes view={unitView({ minutes: { ...saved, recordedByName: 'Vũ Đức Minh', at: '2026-12-05T03:00:00Z', version: 'v0' } })} services={services} onChanged={() => undefined} />
        </UiProvider>
      );
      fireEvent.change(screen.getByLabelText('Ngày họp'), { target: { value: '2026-12-10' } });
      await act(async () => {
        jest.advanceTimersByTime(2000);
      });
      expect(sent).toEqual(['2026-12-05']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('names each person once, as the row header, and each control by its column and the person', () => {
    renderMinutes();
    const table = screen.getByRole('table', { name: 'Ý kiến nhận xét và biểu quyết về từng người' });
    const rowHeaders = within(table).getAllByRole('rowheader').map((th) => th.textContent);
    expect(rowHeaders).toEqual(NAMES);
    // Each name appears once in the table's text: in its row header, not in six labels.
    for (const name of NAMES) expect((table.textContent || '').split(name).length - 1).toBe(1);
    const row = within(table).getByRole('rowheader', { name: 'Trần Thị Bích' }).closest('tr') as HTMLElement;
    expect(within(row).getByRole('textbox', { name: 'Ý kiến nhận xét về Trần Thị Bích' })).toBeTruthy();
    expect(within(row).getByRole('combobox', { name: 'Mức tập thể đề xuất cho Trần Thị Bích' })).toBeTruthy();
    expect(within(row).getByRole('textbox', { name: 'Số phiếu “Hoàn thành xuất sắc nhiệm vụ” cho Trần Thị Bích' })).toBeTruthy();
    expect(within(row).getAllByRole('textbox')).toHaveLength(5);
  });

  it('has an English version', () => {
    renderMinutes(en, 'en-US');
    expect(screen.getByRole('table', { name: 'Comments and votes on each person' })).toBeTruthy();
    expect(screen.getByText('The day the meeting was held, from 01/01/2026 to 09/12/2026.')).toBeTruthy();
  });
});

describe('the complaint deadline (law.md 6; HR’s setting, by default Luật Khiếu nại 2011 Điều 9’s 90 days)', () => {
  const published = { id: 7, rating: 'HTNV' as const, reasons: 'Hai nhiệm vụ chậm.', published: true, decidedByName: 'Đặng Thu Hà', at: '2026-03-01T03:00:00Z' };
  const deadline = { lastDay: '2026-05-30', days: 90, publishedOn: '2026-03-01' };
  const yearView = (overrides: Partial<MyYearView>): MyYearView => ({
    year: 2026,
    me: { id: login(0), userPrincipalName: login(0), displayName: NAMES[0] },
    ruleSetId: 'ND335',
    isLeader: false,
    periodScores: [],
    canSelfEvaluate: { allowed: false, reason: 'SELF_EVALUATION_SUBMITTED' },
    decisions: [published],
    complaints: [],
    canComplain: { allowed: true },
    complaintDeadline: deadline,
    ...overrides
  });
  const renderComplaints = (view: MyYearView, today: Date): void => {
    render(
      <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
        <YearComplaints view={view} services={fakeServices({}, today)} onChanged={() => undefined} />
      </UiProvider>
    );
  };

  it('the civil servant’s form says until when a complaint may be made, counted from publication', () => {
    renderComplaints(yearView({}), new Date('2026-05-30T10:00:00+07:00'));
    const box = screen.getByRole('textbox', { name: /Nội dung khiếu nại/ });
    const description = document.getElementById((box.getAttribute('aria-describedby') || '').split(' ')[0]) as HTMLElement;
    expect(description.textContent).toContain('Thời hạn khiếu nại: đến hết ngày 30/05/2026 (90 ngày kể từ ngày công khai kết quả 01/03/2026).');
  });

  it('after the deadline there is no form: it says the deadline has passed and why nothing can be sent', async () => {
    renderComplaints(yearView({ canComplain: { allowed: false, reason: 'COMPLAINT_TOO_LATE' } }), new Date('2026-05-31T10:00:00+07:00'));
    expect(screen.queryByRole('textbox', { name: /Nội dung khiếu nại/ })).toBeNull();
    expect(screen.getByText('Thời hạn khiếu nại đã hết ngày 30/05/2026 (90 ngày kể từ ngày công khai kết quả 01/03/2026).')).toBeTruthy();
    expect(await screen.findByText('Đã hết thời hạn khiếu nại về kết quả này.')).toBeTruthy();
  });

  it('the leader’s complaint answers show the deadline of the person’s result', () => {
    const complainant = person(0, {
      decisions: [published],
      complaints: [{ id: 3, text: 'Đề nghị xem xét lại.', filedAt: '2026-04-02T03:00:00Z' }],
      complaintDeadline: deadline,
      canAnswerComplaint: { allowed: true }
    });
    render(
      <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
        <ComplaintAnswers view={unitView({ people: [complainant] })} services={fakeServices({})} onChanged={() => undefined} />
      </UiProvider>
    );
    const article = screen.getByRole('article');
    expect(within(article).getByText('Thời hạn khiếu nại: đến hết ngày 30/05/2026 (90 ngày kể từ ngày công khai 01/03/2026).')).toBeTruthy();
  });
});

describe('Thiết lập: the complaint deadline among HR’s settings (law.md 6, unconfirmed)', () => {
  it('shows the days, the legal default, its source and the "chưa xác minh" note, and lists the clause among those to check', async () => {
    const rows: SettingRow[] = [{ id: 4, name: 'complaints.deadlineDays', text: '60', effectiveFrom: '2026-01-01', created: '2026-01-05T02:00:00Z', authorName: 'Trần Thị Mai' }];
    const services = fakeServices({
      periods: [],
      admin: { settings: { getSettings: async (year: number) => ({ year, today: '2026-12-06', rows, resolved: settingsForYear(rows, year), decidedYears: [] }) } }
    });
    render(
      <UiProvider ui={{ strings: vi, locale: 'vi-VN' }}>
        <SettingsSection services={services} year={2026} />
      </UiProvider>
    );
    const group = await screen.findByRole('table', { name: 'Khiếu nại' });
    const row = within(group).getByRole('row', { name: /Thời hạn khiếu nại kết quả xếp loại \(ngày\)/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent || '');
    // HR's 60 days from 01/01/2026; the default 90 (Luật Khiếu nại 2011 Điều 9); the status unverified, with its source.
    expect(cells[0]).toContain('60');
    expect(cells[1]).toBe('90');
    expect(cells.join(' ')).toContain('(điều khoản chưa xác minh)');
    expect(row.textContent).toContain('Điều 9');
    const heading = screen.getByRole('heading', { name: 'Căn cứ chưa đối chiếu với văn bản gốc' });
    const items = within(heading.closest('section') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('Luật Khiếu nại 2011 Điều 9, thời hiệu khiếu nại 90 ngày (điều khoản chưa xác minh)');
  });
});
