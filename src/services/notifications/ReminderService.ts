import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { deadlineInOrg, periodAppliesTo, personPeriodKind } from '../../domain/admin/periods';
import { dayOf, resolveSettingsAt, type SettingRow } from '../../domain/admin/settingsHistory';
import type { OwnPartAct } from '../../domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import { noticePlaces } from '../../domain/evaluation/noticePlaces';
import { periodTitle } from '../../domain/evaluation/periodTitle';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS, periodAudience, planReminders, ReminderChoice, ReminderFacts, ReminderPlan, submittedLogins } from '../../domain/evaluation/reminderPlan';
import type { RecordedAct } from '../../domain/org/acts';
import { normalizeLogin, OrgModel } from '../../domain/org/orgModel';
import type { AdminJournal } from '../admin/AdminJournal';
import { StepNotAllowedError } from '../journey/errors';
import type { JourneyDeps } from '../sharepoint/journey/deps';
import { actRepository } from '../sharepoint/actsReader';
import { PERIOD_FIELDS, PeriodRow, toPeriod, unitPath } from '../sharepoint/SharePointEvaluationService';
import { ministryPeriodKind, periodKindSettingRows } from '../sharepoint/periodKindSetting';
import { LISTS } from '../sharepoint/schema';
import { odataString } from '../sharepoint/odata';
import type { IReminderService, Notice, NoticeOutcome, ReminderAudienceView, ReminderPerson, ReminderPreview, ReminderSending } from './contracts';

/** The ministry's documents name periods in Vietnamese, and so do its reminders. */
const VIETNAMESE_PERIOD_WORDS = { month: 'Tháng', quarter: 'Quý', year: 'Năm' };

/** A page of a period's submissions: a 2,000-person ministry's month takes one or two. */
const PAGE_SIZE = 2000;

/** HR's setting of the days before a deadline a reminder goes by default (DGCC_Settings, a dated history). */
export const REMIND_DAYS_BEFORE_SETTING = 'notifications.remindDaysBefore';

interface Loaded {
  period: EvaluationPeriod;
  org: OrgModel;
  facts: ReminderFacts;
}

/**
 * HR's reminders (Vụ Tổ chức cán bộ): whom (everyone the period applies to, a unit, chosen people),
 * when (before the deadline that applies to each of them, or after it), with a copy to each direct
 * manager listing their people. The rules are the domain's (planReminders); here the period, the org
 * and the submissions are read (by the indexed PeriodId or EvalYear, page by page, below the list view
 * threshold), the notices sent and the sending recorded in the administration's journal.
 *
 * Only HR: the service refuses anyone else (NOT_HR) before reading anything, and SharePoint refuses
 * them the journal entry each sending starts with (DGCC_AdminLog: HR adds), so no one else's call,
 * REST included, sends reminders in the product's name.
 */
export class ReminderService implements IReminderService {
  protected readonly deps: JourneyDeps;
  private readonly journal: AdminJournal;

  public constructor(deps: JourneyDeps, journal: AdminJournal) {
    this.deps = deps;
    this.journal = journal;
  }

