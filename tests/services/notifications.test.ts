import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { noticePlaces } from '../../src/domain/evaluation/noticePlaces';
import type { ReminderChoice } from '../../src/domain/evaluation/reminderPlan';
import { trackedStaff } from '../../src/domain/org/trackedStaff';
import type { OrgModel } from '../../src/domain/org/orgModel';
import { placeLink } from '../../src/domain/place';
import { AdminJournal } from '../../src/services/admin/AdminJournal';
import { personalFolderName } from '../../src/domain/org/readScopes';
import { createGraphForSite, createServicesForSite, createSpForSite } from '../../src/services/forSite';
import type { GraphApi, GraphRequestLike } from '../../src/services/graph/GraphDirectoryService';
import { OrgDirectoryService } from '../../src/services/graph/OrgDirectoryService';
import { StepNotAllowedError } from '../../src/services/journey/errors';
import type { Notice } from '../../src/services/notifications/contracts';
import { GraphNotifier, NOTIFICATION_CHANNEL_KEY, UNKNOWN_RECIPIENT } from '../../src/services/notifications/GraphNotifier';
import { REMIND_DAYS_BEFORE_SETTING, ReminderService } from '../../src/services/notifications/ReminderService';
import { GraphDirectoryService } from '../../src/services/graph/GraphDirectoryService';
import { httpStatusOf } from '../../src/services/sharepoint/odata';
import { actRepository } from '../../src/services/sharepoint/actsReader';
import { LISTS } from '../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../dev/server';
import { provisionSampleSite } from '../../dev/product/provisionSampleSite';
import { startTestIntranet } from '../intranet/support';

interface OutboxEntry {
  kind: 'mail' | 'teams';
  sender: string;
  recipients: string[];
  subject: string;
  body: string;
  payload: unknown;
}

/**
 * Notices and HR's reminders against the local intranet's Graph and SharePoint: what lands in its
 * outbox is what Microsoft Graph would have sent (sendMail as the acting user, Teams activity feed).
 */
