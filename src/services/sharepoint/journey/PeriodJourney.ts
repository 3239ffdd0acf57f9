import type { SPFI } from '@pnp/sp';
import { deadlineInOrg } from '../../../domain/admin/periods';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { PeriodReviewPayload, PeriodSubmissionPayload, SubmittedWorkLine } from '../../../domain/evaluation/actPayloads';
import { derivePeriodResult, type PeriodActs, type ReviewAct, type SubmissionAct } from '../../../domain/evaluation/derivePeriodResult';
import type { EvaluationPeriod, EvaluationStep, Person } from '../../../domain/evaluation/model';
import { catalogueForSpan, productVersionOf, type ProductRow, type ProductVersion } from '../../../domain/admin/catalogue';
import {
  EMPTY_DRAFT,
  generalCriteriaProblems,
  periodSpan,
  scoreDraft,
  validatePeriodDraft,
  validatePeriodReview,
  type CatalogueEntry,
  type PeriodDraft
} from '../../../domain/evaluation/periodDraft';
import { noticePlaces } from '../../../domain/evaluation/noticePlaces';
import { periodTitle } from '../../../domain/evaluation/periodTitle';
import { readPointsRecord, readReviewPayload } from '../../../domain/evaluation/payloadReaders';
import { generalCriteriaLeaves, type GeneralCriterionLeaf } from '../../../domain/evaluation/generalCriteria';
import { mau01GroupsOf } from '../../../domain/rating/mau01';
import { screenActs, type RecordedAct } from '../../../domain/org/acts';
import { mayAct } from '../../../domain/org/authority';
import { normalizeLogin, unitChain, type OrgModel } from '../../../domain/org/orgModel';
import { personalFolderName } from '../../../domain/org/readScopes';
import { actKeys } from '../../../domain/workflow/actKeys';
import { periodActsThatCount, reportAvailability, reviewAvailability } from '../../../domain/workflow/periodWorkflow';
import type { RatingLevel } from '../../../domain/rating';
import type { Availability } from '../../journey/availability';
import { DraftConflictError, StepNotAllowedError } from '../../journey/errors';
import {
  FormProblemsError,
  type IPeriodJourney,
  type MyPeriodView,
  type PeriodReviewInput,
  type PeriodReviewRecord,
  type PeriodReviewView,
  type ProductTypeOption
} from '../../journey/period';
import type { Notice, NoticeOutcome } from '../../notifications/contracts';
import { readUnitRows, type UnitRow } from '../../graph/OrgDirectoryService';
import { actRepository, actRowsVisible, draftRepository, draftRowsVisible, type DraftRow } from '../actsReader';
import { odataString } from '../odata';
import { ConflictError, readTogether, type RawItem } from '../repository';
import { dayOf, resolveSettingsAt, type SettingRow } from '../../../domain/admin/settingsHistory';
import type { Mau01Settings, Nd335Settings } from '../../../domain/rating/settings';
import { readSettingRows } from '../../admin/SettingsReader';
import { etagOf } from '../repository/etag';
import {
  ACT_FIELDS,
  parseJson,
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

/** The draft is one item per person and period in the private drafts list, updated with its ETag. */
export const draftKey = actKeys.periodDraft;

const PERIOD_SCORE_FIELDS = ['PeriodId', 'Step', 'ReviewerLogin', 'EmployeeName', 'ActKey', 'Modified'];
const PRODUCT_FIELDS = ['Id', 'Title', 'ProductCode', 'ConversionFactor', 'EffectiveFrom', 'EffectiveTo', 'UnitCode', 'Created'];
/** A catalogue, a person's acts of one period, the units: each far below one page. */
const ROWS = 2000;

type ScoreRow = ActRow & { ActKey?: string; Modified?: string };

/** What every step of the period reads first: the period, the org's units, the catalogue and the person's acts. */
interface PeriodFacts {
  period: EvaluationPeriod;
  units: UnitRow[];
  catalogue: CatalogueEntry[];
  /** Effective submissions (SUBMITTED, by the person), oldest first. */
  submissions: ScoreRow[];
  /** Effective reviews (by the direct manager), oldest first. */
  reviews: ActRow[];
  /** Every submission item about the person in the period, whoever wrote it: the next key's number follows them. */
  submissionItems: number;
  /** The person's working copy (private drafts list), with its ETag. */
  draft?: { row: DraftRow; etag: string };
  step: EvaluationStep;
  /** HR's scoring settings in force on the period's last day (formula, weights, rounding). */
  scoring: Nd335Settings;
  /** Mẫu 01's general criteria in force on the same day (HR's split, or the national form). */
  mau01: Mau01Settings;
  /** Their score boxes (generalCriteria.ts): what a submission's and a review's parts are checked against. */
  leaves: GeneralCriterionLeaf[];
}

const WORDS = { month: 'Tháng', quarter: 'Quý', year: 'Năm' };

/**
 * The catalogue a person's month or quarter offers (domain/admin/catalogue): the rows of the products
 * in force on some day of the period, for the person's unit and the units above it.
 */
function toCatalogue(rows: readonly ProductRow[], period: EvaluationPeriod, unitCodes: readonly string[]): CatalogueEntry[] {
  const versions = rows.map(productVersionOf).filter((v): v is ProductVersion => !!v);
  return catalogueForSpan(versions, periodSpan(period), unitCodes);
}

function toOptions(catalogue: readonly CatalogueEntry[]): ProductTypeOption[] {
  return catalogue.map((c) => ({ code: c.code, name: c.name, conversionFactor: c.conversionFactor }));
}

/** A stored payload read back as a form: missing pieces become empty, never undefined arrays. */
export function draftOf(payload: unknown): PeriodDraft {
  const p = (payload && typeof payload === 'object' ? payload : {}) as Partial<PeriodSubmissionPayload>;
  const lines = Array.isArray(p.lines) ? (p.lines as SubmittedWorkLine[]) : [];
  return {
    lines: lines.map((l) => ({ ...l, evidence: Array.isArray(l.evidence) ? l.evidence : [] })),
    generalCriteriaSelfScore: typeof p.generalCriteriaSelfScore === 'number' ? p.generalCriteriaSelfScore : undefined,
    generalCriteriaSelfParts: readPointsRecord(p.generalCriteriaSelfParts),
    strengths: typeof p.strengths === 'string' ? p.strengths : undefined,
    weaknesses: typeof p.weaknesses === 'string' ? p.weaknesses : undefined,
    comment: typeof p.comment === 'string' ? p.comment : ''
  };
}

function reviewRecord(row: ActRow, reviewerName: (login: string) => string): PeriodReviewRecord {
  const p = readReviewPayload(row.Payload);
  const act = toAct(row, 'PERIOD_REVIEW', reviewOf);
  return {
    outcome: p.outcome,
    returnReason: p.returnReason,
    comment: p.comment,
    generalCriteriaScore: p.generalCriteriaScore,
    generalCriteriaParts: p.generalCriteriaParts,
    assessments: p.assessments,
    leaderComponents: p.leaderComponents,
    score: p.score,
    level: p.level,
    reviewerName: reviewerName(act.authorLogin),
    at: row.Created
  };
}

const trimmedOrNone = (text: string | undefined): string | undefined => (text && text.trim() ? text.trim() : undefined);

/**
 * The general criteria a review records. Approved: the manager's total and parts (checked: the total is
 * their sum). Returned: the manager's figures are not checked, so the person's own stand in until the
 * period is approved, the total with its parts, never a total beside parts it is not the sum of.
 */
function reviewedGeneralCriteria(
  review: PeriodReviewInput,
  submitted: PeriodDraft,
  approved: boolean,
  leaves: readonly GeneralCriterionLeaf[]
): Pick<PeriodReviewPayload, 'generalCriteriaScore' | 'generalCriteriaParts'> {
  const typed = typeof review.generalCriteriaScore === 'number' && isFinite(review.generalCriteriaScore);
  if (approved) return { generalCriteriaScore: review.generalCriteriaScore as number, generalCriteriaParts: review.generalCriteriaParts };
  const own = { generalCriteriaScore: submitted.generalCriteriaSelfScore as number, generalCriteriaParts: submitted.generalCriteriaSelfParts };
  if (!typed) return own;
  const consistent = generalCriteriaProblems(review.generalCriteriaScore, review.generalCriteriaParts, {
    leaves,
    totalField: 'generalCriteriaScore',
    partsField: 'generalCriteriaParts',
    required: true
  });
  return consistent.length === 0 ? { generalCriteriaScore: review.generalCriteriaScore as number, generalCriteriaParts: review.generalCriteriaParts } : own;
}

/** A unit head or deputy: scored with the leader components d, đ, e (law.md 5.1). */
export function isLeaderIn(org: OrgModel, login: string): boolean {
  const l = normalizeLogin(login);
  return Object.keys(org.units).some((code) => org.units[code].headLogin === l || org.units[code].deputyLogins.indexOf(l) >= 0);
}

/**
 * The month or quarter of NĐ 335/2025 (law.md 5.1): the civil servant's report (a draft kept on the
 * server, then a submission act), the direct manager's review (an act), each checked against the
 * authority rules and the derived state before it is written; SharePoint's item-level security is the
 * second wall, and reads screen every act by its author's right.
 */
export class PeriodJourney implements IPeriodJourney {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public async getMyPeriod(periodId: number): Promise<MyPeriodView> {
    const me = await this.deps.directory.getMe();
    const facts = await this.readFacts(me.userPrincipalName, periodId, (units) => personalOrg(me, units));
    const latest = facts.submissions[facts.submissions.length - 1];
    // The working copy, unless a submission came after its last save (submitted from elsewhere).
    const draftIsNewer = !!facts.draft && (!latest || (facts.draft.row.Modified || facts.draft.row.Created) > latest.Created);
    const draft = facts.draft && draftIsNewer ? draftOf(parseJson(facts.draft.row.Payload)) : latest ? draftOf(parseJson(latest.Payload)) : EMPTY_DRAFT;
    const lastReviewRow = facts.reviews[facts.reviews.length - 1];
    return {
      period: facts.period,
      me,
      catalogue: toOptions(facts.catalogue),
      step: facts.step,
      draft,
      draftVersion: facts.draft ? facts.draft.etag : undefined,
      lastReview: lastReviewRow ? reviewRecord(lastReviewRow, (login) => login) : undefined,
      scoring: facts.scoring,
      mau01: facts.mau01,
      submission: latest ? { draft: draftOf(parseJson(latest.Payload)), submittedAt: latest.Created } : undefined,
      canEdit: this.canEdit(facts)
    };
  }

  public async saveMyPeriodDraft(periodId: number, draft: PeriodDraft, version?: string): Promise<{ version: string }> {
    const me = await this.deps.directory.getMe();
    let unitOrg: OrgModel | undefined;
    const facts = await this.readFacts(me.userPrincipalName, periodId, (units) => (unitOrg = personalOrg(me, units)));
    const canEdit = this.canEdit(facts);
    if (!canEdit.allowed) throw new StepNotAllowedError(canEdit.reason);
    const repo = draftRepository(this.deps.sp);
    const payload = JSON.stringify(draftOf(draft));
    if (!facts.draft || !version) {
      // Saved meanwhile from another tab that had none either: theirs is on the server, decide which.
      if (facts.draft) throw new DraftConflictError<PeriodDraft>(draftOf(parseJson(facts.draft.row.Payload)), facts.draft.etag);
      const person = this.personFields(me, unitOrg as OrgModel, facts.period);
      const added = await repo.add({
        Title: person.Title,
        DraftKey: draftKey(periodId, me.userPrincipalName),
        EvalYear: person.EvalYear,
        PeriodId: person.PeriodId,
        EmployeeLogin: person.EmployeeLogin,
        UnitCode: person.UnitCode,
        Payload: payload
      });
      return { version: added.etag };
    }
    try {
      const updated = await repo.update(facts.draft.row.Id, { Payload: payload }, version);
      return { version: updated.etag };
    } catch (error) {
      if (error instanceof ConflictError && error.current) {
        throw new DraftConflictError<PeriodDraft>(draftOf(parseJson((error.current.value as DraftRow).Payload)), error.current.etag);
      }
      throw error;
    }
  }

  public async submitMyPeriod(periodId: number, draft: PeriodDraft): Promise<{ notice: NoticeOutcome }> {
    const me = await this.deps.directory.getMe();
    let unitOrg: OrgModel | undefined;
    const facts = await this.readFacts(me.userPrincipalName, periodId, (units) => (unitOrg = personalOrg(me, units)));
    const canEdit = this.canEdit(facts);
    if (!canEdit.allowed) throw new StepNotAllowedError(canEdit.reason);
    const clean = draftOf(draft);
    // The parts, when sent, are checked against the form in force and must make the total (FormProblemsError).
    const problems = validatePeriodDraft(clean, facts.catalogue, { forSubmit: true, leaves: facts.leaves });
    if (problems.length > 0) throw new FormProblemsError(problems);
    const manager = normalizeLogin(me.managerLogin);
    // Nobody to review it: the directory must name the direct manager first (HR corrects Entra ID).
    if (!manager) throw new Error(`The directory names no direct manager for ${me.userPrincipalName}: the period cannot be submitted for review.`);
    const own = scoreDraft(clean, facts.catalogue, undefined, facts.scoring).result;
    const submission: PeriodSubmissionPayload = {
      generalCriteriaSelfScore: clean.generalCriteriaSelfScore as number,
      generalCriteriaSelfParts: clean.generalCriteriaSelfParts,
      strengths: trimmedOrNone(clean.strengths),
      weaknesses: trimmedOrNone(clean.weaknesses),
      comment: clean.comment.trim(),
      lines: clean.lines.map((l) => ({ ...l, description: l.description.trim(), evidence: l.evidence.map((e) => e.trim()).filter((e) => !!e) })),
      afterReviewId: facts.reviews.length ? facts.reviews[facts.reviews.length - 1].Id : undefined,
      selfScore: own.score
    };
    // The lines live in the submission's Payload only (not also as DGCC_WorkItems): one item is one act,
    // written whole or not at all, and a review refers to exactly it. Reports read the same Payload.
    await actRepository(this.deps.sp, LISTS.periodScores).add(
      {
        ...this.personFields(me, unitOrg as OrgModel, facts.period),
        // Every submission item of the person's, counted or not: the key never repeats one of theirs.
        ActKey: actKeys.periodSubmission(periodId, me.userPrincipalName, facts.submissionItems + 1),
        Step: 'SUBMITTED',
        ReviewerLogin: manager,
        // The score is a decimal: the act is added in one request of form values, so it is in the Payload.
        Rating: own.level,
        Payload: JSON.stringify(submission)
      },
      // The person's own folder: only they add there (a forged Author cannot place it).
      { folder: personalFolderName(me.userPrincipalName) }
    );
    const notice = await this.notify({ kind: 'PERIOD_SUBMITTED', to: [manager], subjectName: me.displayName, subjectPosition: me.jobTitle, periodLabel: periodTitle(facts.period, WORDS), place: noticePlaces.periodReview(periodId, normalizeLogin(me.userPrincipalName)) });
    return { notice };
  }

  public async getPeriodReview(subjectLogin: string, periodId: number): Promise<PeriodReviewView> {
    const { view } = await this.reviewContext(subjectLogin, periodId);
    return view;
  }

  public async reviewPeriod(
    subjectLogin: string,
    periodId: number,
    review: PeriodReviewInput
  ): Promise<{ score?: number; level?: RatingLevel; notice: NoticeOutcome }> {
    const { view, org, facts } = await this.reviewContext(subjectLogin, periodId);
    if (!view.canReview.allowed) throw new StepNotAllowedError(view.canReview.reason);
    const submitted = view.submission ? view.submission.draft : EMPTY_DRAFT;
    const problems = validatePeriodReview(submitted.lines, review, { isLeader: view.isLeader, leaves: facts.leaves });
    if (problems.length > 0) throw new FormProblemsError(problems);
    const approved = review.outcome === 'APPROVED';
    let score: number | undefined;
    let level: RatingLevel | undefined;
    if (approved) {
      const scored = scoreDraft(submitted, facts.catalogue, {
        generalCriteriaScore: review.generalCriteriaScore,
        assessments: review.assessments,
        isLeader: view.isLeader,
        leaderComponents: review.leaderComponents
      }, facts.scoring);
      // A product no longer in the catalogue cannot be converted: say which line, score nothing.
      if (scored.leftOut.length > 0) throw new FormProblemsError(scored.leftOut.map((i) => ({ field: `lines[${i}].productCode`, code: 'NONE_CHOSEN' as const })));
      score = scored.result.score;
      level = scored.result.level;
    }
    const subject = normalizeLogin(subjectLogin);
    const payload: PeriodReviewPayload = {
      outcome: review.outcome,
      returnReason: approved ? undefined : (review.returnReason || '').trim(),
      // A return need not score; the person's own figure stands in until the period is approved.
      ...reviewedGeneralCriteria(review, submitted, approved, facts.leaves),
      assessments: review.assessments.filter((a) => submitted.lines.some((l) => l.key === a.workItemKey)),
      leaderComponents: view.isLeader ? review.leaderComponents : undefined,
      comment: review.comment.trim(),
      score,
      level
    };
    await actRepository(this.deps.sp, LISTS.reviews).add(
      {
        Title: `Đánh giá ${periodTitle(facts.period, WORDS).toLowerCase()} – ${view.subject.displayName}`,
        EvalYear: facts.period.year,
        PeriodId: facts.period.id,
        EmployeeLogin: subject,
        UnitCode: org.people[subject].unitCode,
        ActKey: actKeys.periodReview(periodId, subject, facts.submissionItems),
        Payload: JSON.stringify(payload)
      },
      // The person's own folder: their reviews follow them after a transfer (schema 5).
      { folder: personalFolderName(subject) }
    );
    const notice = await this.notify({
      kind: approved ? 'PERIOD_REVIEWED' : 'PERIOD_RETURNED',
      to: [subject],
      subjectName: view.subject.displayName,
      periodLabel: periodTitle(facts.period, WORDS),
      detail: approved ? undefined : payload.returnReason,
      place: noticePlaces.myPeriod(facts.period)
    });
    return { score, level, notice };
  }

  // ---------------------------------------------------------------- internals

  private async reviewContext(subjectLogin: string, periodId: number): Promise<{ view: PeriodReviewView; org: OrgModel; facts: PeriodFacts }> {
    const subject = normalizeLogin(subjectLogin);
    const [me, loaded] = await Promise.all([this.deps.directory.getMe(), this.deps.orgDirectory.getOrg()]);
    const org = loaded.org;
    const facts = await this.readFacts(subject, periodId, () => org);
    const person = org.people[subject];
    const subjectPerson: Person = person
      ? { id: subject, userPrincipalName: subject, displayName: person.displayName, jobTitle: person.jobTitle, managerLogin: person.managerLogin }
      : { id: subject, userPrincipalName: subject, displayName: subject };
    const latest = facts.submissions[facts.submissions.length - 1];
    const nameOf = (login: string): string => (org.people[login] ? org.people[login].displayName : login);
    return {
      org,
      facts,
      view: {
        period: facts.period,
        subject: subjectPerson,
        catalogue: toOptions(facts.catalogue),
        isLeader: isLeaderIn(org, subject),
        submission: latest ? { draft: draftOf(parseJson(latest.Payload)), submittedAt: latest.Created } : undefined,
        previousReviews: facts.reviews.map((r) => reviewRecord(r, nameOf)).reverse(),
        scoring: facts.scoring,
        mau01: facts.mau01,
        canReview: this.canReview(org, me.userPrincipalName, subject, facts)
      }
    };
  }

  private canEdit(facts: PeriodFacts): Availability {
    return reportAvailability(facts.period, facts.step);
  }

  private canReview(org: OrgModel, actor: string, subject: string, facts: PeriodFacts): Availability {
    // Only the direct manager in the directory (mayAct PERIOD_REVIEW), not a colleague, not the unit head.
    return reviewAvailability(facts.period, facts.step, mayAct(org, actor, 'PERIOD_REVIEW', subject).allowed);
  }

  /**
   * One `$batch`: the period, the units, the catalogue and the person's acts of the period (each query
   * starts from the indexed EmployeeLogin). The acts are screened with the org `orgOf` builds.
   */
  private async readFacts(login: string, periodId: number, orgOf: (units: UnitRow[]) => OrgModel): Promise<PeriodFacts> {
    const person = normalizeLogin(login);
    const mine = `EmployeeLogin eq ${odataString(person)} and PeriodId eq ${Number(periodId)}`;
    const acts = (b: SPFI, list: string, extra: string[]): Promise<ScoreRow[]> => actRowsVisible<ScoreRow>(b, list, mine, ACT_FIELDS.concat(extra), ROWS);
    const [periodRow, units, products, scoreRows, reviewRows, draftRows, settingRows] = await readTogether<[PeriodRow, UnitRow[], ProductRow[], ScoreRow[], ActRow[], DraftRow[], SettingRow[]]>(
      this.deps.sp,
      (b) => [
        b.web.lists.getByTitle(LISTS.periods.title).items.getById(periodId).select(...PERIOD_FIELDS)<PeriodRow>(),
        readUnitRows(b),
        b.web.lists.getByTitle(LISTS.productTypes.title).items.select(...PRODUCT_FIELDS).top(ROWS)<ProductRow[]>(),
        acts(b, LISTS.periodScores.title, PERIOD_SCORE_FIELDS),
        acts(b, LISTS.reviews.title, ['PeriodId']),
        // The private list answers only with the reader's own items: a manager sees no draft here.
        draftRowsVisible(b, draftKey(periodId, person)),
        // HR's settings in the same batch (no request of their own); a recorded score is never recomputed.
        readSettingRows(b)
      ]
    );
    const period = toPeriod(periodRow);
    const org = orgOf(units);
    // Only what the person wrote about themself, and reviews by their direct manager, count; then the
    // workflow's rules: nothing after the lock or close, nothing out of turn (domain/workflow).
    const screened = screenActs<unknown>(org, [
      ...scoreRows.filter((r) => r.Step === 'SUBMITTED').map((r) => toAct(r, 'SELF_ASSESSMENT', submissionOf)),
      ...reviewRows.map((r) => toAct(r, 'PERIOD_REVIEW', reviewOf))
    ]);
    const counted = periodActsThatCount(period, screened.effective as PeriodActs as ReadonlyArray<RecordedAct<SubmissionAct> | RecordedAct<ReviewAct>>).counted;
    const countedIds: { [stepAndId: string]: true } = {};
    counted.forEach((a) => (countedIds[`${a.step}|${a.id}`] = true));
    const byTime = (a: ActRow, b: ActRow): number => (a.Created === b.Created ? a.Id - b.Id : a.Created < b.Created ? -1 : 1);
    const submissions = scoreRows.filter((r) => countedIds[`SELF_ASSESSMENT|${r.Id}`]).sort(byTime);
    const reviews = reviewRows.filter((r) => countedIds[`PERIOD_REVIEW|${r.Id}`]).sort(byTime);
    const draftRow = draftRows.filter((r) => normalizeLogin(r.EmployeeLogin) === person).pop();
    const result = derivePeriodResult(period, screened.effective as PeriodActs);
    const step = result ? result.step : draftRow ? 'DRAFT' : 'NOT_STARTED';
    const settings = resolveSettingsAt(settingRows, dayOf(periodSpan(period).end)).settings;
    const mau01: Mau01Settings = { groups: mau01GroupsOf(settings.mau01.groups) };
    return {
      // The deadline that applies to this person (an extension for them or their unit).
      period: { ...period, deadline: deadlineInOrg(org, period, person) },
      units,
      catalogue: toCatalogue(products, period, org.people[person] ? unitChain(org, org.people[person].unitCode).map((u) => u.code) : []),
      submissions,
      submissionItems: scoreRows.filter((r) => r.Step === 'SUBMITTED').length,
      reviews,
      draft: draftRow ? { row: draftRow, etag: etagOf(draftRow as unknown as RawItem) || '' } : undefined,
      step,
      scoring: settings.nd335,
      mau01,
      leaves: generalCriteriaLeaves(mau01)
    };
  }

  private personFields(me: Person, org: OrgModel, period: EvaluationPeriod): Record<string, unknown> {
    const login = normalizeLogin(me.userPrincipalName);
    return {
      Title: `${periodTitle(period, WORDS)} – ${me.displayName}`,
      PeriodId: period.id,
      EvalYear: period.year,
      EmployeeLogin: login,
      UnitCode: this.unitOf(org, login),
      EmployeeName: me.displayName
    };
  }

  private unitOf(org: OrgModel, login: string): string {
    const person = org.people[normalizeLogin(login)];
    // Not placed in a unit: there is no unit-year folder to write into (HR corrects the units list).
    if (!person) throw new Error(`${login} is not placed in any unit of the units list: nowhere to record the act.`);
    return person.unitCode;
  }

  private async notify(notice: Omit<Notice, 'pageUrl'>): Promise<NoticeOutcome> {
    try {
      return await this.deps.notifier.notify({ ...notice, pageUrl: this.deps.pageUrl });
    } catch (error) {
      // The contract says notify never throws; if one does, the act is recorded all the same.
      return { delivered: [], failed: notice.to.map((to) => ({ to, error: error instanceof Error ? error.message : String(error) })) };
    }
  }
}
