import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { latePeople, OwnPartAct } from '../../domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import { periodTitle } from '../../domain/evaluation/periodTitle';
import type { RecordedAct } from '../../domain/org/acts';
import { normalizeLogin, OrgModel, OrgPerson } from '../../domain/org/orgModel';
import { StepNotAllowedError } from '../journey/errors';
import type { JourneyDeps } from '../sharepoint/journey/deps';
import { actRepository } from '../sharepoint/actsReader';
import { PERIOD_FIELDS, PeriodRow, toPeriod, unitPath } from '../sharepoint/SharePointEvaluationService';
import { LISTS } from '../sharepoint/schema';
import type { IReminderService, Notice, NoticeOutcome } from './contracts';

export interface LatePerson {
  login: string;
  displayName: string;
  unitName: string;
}

/** The ministry's documents name periods in Vietnamese, and so do its reminders. */
const VIETNAMESE_PERIOD_WORDS = { month: 'Tháng', quarter: 'Quý', year: 'Năm' };

/** A page of a period's submissions: a 2,000-person ministry's month takes one or two. */
const PAGE_SIZE = 2000;

/**
 * HR's reminders (Vụ Tổ chức cán bộ): who has not submitted a period whose deadline has come, and one
 * reminder to each of them. The rule is the domain's (latePeople); here the period, the org and the
 * submissions are read, the submissions by the indexed PeriodId (or EvalYear for the year) page by
 * page, so a ministry's thousands of rows stay below the list view threshold.
 */
export class ReminderService implements IReminderService {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public async getLate(periodId: number): Promise<LatePerson[]> {
    const { org, late } = await this.lateFor(periodId);
    return late.map((person) => this.describe(org, person));
  }

  public async sendReminders(periodId: number): Promise<NoticeOutcome> {
    const { period, late } = await this.lateFor(periodId);
    const periodLabel = periodTitle(period, VIETNAMESE_PERIOD_WORDS);
    // One notice per person, each naming its reader: the notifier packs them 20 to a Graph batch.
    const notices: Notice[] = late.map((person) => ({
      kind: 'REMINDER',
      to: [person.login],
      subjectName: person.displayName,
      periodLabel,
      link: this.deps.pageUrl,
      deadline: period.deadline
    }));
    if (!notices.length) return { delivered: [], failed: [] };
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

  private describe(org: OrgModel, person: OrgPerson): LatePerson {
    const unit = org.units[person.unitCode];
    return { login: person.login, displayName: person.displayName, unitName: unit ? unitPath(org, unit) : person.unitCode };
  }

  private async lateFor(periodId: number): Promise<{ period: EvaluationPeriod; org: OrgModel; late: OrgPerson[] }> {
    const [me, loaded] = await Promise.all([this.deps.directory.getMe(), this.deps.orgDirectory.getOrg()]);
    const org = loaded.org;
    // Reminders speak for Vụ Tổ chức cán bộ: only its people send them, or see who is late.
    if (org.hrLogins.indexOf(normalizeLogin(me.userPrincipalName)) < 0) throw new StepNotAllowedError('NOT_HR');
    const period = await this.readPeriod(periodId);
    const acts = await this.ownPartActs(period);
    return { period, org, late: latePeople(org, period, acts, this.deps.today()) };
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
