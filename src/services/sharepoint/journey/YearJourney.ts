import type { SPFI } from '@pnp/sp';
import { periodKindSettingRows, periodsOfPerson, type SettingRow } from '../periodKindSetting';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { ComplaintPayload, SelfEvaluationPayload } from '../../../domain/evaluation/actPayloads';
import type { EvaluationPeriod, Person } from '../../../domain/evaluation/model';
import { draftProblems, validateComplaint, validateSelfEvaluation } from '../../../domain/evaluation/selfEvaluationForm';
import { readComplaintPayload, readDecisionPayload, readSelfEvaluationPayload } from '../../../domain/evaluation/payloadReaders';
import { suggestYear } from '../../../domain/evaluation/yearSuggestion';
import { noticePlaces } from '../../../domain/evaluation/noticePlaces';
import { screenActs, type RecordedAct } from '../../../domain/org/acts';
import { competentEvaluatorOf } from '../../../domain/org/authority';
import { agencyOf, normalizeLogin, type OrgModel, type OrgUnit } from '../../../domain/org/orgModel';
import { personalFolderName } from '../../../domain/org/readScopes';
import { actKeys } from '../../../domain/workflow/actKeys';
import { periodActsThatCount } from '../../../domain/workflow/periodWorkflow';
import { yearActsThatCount, type YearActFacts } from '../../../domain/workflow/yearWorkflow';
import { selectRuleSet, type RuleSetId } from '../../../domain/rating';
import { NotProvisionedError } from '../../contracts';
import type { Availability } from '../../journey/availability';
import { complaintAvailability, selfEvaluationAvailability } from '../../../domain/workflow/yearAvailability';
import { blocked } from '../../../domain/workflow/availability';
import { complaintDeadlineOf, complaintTooLate, type ComplaintDeadline } from '../../../domain/evaluation/complaintDeadline';
import { DraftConflictError, StepNotAllowedError } from '../../journey/errors';
import { FormProblemsError } from '../../journey/period';
import type { ComplaintRecord, DecisionRecord, IYearJourney, MyYearView } from '../../journey/year';
import type { Notice, NoticeOutcome } from '../../notifications/contracts';
import { readUnitRows, type UnitRow } from '../../graph/OrgDirectoryService';
import { isNotFound, odataString } from '../odata';
import { actRepository, actRowsVisible, draftRepository, draftRowsVisible, type DraftRow } from '../actsReader';
import { ConflictError, readTogether, type RawItem } from '../repository';
import { publicationMarkOf, settingsForYear, type SettingRow as HrSettingRow } from '../../../domain/admin/settingsHistory';
import type { RatingSettings } from '../../../domain/rating/settings';
import { readSettingRows } from '../../admin/SettingsReader';
import { etagOf } from '../repository/etag';
import {
  ACT_FIELDS,
  byKindAndIndex,
  PERIOD_FIELDS,
  personalOrg,
  reviewOf,
  submissionOf,
  toAct,
  toPeriod,
  type ActRow,
  type PeriodRow
} from '../SharePointEvaluationService';
import { LISTS } from '../schema';
import type { JourneyDeps } from './deps';

/** One person's acts of one year are a handful: one page is always all of them. */
const ROWS = 500;

/** An act of the year as read: its row, and what its payload's reader made of it. */
interface YearAct {
  row: YearRow;
  facts: YearActFacts;
}

interface YearRow extends ActRow {
  ActKey?: string;
  Author?: { Name?: string; Title?: string };
}

/** What a screen or a write needs about the person's year, read in one `$batch`. */
interface YearFacts {
  me: Person;
  myLogin: string;
  org: OrgModel;
  ruleSetId?: RuleSetId;
  periods: EvaluationPeriod[];
  reviews: RecordedAct<ReturnType<typeof reviewOf>>[];
  /** The self-evaluation as shown: the submitted act that counts, else the person's working copy. */
  selfEvaluation?: { id: number; etag: string; payload: SelfEvaluationPayload };
  /** The working copy in the private drafts list, with its ETag. */
  selfDraft?: { id: number; etag: string; payload: SelfEvaluationPayload };
  /** Every self-evaluation item of the person's: the next act's key number follows them. */
  selfItems: number;
  decisions: DecisionRecord[];
  /** The latest decision that counts, published or not (a re-decision not yet published holds complaints back). */
  latestDecision?: DecisionRecord;
  complaints: ComplaintRecord[];
  /** Every complaint item about the person: the next key's number follows them. */
  complaintItems: number;
  /** HR's settings for the year, frozen at the first publication the person sees. */
  settings: RatingSettings;
}