  public async getAudience(periodId: number): Promise<ReminderAudienceView> {
    const { org, facts } = await this.load(periodId);
    const submitted = submittedLogins(facts);
    const people = periodAudience(facts).map((login) => ({
      ...this.describe(org, login),
      submitted: !!submitted[login],
      deadline: (facts.deadlineOf && facts.deadlineOf(login)) || facts.period.deadline
    }));
    const unitCodes: string[] = [];
    people.forEach((p) => {
      // A unit and every unit above it (below the ministry): HR may remind a Cục with its Phòng.
      let code: string | undefined = p.unitCode;
      while (code && org.units[code] && org.units[code].level !== 'MINISTRY') {
        if (unitCodes.indexOf(code) < 0) unitCodes.push(code);
        code = org.units[code].parentCode;
      }
    });
    const units = unitCodes.map((code) => ({ code, name: unitPath(org, org.units[code]) })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return { people, units, reminderDays: await this.reminderDays() };
  }

  public async preview(periodId: number, choice: ReminderChoice): Promise<ReminderPreview> {
    const { org, facts } = await this.load(periodId);
    return this.describePlan(org, planReminders(facts, choice));
  }

  public async send(periodId: number, choice: ReminderChoice, confirmed: readonly string[]): Promise<ReminderSending> {
    const { period, org, facts } = await this.load(periodId);
    const chosen = confirmed.map(normalizeLogin);
    // Only those HR saw and confirmed; someone who has submitted since drops out with the fresh read.
    const fresh = planReminders(facts, choice);
    const recipients = fresh.recipients.filter((r) => chosen.indexOf(r.login) >= 0);
    const plan: ReminderPlan = {
      recipients,
      managerCopies: fresh.managerCopies
        .map((copy) => ({ managerLogin: copy.managerLogin, about: copy.about.filter((login) => recipients.some((r) => r.login === login)) }))
        .filter((copy) => copy.about.length > 0),
      skipped: []
    };
    const sent = this.describePlan(org, plan);
    if (!recipients.length) return { sent, outcome: { delivered: [], failed: [] } };
    // Recorded first: SharePoint lets only HR add to the journal, so a refused entry sends nothing.
    await this.journal.record({
      subject: 'REMINDER',
      subjectKey: String(period.id),
      year: period.year,
      action: 'SEND',
      after: {
        period: periodTitle(period, VIETNAMESE_PERIOD_WORDS),
        audience: choice.audience,
        timing: choice.timing,
        reminders: recipients.length,
        managerCopies: plan.managerCopies.length,
        recipients: recipients.map((r) => r.login),
        managers: plan.managerCopies.map((c) => c.managerLogin)
      }
    });
    const outcome = await this.notifyAll(this.notices(period, org, plan, choice));
    return { sent, outcome };
  }

  /** One reminder per person, each naming its reader; one copy per manager, listing their people. */
  private notices(period: EvaluationPeriod, org: OrgModel, plan: ReminderPlan, choice: ReminderChoice): Notice[] {
    const periodLabel = periodTitle(period, VIETNAMESE_PERIOD_WORDS);
    const pageUrl = this.deps.pageUrl;
    const reminders: Notice[] = plan.recipients.map((target) => {
      const person = org.people[target.login];
      return {
        kind: choice.timing.kind === 'BEFORE' ? 'REMINDER_DUE' : 'REMINDER',
        to: [target.login],
        subjectName: person.displayName,
        subjectPosition: person.jobTitle,
        periodLabel,
        deadline: target.deadline,
        pageUrl,
        place: noticePlaces.myPeriod(period)
      };
    });
    const copies: Notice[] = plan.managerCopies.map((copy) => ({
      kind: 'REMINDER_COPY',
      to: [copy.managerLogin],
      subjectName: org.people[copy.managerLogin].displayName,
      periodLabel,
      deadline: period.deadline,
      pageUrl,
      place: noticePlaces.periodProgress(period.id),
      people: copy.about.map((login) => {
        const described = this.describe(org, login);
        const target = plan.recipients.find((r) => r.login === login);
        return { name: described.displayName, position: described.position, unitName: described.unitName, deadline: target && target.deadline };
      })
    }));
    return reminders.concat(copies);
  }

  private async notifyAll(notices: Notice[]): Promise<NoticeOutcome> {
    const notifier = this.deps.notifier;
    if (notifier.notifyEach) return notifier.notifyEach(notices);
    const outcome: NoticeOutcome = { delivered: [], failed: [] };
    for (const notice of notices) {
      const one = await notifier.notify(notice);
      outcome.delivered.push(...one.delivered);
      outcome.failed.push(...one.failed);
    }
    return outcome;
  }

  private describePlan(org: OrgModel, plan: ReminderPlan): ReminderPreview {
    return {
      recipients: plan.recipients.map((r) => ({ ...this.describe(org, r.login), deadline: r.deadline, daysLeft: r.daysLeft })),
      managerCopies: plan.managerCopies.map((c) => ({ manager: this.describe(org, c.managerLogin), about: c.about })),
      skipped: plan.skipped.map((s) => ({ person: this.describe(org, s.login), reason: s.reason }))
    };
  }

  private describe(org: OrgModel, login: string): ReminderPerson {
    const person = org.people[login];
    if (!person) return { login, displayName: login, unitCode: '', unitName: '' };
    const unit = org.units[person.unitCode];
    return {
      login,
      displayName: person.displayName,
      position: person.jobTitle || undefined,
      unitCode: person.unitCode,
      unitName: unit ? unitPath(org, unit) : person.unitCode
    };
  }

  /**
   * HR's "reminder days" setting in force today (a dated history: a new row per change), resolved as
   * every setting is (resolveSettingsAt); the product's default when none is set or readable.
   */
  private async reminderDays(): Promise<number> {
    const rows = await this.deps.sp.web.lists
      .getByTitle(LISTS.settings.title)
      .items.select('Id', 'SettingValue', 'EffectiveFrom')
      .filter(`Title eq ${odataString(REMIND_DAYS_BEFORE_SETTING)}`)
      .top(100)<Array<{ Id: number; SettingValue?: string; EffectiveFrom?: string }>>()
      .catch(() => []);
    const history: SettingRow[] = rows.map((row) => ({ id: row.Id, name: REMIND_DAYS_BEFORE_SETTING, text: row.SettingValue || '', effectiveFrom: row.EffectiveFrom }));
    const days = resolveSettingsAt(history, dayOf(this.deps.today().toISOString())).settings.notifications.remindDaysBefore;
    return Number.isInteger(days) && days >= 0 && days <= MAX_REMINDER_DAYS ? days : DEFAULT_REMINDER_DAYS;
  }

  private async load(periodId: number): Promise<Loaded> {
    const [me, loaded] = await Promise.all([this.deps.directory.getMe(), this.deps.orgDirectory.getOrg()]);
    const org = loaded.org;
    // Reminders speak for Vụ Tổ chức cán bộ: only its people send them, or see who has submitted.
    if (org.hrLogins.indexOf(normalizeLogin(me.userPrincipalName)) < 0) throw new StepNotAllowedError('NOT_HR');
    const period = await this.readPeriod(periodId);
    const [acts, kindRows] = await Promise.all([this.ownPartActs(period), periodKindSettingRows(this.deps.sp)]);
    const ministryKind = ministryPeriodKind(kindRows, period.year);
    return {
      period,
      org,
      facts: {
        org,
        period,
        acts,
        today: this.deps.today(),
        // A month concerns the units on months, a quarter those on quarters; the year everyone.
        appliesTo: (login) => periodAppliesTo(period, personPeriodKind(org, login, ministryKind)),
        // Each person's own deadline: the period's, or an extension for them or a unit they are in.
        deadlineOf: (login) => deadlineInOrg(org, period, login)
      }
    };
  }

  private async readPeriod(periodId: number): Promise<EvaluationPeriod> {
    const row = await this.deps.sp.web.lists
      .getByTitle(LISTS.periods.title)
      .items.getById(periodId)
      .select(...PERIOD_FIELDS)<PeriodRow>();
    return toPeriod(row);
  }

  /** The submitted acts that settle people's part of the period, with their server-set authors. */
  private async ownPartActs(period: EvaluationPeriod): Promise<Array<RecordedAct<OwnPartAct>>> {
    const yearly = period.kind === 'YEAR';
    const rows = yearly
      ? await actRepository(this.deps.sp, LISTS.selfEvaluations).query({ indexedFilter: { field: 'EvalYear', value: period.year }, pageSize: PAGE_SIZE })
      : await actRepository(this.deps.sp, LISTS.periodScores).query({ indexedFilter: { field: 'PeriodId', value: period.id }, filter: "Step eq 'SUBMITTED'", pageSize: PAGE_SIZE });
    return rows.map((row) => ({
      id: row.id,
      step: 'SELF_ASSESSMENT',
      subjectLogin: row.value.subjectLogin,
      authorLogin: row.value.authorLogin,
      editorLogin: row.value.editorLogin,
      createdAt: row.value.createdAt,
      // The year's part is done once the self-evaluation is submitted; a period's by its submission.
      payload: yearly ? { submitted: (row.value.payload as { submitted?: unknown }).submitted === true } : { periodId: period.id, submitted: true }
    }));
  }
}