describe('notices and reminders on the local intranet', () => {
  const YEAR = 2026;
  /** After November's deadline (5 December), before the year's (15 December). */
  const TODAY = new Date('2026-12-07T09:00:00+07:00');
  let intranet: Awaited<ReturnType<typeof startTestIntranet>>;
  let org: OrgModel;
  /** The page the product is on: notices link to places on it. */
  const page = (): string => `${intranet.url}/SitePages/DanhGia.aspx`;
  const connection = (upn: string): { siteUrl: string; graphUrl: string; userPrincipalName: string; today: () => Date; pageUrl: string } => ({
    siteUrl: intranet.siteUrl,
    graphUrl: intranet.graphBaseUrl,
    userPrincipalName: upn,
    today: () => TODAY,
    pageUrl: page()
  });
  const notifierAs = (upn: string): GraphNotifier => new GraphNotifier(createGraphForSite(connection(upn)), createSpForSite(connection(upn)));
  const outbox = async (): Promise<OutboxEntry[]> => ((await (await fetch(`${intranet.url}/_dev/outbox`)).json()) as OutboxEntry[]).reverse();
  const clearOutbox = async (): Promise<void> => {
    await fetch(`${intranet.url}/_dev/outbox`, { method: 'DELETE' });
  };
  const staff = DEV_ACCOUNTS.staff.upn;
  const manager = DEV_ACCOUNTS.manager.upn;
  const hr = DEV_ACCOUNTS.hr.upn;
  const notice = (to: string[], kind: Notice['kind'] = 'PERIOD_SUBMITTED'): Notice => ({
    kind,
    to,
    subjectName: 'Nguyễn Văn An',
    periodLabel: 'Tháng 11/2026',
    pageUrl: page(),
    place: noticePlaces.periodReview(11, staff)
  });
  /** A recipient as the screens name them: by name and position from the directory, never by address. */
  const named = (login: string): string => `${org.people[login].displayName} (${org.people[login].jobTitle})`;
  const setChannel = async (value: string): Promise<void> => {
    const items = createSpForSite(connection(DEV_ACCOUNTS.siteOwner.upn)).web.lists.getByTitle(LISTS.settings.title).items;
    const rows = await items.select('Id').filter(`Title eq '${NOTIFICATION_CHANNEL_KEY}'`)<Array<{ Id: number }>>();
    if (rows.length) await items.getById(rows[0].Id).update({ SettingValue: value });
    else await items.add({ Title: NOTIFICATION_CHANNEL_KEY, SettingValue: value });
  };

  beforeAll(async () => {
    intranet = await startTestIntranet();
    await provisionSampleSite(intranet, [YEAR], new Date('2026-11-28T09:00:00+07:00'));
    const owner = connection(DEV_ACCOUNTS.siteOwner.upn);
    org = (await new OrgDirectoryService(createSpForSite(owner), createGraphForSite(owner)).getOrg()).org;
  }, 120000);
  afterAll(async () => {
    await intranet.close();
  });
  beforeEach(async () => {
    intranet.faults.configure({ rate: 0 });
    await clearOutbox();
  });

  it('mails the recipient as the acting user, with the notice’s subject and a plain-text body', async () => {
    const outcome = await notifierAs(staff).notify({ ...notice([manager]), detail: 'Kèm <b>3</b> minh chứng' });
    expect(outcome).toEqual({ delivered: [{ to: manager, channel: 'MAIL', name: named(manager) }], failed: [] });
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual(expect.objectContaining({ kind: 'mail', sender: staff, recipients: [manager] }));
    expect(sent[0].subject).toBe('[Đánh giá công chức] Nguyễn Văn An đã nộp phiếu tháng 11/2026, chờ chấm điểm');
    expect(sent[0].body).toContain('Kèm <b>3</b> minh chứng');
    const message = (sent[0].payload as { message: { body: { contentType: string } } }).message;
    expect(message.body.contentType).toBe('Text');
  });

  it('reports a recipient the directory does not know as not reached, without throwing, and still reaches the others', async () => {
    const outcome = await notifierAs(manager).notify(notice(['khong.ton.tai@vhttdl.local', staff], 'PERIOD_REVIEWED'));
    expect(outcome.delivered).toEqual([{ to: staff, channel: 'MAIL', name: named(staff) }]);
    expect(outcome.failed).toEqual([{ to: 'khong.ton.tai@vhttdl.local', error: UNKNOWN_RECIPIENT }]);
    expect((await outbox()).map((o) => o.recipients)).toEqual([[staff]]);
  });

  it('with the setting TEAMS_THEN_MAIL, notifies through the Teams activity feed instead of mail', async () => {
    await setChannel('TEAMS_THEN_MAIL');
    try {
      const outcome = await notifierAs(manager).notify(notice([staff], 'PERIOD_RETURNED'));
      expect(outcome).toEqual({ delivered: [{ to: staff, channel: 'TEAMS', name: named(staff) }], failed: [] });
      const sent = await outbox();
      expect(sent.map((o) => [o.kind, o.sender, o.recipients])).toEqual([['teams', manager, [staff]]]);
      expect(sent[0].subject).toContain('systemDefault');
      expect(sent[0].subject).toContain('Nguyễn Văn An');
      // The feed item opens the notice's place, as the mail's link does.
      const topic = (sent[0].payload as { topic: { webUrl: string } }).topic;
      expect(topic.webUrl).toBe(`${page()}?dgcc-view=review&dgcc-screen=period&dgcc-period-id=11&dgcc-person=${encodeURIComponent(staff)}`);
    } finally {
      await setChannel('MAIL');
    }
  });

  it('reads the channel setting once per page: a notifier keeps what it read', async () => {
    const notifier = notifierAs(manager);
    expect((await notifier.getSettings()).channel).toBe('MAIL');
    await setChannel('TEAMS_THEN_MAIL');
    try {
      expect((await notifier.getSettings()).channel).toBe('MAIL');
      expect((await notifierAs(manager).getSettings()).channel).toBe('TEAMS_THEN_MAIL');
    } finally {
      await setChannel('MAIL');
    }
  });

  it('sends again, once, what Graph throttled inside the batch (429/503 with Retry-After)', async () => {
    const notifier = notifierAs(manager);
    const colleagues = trackedStaff(org).slice(0, 4);
    await notifier.notify(notice(colleagues)); // looks the recipients up and reads the setting, unfaulted
    await clearOutbox();
    // Seed 19 (the injector's replayable sequence) faults three of the four sends and none of their second tries.
    intranet.faults.configure({ rate: 0.5, statuses: [429, 503], retryAfter: 1, seed: 19 });
    const before = intranet.faults.injected;
    const started = Date.now();
    const outcome = await notifier.notify(notice(colleagues));
    intranet.faults.configure({ rate: 0 });
    expect(intranet.faults.injected - before).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950); // Retry-After: 1 was waited for
    expect(outcome.failed).toEqual([]);
    expect(outcome.delivered.map((d) => d.to).sort()).toEqual([...colleagues].sort());
    expect((await outbox()).map((o) => o.recipients[0]).sort()).toEqual([...colleagues].sort());
  });

  it('reports, without throwing, a recipient still throttled after the second try', async () => {
    const notifier = notifierAs(manager);
    await notifier.notify(notice([staff]));
    await clearOutbox();
    intranet.faults.configure({ rate: 1, statuses: [429], retryAfter: 0 });
    const outcome = await notifier.notify(notice([staff]));
    intranet.faults.configure({ rate: 0 });
    expect(outcome.delivered).toEqual([]);
    expect(outcome.failed).toEqual([{ to: staff, error: expect.stringContaining('429'), name: named(staff) }]);
    expect(await outbox()).toEqual([]);
  });

  describe('HR’s reminders for November (due 5 December)', () => {
    let novemberId: number;
    const submit = async (author: string, subject: string): Promise<void> => {
      const person = org.people[subject];
      await actRepository(createSpForSite(connection(author)), LISTS.periodScores).add(
        {
          Title: `Tháng 11/${YEAR}`,
          EvalYear: YEAR,
          PeriodId: novemberId,
          EmployeeLogin: subject,
          UnitCode: person.unitCode,
          Step: 'SUBMITTED',
          ReviewerLogin: person.managerLogin,
          EmployeeName: person.displayName,
          Payload: JSON.stringify({ generalCriteriaSelfScore: 27, comment: '' })
        },
        // The author's own folder: the only place they may add a report.
        { folder: personalFolderName(author) }
      );
    };
    let submitted: string[];
    let forged: string;

    beforeAll(async () => {
      const periods = await createServicesForSite(connection(hr)).evaluation.getPeriods(YEAR);
      novemberId = (periods.find((p) => p.kind === 'MONTH' && p.index === 11) as { id: number }).id;
      // Some submit their own; a manager writes one for a fourth report, which settles nothing.
      const reportsOf = (m: string): string[] => trackedStaff(org).filter((l) => org.people[l].managerLogin === m);
      const teamLead = trackedStaff(org).find((m) => reportsOf(m).length >= 4) as string;
      const team = reportsOf(teamLead);
      submitted = [staff, team[0], team[1], team[2]].filter((l, i, all) => all.indexOf(l) === i);
      forged = team.filter((l) => submitted.indexOf(l) < 0)[0];
      for (const login of submitted) await submit(login, login);
      await submit(teamLead, forged);
    });

    const ALL_LATE: ReminderChoice = { audience: { kind: 'ALL' }, timing: { kind: 'AFTER' }, copyToManagers: false };
    const nameOf = (login: string): string => `${org.people[login].displayName} (${org.people[login].jobTitle})`;

    it('offers everyone the period applies to, by name, position and unit, with who has submitted', async () => {
      const audience = await createServicesForSite(connection(hr)).reminders.getAudience(novemberId);
      expect(audience.people.map((p) => p.login).sort()).toEqual(trackedStaff(org));
      const mine = audience.people.find((p) => p.login === staff);
      expect(mine).toEqual(expect.objectContaining({ displayName: 'Nguyễn Văn An', position: 'Chuyên viên', submitted: true }));
      expect(mine && mine.unitName).toContain(org.units[org.people[staff].unitCode].name);
      expect(audience.people.find((p) => p.login === forged)).toEqual(expect.objectContaining({ submitted: false })); // written by the manager: it settles nothing
      expect(audience.units.map((u) => u.code)).toContain(org.people[staff].unitCode);
      expect(audience.reminderDays).toBe(3); // the default, until HR sets "notifications.remindDaysBefore"
    });

    it('offers HR’s setting of the days before a deadline: the row in force today, not one dated later', async () => {
      // A dated history: HR adds a row per change (DGCC Thêm và xem), never edits one.
      const settings = createSpForSite(connection(hr)).web.lists.getByTitle(LISTS.settings.title).items;
      await settings.add({ Title: REMIND_DAYS_BEFORE_SETTING, SettingValue: '5', EffectiveFrom: '2026-12-01T00:00:00Z' });
      await settings.add({ Title: REMIND_DAYS_BEFORE_SETTING, SettingValue: '10', EffectiveFrom: '2027-01-01T00:00:00Z' });
      expect((await createServicesForSite(connection(hr)).reminders.getAudience(novemberId)).reminderDays).toBe(5);
      const inJanuary = createServicesForSite({ ...connection(hr), today: () => new Date('2027-01-02T09:00:00+07:00') });
      expect((await inJanuary.reminders.getAudience(novemberId)).reminderDays).toBe(10);
    });

    it('after the deadline, reminds each late person once (and nobody else), with a link to their own month', async () => {
      const services = createServicesForSite(connection(hr));
      const preview = await services.reminders.preview(novemberId, ALL_LATE);
      const late = preview.recipients.map((p) => p.login).sort();
      submitted.forEach((l) => expect(late).not.toContain(l));
      expect(late).toContain(forged);
      expect(late).toContain(manager);
      expect(late).toContain(hr); // HR's own people are civil servants too
      const ministryLeaders = Object.keys(org.people).filter((l) => org.units[org.people[l].unitCode].level === 'MINISTRY');
      expect(ministryLeaders.length).toBeGreaterThan(0);
      ministryLeaders.forEach((l) => expect(late).not.toContain(l));
      expect(late.length).toBe(trackedStaff(org).length - submitted.length);
      expect(preview.managerCopies).toEqual([]);

      const { sent: done, outcome } = await services.reminders.send(novemberId, ALL_LATE, late);
      expect(done.recipients.map((p) => p.login).sort()).toEqual(late);
      expect(outcome.failed).toEqual([]);
      expect(outcome.delivered.map((d) => d.to).sort()).toEqual(late);
      const sent = await outbox();
      expect(sent.every((o) => o.kind === 'mail' && o.sender === hr && o.recipients.length === 1)).toBe(true);
      expect(sent.map((o) => o.recipients[0]).sort()).toEqual(late);
      const toForged = sent.find((o) => o.recipients[0] === forged) as OutboxEntry;
      expect(toForged.subject).toBe(`[Đánh giá công chức] Nhắc hạn: ${nameOf(forged)} chưa nộp phần tự đánh giá tháng 11/2026`);
      expect(toForged.body).toContain('05/12/2026');
      expect(toForged.body).toContain(`${page()}?dgcc-view=my&dgcc-period-id=${novemberId}`);
    });

    it('before the deadline, a unit’s reminders reach exactly its people not yet submitted, and each direct manager one copy listing theirs', async () => {
      // 3 December: November's deadline (5 December) is two days away.
      const services = createServicesForSite({ ...connection(hr), today: () => new Date('2026-12-03T09:00:00+07:00') });
      // The unit (without its sub-units) with the most people yet to submit.
      const waiting = trackedStaff(org).filter((l) => submitted.indexOf(l) < 0);
      const inUnit = (code: string): string[] => waiting.filter((l) => org.people[l].unitCode === code);
      const unitCode = Object.keys(org.units).sort((a, b) => inUnit(b).length - inUnit(a).length)[0];
      const choice: ReminderChoice = { audience: { kind: 'UNIT', unitCode, withSubUnits: false }, timing: { kind: 'BEFORE', days: 3 }, copyToManagers: true };
      const expected = inUnit(unitCode);
      expect(expected.length).toBeGreaterThan(2);
      const preview = await services.reminders.preview(novemberId, choice);
      expect(preview.recipients.map((p) => p.login).sort()).toEqual(expected);
      expect(preview.recipients.every((p) => p.daysLeft === 2)).toBe(true);
      const managers: { [login: string]: string[] } = {};
      expected.forEach((l) => (managers[org.people[l].managerLogin as string] = (managers[org.people[l].managerLogin as string] || []).concat([l])));
      expect(preview.managerCopies.map((c) => [c.manager.login, c.about.slice().sort()]).sort()).toEqual(Object.keys(managers).map((m) => [m, managers[m]]).sort());
      // A manager with several people reminded (the unit's head, as a rule) gets one copy for them all.
      const busiest = Object.keys(managers).sort((a, b) => managers[b].length - managers[a].length)[0];
      expect(managers[busiest].length).toBeGreaterThan(1);

      const { outcome } = await services.reminders.send(novemberId, choice, preview.recipients.map((p) => p.login));
      expect(outcome.failed).toEqual([]);
      const sent = await outbox();
      // One notice per person, and one per manager (a manager reminded themself gets both).
      expect(sent).toHaveLength(expected.length + Object.keys(managers).length);
      for (const login of expected) {
        const theirs = sent.filter((o) => o.recipients[0] === login && o.subject.indexOf('Sắp đến hạn') >= 0);
        expect(theirs).toHaveLength(1);
        expect(theirs[0].subject).toBe(`[Đánh giá công chức] Sắp đến hạn: ${nameOf(login)} chưa nộp phần tự đánh giá tháng 11/2026 (hạn 05/12/2026)`);
        expect(theirs[0].body).toContain(`${page()}?dgcc-view=my&dgcc-period-id=${novemberId}`);
      }
      const copy = sent.filter((o) => o.recipients[0] === busiest && o.subject.indexOf('Bản sao') >= 0);
      expect(copy).toHaveLength(1);
      expect(copy[0].subject).toBe(`[Đánh giá công chức] Bản sao nhắc hạn tháng 11/2026: ${managers[busiest].length} người do ${org.people[busiest].displayName} quản lý trực tiếp chưa nộp`);
      for (const login of managers[busiest]) expect(copy[0].body).toContain(`- ${org.people[login].displayName} – ${org.people[login].jobTitle}, `);
      // Named by name and position: no one's address in the text.
      expect(copy[0].body).not.toMatch(/@vhttdl\.local/);
      expect(copy[0].body).toContain(placeLink(page(), noticePlaces.periodProgress(novemberId)));

      // The sending is in the administration's journal: who sent it (SharePoint's Author), to whom.
      const entry = (await new AdminJournal(createSpForSite(connection(hr))).read('REMINDER'))[0];
      expect(entry).toEqual(expect.objectContaining({ subjectKey: String(novemberId), year: YEAR, action: 'SEND', byLogin: hr }));
      const after = entry.after as { reminders: number; managerCopies: number; recipients: string[]; managers: string[] };
      expect(after.reminders).toBe(expected.length);
      expect(after.recipients.slice().sort()).toEqual(expected);
      expect(after.managers.slice().sort()).toEqual(Object.keys(managers).sort());
    });

    it('each person’s deadline is the one that applies to them: a unit’s extension keeps its people off the late list, and in the "before" one', async () => {
      const periods = createSpForSite(connection(hr)).web.lists.getByTitle(LISTS.periods.title).items;
      const unitCode = org.people[forged].unitCode;
      await periods.getById(novemberId).update({ DeadlineOverrides: JSON.stringify([{ unitCode, deadline: '2026-12-09T00:00:00Z' }]) });
      try {
        const reminders = createServicesForSite(connection(hr)).reminders;
        const late = await reminders.preview(novemberId, ALL_LATE);
        expect(late.recipients.some((p) => org.people[p.login].unitCode === unitCode)).toBe(false);
        expect(late.recipients.length).toBeGreaterThan(0);
        const soon = await reminders.preview(novemberId, { ...ALL_LATE, timing: { kind: 'BEFORE', days: 3 } });
        expect(soon.recipients.map((p) => p.login)).toContain(forged);
        expect(soon.recipients.every((p) => org.people[p.login].unitCode === unitCode && p.deadline === '2026-12-09T00:00:00Z' && p.daysLeft === 2)).toBe(true);
      } finally {
        await periods.getById(novemberId).update({ DeadlineOverrides: '' });
      }
    });

    it('sends only to those HR confirmed, and leaves out who submitted since the preview', async () => {
      const services = createServicesForSite(connection(hr));
      const chosen = trackedStaff(org).filter((l) => submitted.indexOf(l) < 0 && l !== forged && org.people[l].unitCode !== org.people[staff].unitCode).slice(0, 2);
      const choice: ReminderChoice = { ...ALL_LATE, audience: { kind: 'PEOPLE', logins: chosen.concat([staff]) } };
      const preview = await services.reminders.preview(novemberId, choice);
      expect(preview.recipients.map((p) => p.login).sort()).toEqual(chosen.slice().sort());
      expect(preview.skipped).toEqual([{ person: expect.objectContaining({ login: staff, displayName: 'Nguyễn Văn An' }), reason: 'SUBMITTED' }]);
      await submit(chosen[0], chosen[0]);
      const { sent: done } = await services.reminders.send(novemberId, choice, [chosen[0], chosen[1], forged]);
      // chosen[0] submitted meanwhile; forged was never previewed for this choice.
      expect(done.recipients.map((p) => p.login)).toEqual([chosen[1]]);
      expect((await outbox()).map((o) => o.recipients[0])).toEqual([chosen[1]]);
      submitted.push(chosen[0]);
    });

    it('refuses anyone outside Vụ Tổ chức cán bộ, even a unit head, before reading anything', async () => {
      for (const upn of [staff, DEV_ACCOUNTS.unitHead.upn]) {
        const reminders = createServicesForSite(connection(upn)).reminders;
        await expect(reminders.getAudience(novemberId)).rejects.toEqual(expect.objectContaining({ reason: 'NOT_HR' }));
        await expect(reminders.preview(novemberId, ALL_LATE)).rejects.toEqual(expect.objectContaining({ reason: 'NOT_HR' }));
        const refused = await reminders.send(novemberId, ALL_LATE, [staff]).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(StepNotAllowedError);
      }
      expect(await outbox()).toEqual([]);
    });

    it('a tampered page that skips that check still sends nothing: SharePoint refuses the journal entry every sending starts with', async () => {
      const c = connection(staff);
      const sp = createSpForSite(c);
      const graph = createGraphForSite(c);
      const orgDirectory = new OrgDirectoryService(sp, graph);
      const loaded = await orgDirectory.getOrg();
      // The check runs in the browser: a staff member can change what their page believes.
      const believesHr = { getOrg: () => Promise.resolve({ ...loaded, org: { ...loaded.org, hrLogins: [staff] } }) } as unknown as OrgDirectoryService;
      const tampered = new ReminderService(
        { sp, directory: new GraphDirectoryService(graph), orgDirectory: believesHr, notifier: new GraphNotifier(graph, sp), today: () => TODAY, pageUrl: page() },
        new AdminJournal(sp)
      );
      const refused = await tampered.send(novemberId, ALL_LATE, trackedStaff(org)).catch((e: unknown) => e);
      // SharePoint hides a list its user may not read (404), as DGCC_AdminLog is to staff, and refuses an add without the right (403).
      expect([403, 404]).toContain(httpStatusOf(refused));
      expect(await outbox()).toEqual([]);
    });

    it('before the deadline’s day nobody is late', async () => {
      const early = createServicesForSite({ ...connection(hr), today: () => new Date('2026-12-04T20:00:00+07:00') });
      expect((await early.reminders.preview(novemberId, ALL_LATE)).recipients).toEqual([]);
    });
  });
});