const yearLabel = (year: number): string => `Năm ${year}`;

/** Heads or deputises a unit: the leader's criteria of NĐ 90 Điều 8–11 khoản 2 apply. */
function isLeaderIn(units: readonly OrgUnit[], login: string): boolean {
  return units.some((u) => u.headLogin === login || u.deputyLogins.indexOf(login) >= 0);
}

/**
 * The civil servant's year (NĐ 90/2020 Điều 18; NĐ 335/2025 keeps the order): the self-evaluation
 * (Mẫu 02), the result once published (Điều 21), and complaints about it.
 */
export class YearJourney implements IYearJourney {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public async getMyYear(year: number): Promise<MyYearView> {
    const facts = await this.readYear(year);
    const isLeader = isLeaderIn(Object.keys(facts.org.units).map((c) => facts.org.units[c]), facts.myLogin);
    const periodScores = facts.periods
      .filter((p) => p.kind !== 'YEAR')
      .map((period) => {
        const latest = facts.reviews.filter((r) => r.payload.periodId === period.id).pop();
        return latest && latest.payload.outcome === 'APPROVED' ? { period, score: latest.payload.score, level: latest.payload.level } : { period };
      });
    const suggestion = facts.ruleSetId
      ? suggestYear({
          year,
          ruleSetId: facts.ruleSetId,
          isLeader,
          periodScores: periodScores.map((p) => ({ kind: p.period.kind === 'QUARTER' ? 'QUARTER' : 'MONTH', index: p.period.index || 0, score: p.score, level: p.level })),
          selfEvaluation: facts.selfEvaluation?.payload,
          settings: facts.settings
        })
      : undefined;
    return {
      year,
      me: facts.me,
      ruleSetId: facts.ruleSetId,
      isLeader,
      periodScores,
      suggestion,
      selfEvaluation: facts.selfEvaluation?.payload,
      selfEvaluationVersion: facts.selfEvaluation?.etag,
      canSelfEvaluate: this.selfEvaluationAvailability(facts),
      decisions: facts.decisions,
      complaints: facts.complaints,
      canComplain: this.complaintAvailability(facts),
      complaintDeadline: this.complaintDeadline(facts)
    };
  }

  public async saveSelfEvaluation(year: number, evaluation: SelfEvaluationPayload, version?: string): Promise<{ version: string; notice?: NoticeOutcome }> {
    const facts = await this.readYear(year);
    const allowed = this.selfEvaluationAvailability(facts);
    if (!allowed.allowed) throw new StepNotAllowedError(allowed.reason);
    const person = facts.org.people[facts.myLogin];
    if (!person || !facts.ruleSetId) throw new Error(`${facts.myLogin} has no unit in the units list: the self-evaluation has no folder to go in.`);
    const isLeader = isLeaderIn(Object.keys(facts.org.units).map((c) => facts.org.units[c]), facts.myLogin);
    // The year's rule set, whatever the form sent: the engine and the meeting read it by this.
    const payload: SelfEvaluationPayload = { ...evaluation, ruleSetId: facts.ruleSetId };
    const problems = payload.submitted ? validateSelfEvaluation(payload, isLeader) : draftProblems(payload, isLeader);
    if (problems.length > 0) throw new FormProblemsError(problems);

    const draft = facts.selfDraft;
    let newVersion: string;
    // The working copy changed from another tab or device since this form read it (or this form never
    // saw it): the user chooses, before anything is saved or submitted.
    if (draft && version !== draft.etag) throw new DraftConflictError<SelfEvaluationPayload>(draft.payload, draft.etag);
    if (payload.submitted) {
      // The act: added once, never edited (the unit-year folder gives Add without Edit).
      const added = await actRepository(this.deps.sp, LISTS.selfEvaluations).add(
        {
          Title: `Phiếu đánh giá, xếp loại chất lượng công chức năm ${year} – ${facts.me.displayName}`,
          EvalYear: year,
          EmployeeLogin: facts.myLogin,
          UnitCode: person.unitCode,
          ActKey: `${actKeys.selfEvaluation(year, facts.myLogin)}-${facts.selfItems + 1}`,
          Payload: JSON.stringify(payload)
        },
        // The person's own folder: only they add there (a forged Author cannot place it).
        { folder: personalFolderName(facts.myLogin) }
      );
      newVersion = added.etag;
    } else {
      const drafts = draftRepository(this.deps.sp);
      const body = JSON.stringify(payload);
      try {
        newVersion = draft
          ? (await drafts.update(draft.id, { Payload: body }, draft.etag)).etag
          : (
              await drafts.add({
                Title: `Bản nháp phiếu tự đánh giá năm ${year} – ${facts.me.displayName}`,
                DraftKey: actKeys.selfEvaluation(year, facts.myLogin),
                EvalYear: year,
                EmployeeLogin: facts.myLogin,
                UnitCode: person.unitCode,
                Payload: body
              })
            ).etag;
      } catch (error) {
        if (error instanceof ConflictError && error.current) {
          throw new DraftConflictError<SelfEvaluationPayload>(readSelfEvaluationPayload((error.current.value as DraftRow).Payload), error.current.etag);
        }
        throw error;
      }
    }
    if (!payload.submitted) return { version: newVersion };
    const notice = await this.notify({
      kind: 'SELF_EVALUATION_SUBMITTED',
      to: this.minutesKeepers(facts.org, person.unitCode, facts.myLogin),
      subjectName: facts.me.displayName,
      subjectPosition: facts.me.jobTitle,
      periodLabel: yearLabel(year),
      pageUrl: this.deps.pageUrl,
      place: noticePlaces.unitYear(year, person.unitCode, facts.myLogin)
    });
    return { version: newVersion, notice };
  }

  public async fileComplaint(year: number, text: string): Promise<{ notice: NoticeOutcome }> {
    const problems = validateComplaint(text);
    if (problems.length > 0) throw new FormProblemsError(problems);
    const facts = await this.readYear(year);
    const allowed = this.complaintAvailability(facts);
    if (!allowed.allowed) throw new StepNotAllowedError(allowed.reason);
    const person = facts.org.people[facts.myLogin];
    if (!person) throw new Error(`${facts.myLogin} has no unit in the units list: the complaint has no folder to go in.`);
    const payload: ComplaintPayload = { kind: 'COMPLAINT', text: text.trim() };
    // The n-th complaint of the year: a retry of the same one finds its key instead of filing it twice.
    await actRepository(this.deps.sp, LISTS.complaints).add(
      {
        Title: `Khiếu nại kết quả xếp loại năm ${year} – ${facts.me.displayName}`,
        EvalYear: year,
        EmployeeLogin: facts.myLogin,
        UnitCode: person.unitCode,
        ActKey: actKeys.complaint(year, facts.myLogin, facts.complaintItems + 1),
        Payload: JSON.stringify(payload)
      },
      { folder: personalFolderName(facts.myLogin) }
    );
    const evaluator = competentEvaluatorOf(facts.org, facts.myLogin);
    const notice = await this.notify({
      kind: 'COMPLAINT_FILED',
      to: evaluator ? [evaluator] : [],
      subjectName: facts.me.displayName,
      subjectPosition: facts.me.jobTitle,
      periodLabel: yearLabel(year),
      detail: payload.text,
      pageUrl: this.deps.pageUrl,
      place: noticePlaces.unitYear(year, (agencyOf(facts.org, facts.myLogin) || { code: person.unitCode }).code, facts.myLogin)
    });
    return { notice };
  }

  private selfEvaluationAvailability(facts: YearFacts): Availability {
    const yearPeriod = facts.periods.find((p) => p.kind === 'YEAR');
    return selfEvaluationAvailability(!!facts.ruleSetId, !!yearPeriod && yearPeriod.status === 'OPEN', {
      selfEvaluationSubmitted: !!facts.selfEvaluation && facts.selfEvaluation.payload.submitted,
      latestDecision: facts.latestDecision
    });
  }

  private complaintAvailability(facts: YearFacts): Availability {
    const may = complaintAvailability({ latestDecision: facts.latestDecision, complaintOpen: facts.complaints.some((c) => !c.answer) });
    if (!may.allowed) return may;
    // The deadline of the settings in force at publication, against the service's clock: a caller skipping the screen is refused too.
    const deadline = this.complaintDeadline(facts);
    return deadline && complaintTooLate(deadline.lastDay, this.deps.today()) ? blocked('COMPLAINT_TOO_LATE') : may;
  }

  private complaintDeadline(facts: YearFacts): ComplaintDeadline | undefined {
    return complaintDeadlineOf(facts.latestDecision, facts.settings.complaints.deadlineDays);
  }