/** A Graph double for what the intranet cannot do: a feed that fails, a directory with a mail address. */
function fakeGraph(answer: (request: { id: string; method: string; url: string; body?: unknown }) => { status: number; body?: unknown }): GraphApi & { batches: number[]; requests: Array<{ url: string; body?: unknown }> } {
  const batches: number[] = [];
  const requests: Array<{ url: string; body?: unknown }> = [];
  const request = (path: string): GraphRequestLike => {
    const self: GraphRequestLike = {
      select: () => self,
      top: () => self,
      expand: () => self,
      filter: () => self,
      get: () => Promise.reject(new Error(`unexpected GET ${path}`)),
      post: (body: unknown) => {
        if (path !== '/$batch') return Promise.reject(new Error(`unexpected POST ${path}`));
        const inner = (body as { requests: Array<{ id: string; method: string; url: string; body?: unknown }> }).requests;
        batches.push(inner.length);
        inner.forEach((r) => requests.push({ url: r.url, body: r.body }));
        return Promise.resolve({ responses: inner.map((r) => ({ id: r.id, headers: {}, ...answer(r) })) });
      }
    };
    return self;
  };
  return { api: request, batches, requests };
}

const userOf = (url: string): string => decodeURIComponent(url.split('/')[2].split('?')[0]);