  /** The head, deputies and secretary of the person's unit (of the agency when the unit has none), who hold the meeting. */
  private minutesKeepers(org: OrgModel, unitCode: string, myLogin: string): string[] {
    const keepersOf = (unit: OrgUnit | undefined): string[] =>
      unit ? [unit.headLogin, ...unit.deputyLogins, unit.secretaryLogin].filter((l): l is string => !!l && l !== myLogin) : [];
    const unit = org.units[unitCode];
    const own = keepersOf(unit);
    const keepers = own.length > 0 || !unit || !unit.parentCode ? own : keepersOf(org.units[unit.parentCode]);
    return keepers.filter((l, i) => keepers.indexOf(l) === i);
  }

  private async notify(notice: Notice): Promise<NoticeOutcome> {
    if (notice.to.length === 0) return { delivered: [], failed: [] };
    return this.deps.notifier.notify(notice);
  }

  /**
   * The person (Graph, one request, cached for the page) and their year (SharePoint, one `$batch`): the
   * periods, the units list, and their reviews, self-evaluation, decisions and complaints, each screened
   * by its author's right so that a forged act counts for nothing.
   */
  private async readYear(year: number): Promise<YearFacts> {
    const me = await this.deps.directory.getMe();
    const myLogin = normalizeLogin(me.userPrincipalName);
    const mine = `EmployeeLogin eq ${odataString(me.userPrincipalName)} and EvalYear eq ${year}`;
    const sp = this.deps.sp;
    const [periodRows, unitRows, submissionRows, reviewRows, selfRows, decisionRows, complaintRows, draftRows, settingRows, hrSettingRows] = await readTogether<
      [PeriodRow[], UnitRow[], YearRow[], YearRow[], YearRow[], YearRow[], YearRow[], DraftRow[], SettingRow[], HrSettingRow[]]
    >(sp, (b) => [
      b.web.lists.getByTitle(LISTS.periods.title).items.select(...PERIOD_FIELDS).filter(`EvalYear eq ${year}`).top(ROWS)(),
      readUnitRows(b),
      actsOf(b, LISTS.periodScores.title, `${mine} and Step eq 'SUBMITTED'`, ['PeriodId', 'Step']),
      actsOf(b, LISTS.reviews.title, mine, ['PeriodId']),
      actsOf(b, LISTS.selfEvaluations.title, mine, []),
      actsOf(b, LISTS.decisions.title, mine, ['Rating', 'Author/Title']),
      actsOf(b, LISTS.complaints.title, mine, ['Author/Title']),
      draftRowsVisible(b, actKeys.selfEvaluation(year, myLogin)),
      periodKindSettingRows(b),
      // HR's settings (roll-up, rounding) in the same batch: no request of their own.
      readSettingRows(b)
    ]).catch((error: unknown) => {
      // The periods and units lists are there on every provisioned site: without them, nothing is set up yet.
      if (isNotFound(error)) throw new NotProvisionedError([LISTS.periods.title, LISTS.units.title]);
      throw error;
    });
    const org = personalOrg(me, unitRows);
    const selection = selectRuleSet(year, 'CONG_CHUC');
    // The periods of the person's unit's kind (a quarterly unit's people: the quarters), with their deadlines.
    const periods = periodsOfPerson(org, me.userPrincipalName, periodRows.map(toPeriod).sort(byKindAndIndex), settingRows, year, this.deps.today());

    // A period's reviews count by the period's workflow (in turn, before the close), as everywhere.
    const periodActs = screenActs<unknown>(org, [
      ...submissionRows.map((r) => toAct(r, 'SELF_ASSESSMENT', submissionOf)),
      ...reviewRows.map((r) => toAct(r, 'PERIOD_REVIEW', reviewOf))
    ]).effective as unknown as Array<RecordedAct<ReturnType<typeof submissionOf>> | RecordedAct<ReturnType<typeof reviewOf>>>;
    const reviews = periods
      .filter((p) => p.kind !== 'YEAR')
      .reduce<Array<RecordedAct<ReturnType<typeof reviewOf>>>>(
        (all, period) => all.concat(periodActsThatCount<(typeof periodActs)[number]>(period, periodActs).counted.filter((a) => a.step === 'PERIOD_REVIEW') as Array<RecordedAct<ReturnType<typeof reviewOf>>>),
        []
      );

    // The year's acts: screened by their authors' right, then by the year's workflow (domain/workflow).
    // Each kind read by its own reader (domain/evaluation/payloadReaders), with the row it came from.
    const selfOf = (row: YearRow): YearAct => ({ row, facts: readSelfEvaluationPayload(row.Payload) });
    const decisionOf = (row: YearRow): YearAct => ({ row, facts: readDecisionPayload(row.Payload, row.Rating) });
    const complaintOf = (row: YearRow): YearAct => ({ row, facts: readComplaintPayload(row.Payload) });
    const screened = screenActs<YearAct>(org, [
      ...selfRows.map((r) => toAct(r, 'SELF_ASSESSMENT', selfOf)),
      ...decisionRows.map((r) => toAct(r, 'DECISION', decisionOf)),
      ...complaintRows.map((r) => toAct(r, readComplaintPayload(r.Payload).kind === 'ANSWER' ? 'COMPLAINT_ANSWER' : 'COMPLAINT', complaintOf))
    ]).effective;
    const counted = yearActsThatCount(
      screened.map((a) => ({ ...a, payload: { ...a.payload.facts, act: a.payload } })),
      (login) => (org.people[login] ? org.people[login].unitCode : undefined)
    ).counted.map((a) => ({ ...a, payload: a.payload.act }));
    const selfAct = counted.filter((a) => a.step === 'SELF_ASSESSMENT').pop();
    const decided = counted.filter((a) => a.step === 'DECISION').map(toDecisionRecord);
    const latestDecision = decided[decided.length - 1];
    const answers = counted.filter((a) => a.step === 'COMPLAINT_ANSWER');
    const complaints: ComplaintRecord[] = counted
      .filter((a) => a.step === 'COMPLAINT')
      .map((a) => {
        const p = readComplaintPayload(a.payload.row.Payload);
        const answer = answers.filter((x) => readComplaintPayload(x.payload.row.Payload).answersComplaint === a.id).pop();
        const record: ComplaintRecord = { id: a.id, text: p.text, filedAt: a.createdAt };
        if (answer) {
          const q = readComplaintPayload(answer.payload.row.Payload);
          record.answer = { text: q.text, outcome: q.outcome === 'UPHELD' ? 'UPHELD' : 'REJECTED', at: answer.createdAt, answeredByName: authorName(answer.payload.row) };
        }
        return record;
      });
    const draftRow = draftRows.filter((r) => normalizeLogin(r.EmployeeLogin) === myLogin).pop();
    const selfDraft = draftRow ? { id: draftRow.Id, etag: etagOf(draftRow as unknown as RawItem) || '', payload: readSelfEvaluationPayload(draftRow.Payload) } : undefined;
    const selfEvaluation = selfAct ? { id: selfAct.id, etag: '', payload: readSelfEvaluationPayload(selfAct.payload.row.Payload) } : selfDraft;

    return {
      me,
      myLogin,
      org,
      ruleSetId: selection.ok ? selection.ruleSet.id : undefined,
      periods,
      reviews,
      selfEvaluation,
      selfDraft,
      selfItems: selfRows.length,
      // Only what was made known to the person (NĐ 90/2020 Điều 21); a decision not yet published is the leader's draft.
      decisions: decided.filter((d) => d.published),
      latestDecision,
      complaints,
      complaintItems: complaintRows.filter((r) => readComplaintPayload(r.Payload).kind !== 'ANSWER').length,
      settings: settingsForYear(
        hrSettingRows,
        year,
        publicationMarkOf(
          counted
            .filter((a) => a.step === 'DECISION')
            .map((a) => {
              const p = readDecisionPayload(a.payload.row.Payload, a.payload.row.Rating);
              return { published: p.published, settingsThrough: p.settingsThrough, at: a.createdAt };
            })
        )
      ).settings
    };
  }
}


function authorName(row: YearRow): string {
  return (row.Author && (row.Author.Title || row.Author.Name)) || '';
}

function toDecisionRecord(act: RecordedAct<YearAct>): DecisionRecord {
  const p = readDecisionPayload(act.payload.row.Payload, act.payload.row.Rating);
  const record: DecisionRecord = { id: act.id, rating: p.rating, reasons: p.reasons, published: p.published, decidedByName: authorName(act.payload.row), at: act.createdAt };
  if (p.quotaException) record.quotaException = p.quotaException;
  if (typeof p.supersedes === 'number') record.supersedes = p.supersedes;
  return record;
}

/** A person's acts of a year in one list. */
function actsOf(b: SPFI, listTitle: string, filter: string, extra: string[]): Promise<YearRow[]> {
  return actRowsVisible<YearRow>(b, listTitle, filter, ACT_FIELDS.concat(extra), ROWS);
}