describe('the Graph notifier’s batching and fallbacks', () => {
  it('packs 45 recipients 20 to a batch, and mails the address the directory gives', async () => {
    const graph = fakeGraph((r) =>
      r.method === 'GET' ? { status: 200, body: { id: `id-${userOf(r.url)}`, mail: `${userOf(r.url).split('@')[0]}@bvhttdl.gov.vn` } } : { status: 202 }
    );
    const to = Array.from({ length: 45 }, (_, i) => `cv${i}@vhttdl.local`);
    const outcome = await new GraphNotifier(graph).notify({ kind: 'REMINDER', to, subjectName: 'Vụ Tổ chức cán bộ', periodLabel: 'Tháng 11/2026', place: {} });
    expect(outcome.delivered).toHaveLength(45);
    expect(graph.batches).toEqual([20, 20, 5, 20, 20, 5]); // look-ups, then mail
    const mail = graph.requests.filter((r) => r.url === '/me/sendMail')[0].body as { message: { toRecipients: Array<{ emailAddress: { address: string } }> } };
    expect(mail.message.toRecipients).toEqual([{ emailAddress: { address: 'cv0@bvhttdl.gov.vn' } }]);
  });

  it('mails those the Teams feed could not reach (app not installed for them), and no one twice', async () => {
    // The settings list as PnPjs reads it: a chain of select/filter/orderBy/top, then the call.
    const rows = [{ Id: 1, Title: NOTIFICATION_CHANNEL_KEY, SettingValue: 'TEAMS_THEN_MAIL' }];
    const query: unknown = Object.assign(() => Promise.resolve(rows), {});
    const chain = query as Record<string, unknown>;
    ['select', 'filter', 'orderBy', 'top'].forEach((method) => (chain[method] = () => query));
    const sp = { web: { lists: { getByTitle: () => ({ items: query }) } } };
    const graph = fakeGraph((r) => {
      if (r.method === 'GET') return { status: 200, body: { id: `id-${userOf(r.url)}`, mail: null } };
      if (r.url.indexOf('teamwork') >= 0) {
        const notInstalled = r.url.indexOf(encodeURIComponent('id-b@vhttdl.local')) >= 0;
        return notInstalled ? { status: 404, body: { error: { code: 'NotFound', message: 'The app is not installed for the user.' } } } : { status: 204 };
      }
      return { status: 202 };
    });
    const notifier = new GraphNotifier(graph, sp as unknown as ConstructorParameters<typeof GraphNotifier>[1]);
    const outcome = await notifier.notify({ kind: 'DECIDED', to: ['a@vhttdl.local', 'b@vhttdl.local'], subjectName: 'Phòng Quản lý di tích', periodLabel: 'Năm 2026', place: {} });
    expect(outcome.delivered).toEqual([
      { to: 'a@vhttdl.local', channel: 'TEAMS' },
      { to: 'b@vhttdl.local', channel: 'MAIL' }
    ]);
    expect(outcome.failed).toEqual([]);
    const mailed = graph.requests.filter((r) => r.url === '/me/sendMail').map((r) => (r.body as { message: { toRecipients: Array<{ emailAddress: { address: string } }> } }).message.toRecipients[0].emailAddress.address);
    expect(mailed).toEqual(['b@vhttdl.local']);
    const feed = graph.requests.find((r) => r.url.indexOf('teamwork') >= 0) as { body: { activityType: string; previewText: { content: string } } };
    expect(feed.body.activityType).toBe('systemDefault');
  });
});
