import { settingsForYear, type SettingRow } from '../../domain/admin/settingsHistory';
import { personPeriodKind } from '../../domain/admin/periods';
import type {
  BienBanInput,
  DanhSachInput,
  DanhSachRow,
  DecisionListRow,
  DocumentIdentity,
  DocumentPerson,
  DocumentSigner,
  GeneralCriteriaGroupRow,
  GeneralCriterionRow,
  PeriodScoreFigures,
  PhieuKyInput,
  PhieuNamInput,
  QuotaLine,
  QuyetDinhInput,
  YearPeriodLine
} from '../../domain/documents/inputs';
import type { SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import { leaderRatios, scoreDraft, type PeriodDraft } from '../../domain/evaluation/periodDraft';
import { competentEvaluatorOf } from '../../domain/org/authority';
import { normalizeLogin, unitChain, type OrgModel, type OrgUnit } from '../../domain/org/orgModel';
import { isRatingLevel, selectRuleSet, WHOLE_AGENCY, type RatingLevel, type RatingOutcome, type RuleSetId } from '../../domain/rating';
import { mau01GroupsOf } from '../../domain/rating/mau01';
import type { DocumentSigner as SignerSetting, RatingSettings } from '../../domain/rating/settings';
import type { AppServices } from '../contracts';
import type { DecisionRecord, PeriodReviewRecord, UnitYearPerson, UnitYearView } from '../journey';
import { isHr, isMemberOf, mayGetPersonalSheet, mayGetUnitRecords, peopleOfUnits, unitsUnder } from './access';
import type { DocumentArgs } from './contracts';
import { DocumentArgumentError, DocumentNotAllowedError } from './errors';

/** What the source reads through: the product's own services, acting as the signed-in user. */
export interface DocumentSourceDeps {
  services: Pick<AppServices, 'directory' | 'evaluation' | 'journey'>;
  /** The organisation (units list, directory, HR group), as the journey reads it. */
  org: () => Promise<OrgModel>;
  /** HR's dated settings rows (DGCC_Settings: readable by everyone on the site). */
  settingRows: () => Promise<SettingRow[]>;
}

interface Context {
  org: OrgModel;
  me: string;
  settings: RatingSettings;
}

/** An act's day in Hà Nội (UTC+7, no daylight saving): an act at 20:00 UTC on the 31st is dated the 1st. */
export function dayInVietnam(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  if (!isFinite(time)) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : new Date(time + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** "QĐ-{unit}" with the unit DSVH → "DSVH": what follows the kind's abbreviation (the renderer prints the kind). */
export function symbolTail(pattern: string, unitCode: string): string {
  const filled = pattern.split('{unit}').join(unitCode.toUpperCase());
  const dash = filled.indexOf('-');
  return dash >= 0 ? filled.slice(dash + 1) : '';
}

const allowed = (may: boolean, message: string): void => {
  if (!may) throw new DocumentNotAllowedError('NOT_ENTITLED', message);
};

const nothing = (message: string): DocumentNotAllowedError => new DocumentNotAllowedError('NOTHING_READABLE', message);

/**
 * Builds each document's input from what the product's services return to the acting user: the
 * product decides who receives what (access.ts), and SharePoint decides what each read returns. A read
 * that comes back empty is refused as such, never printed as an empty form.
 */
export class DocumentSource {
  private readonly deps: DocumentSourceDeps;

  public constructor(deps: DocumentSourceDeps) {
    this.deps = deps;
  }

  public async phieuKy(args: DocumentArgs): Promise<PhieuKyInput> {
    const ctx = await this.context(args.year);
    const subject = this.subjectOf(ctx, args);
    allowed(mayGetPersonalSheet(ctx.org, ctx.me, subject), 'Chỉ công chức, người quản lý và cấp có thẩm quyền đánh giá của công chức, và Vụ Tổ chức cán bộ được nhận phiếu này.');
    const period = await this.periodOf(ctx, subject, args);
    let submission: { draft: PeriodDraft; submittedAt: string } | undefined;
    let review: PeriodReviewRecord | undefined;
    let catalogue: Array<{ code: string; name: string; conversionFactor: number }>;
    let isLeader: boolean;
    if (subject === ctx.me) {
      const view = await this.deps.services.journey.period.getMyPeriod(period.id);
      submission = view.submission;
      review = view.lastReview;
      catalogue = view.catalogue;
      isLeader = isLeaderIn(ctx.org, subject);
    } else {
      const view = await this.deps.services.journey.period.getPeriodReview(subject, period.id);
      submission = view.submission;
      review = view.previousReviews[0];
      catalogue = view.catalogue;
      isLeader = view.isLeader;
    }
    if (!submission) throw nothing(`Không đọc được phiếu ${periodName(period)} của ${nameOf(ctx.org, subject)}: chưa nộp, hoặc đồng chí không có quyền đọc.`);
    const approved = review && review.outcome === 'APPROVED' ? review : undefined;
    const draft = submission.draft;
    const scored = scoreDraft(
      draft,
      catalogue,
      approved ? { generalCriteriaScore: approved.generalCriteriaScore, assessments: approved.assessments, isLeader, leaderComponents: approved.leaderComponents } : undefined,
      ctx.settings.nd335
    ).result;
    const figures: PeriodScoreFigures = {
      generalCriteriaScore: scored.generalCriteriaScore,
      taskScore: scored.taskScore,
      ratios: scored.ratios,
      leaderComponents: approved ? leaderRatios(approved.leaderComponents) : undefined,
      // The score the review recorded is the one that counts; the engine's when none was recorded.
      score: approved && typeof approved.score === 'number' ? approved.score : scored.score,
      level: approved && approved.level ? approved.level : scored.level,
      taskScoreFormula: ctx.settings.nd335.taskScoreFormula,
      taskRatioWeights: ctx.settings.nd335.taskRatioWeights,
      leaderTaskScoreFormula: ctx.settings.nd335.leaderTaskScoreFormula
    };
    const reviewer = approved ? personByName(ctx.org, approved.reviewerName, ctx.org.people[subject] ? ctx.org.people[subject].managerLogin : undefined) : undefined;
    return {
      identity: this.identity(ctx, agencyOf(ctx.org, subject)),
      period: { kind: period.kind === 'QUARTER' ? 'QUARTER' : 'MONTH', index: period.index || 0, year: period.year },
      person: personOf(ctx.org, subject),
      isLeader,
      generalCriteria: criteriaRows(ctx.settings, draft.generalCriteriaSelfParts, approved ? approved.generalCriteriaParts : undefined),
      generalCriteriaSelfTotal: draft.generalCriteriaSelfScore,
      generalCriteriaAssessedTotal: approved ? approved.generalCriteriaScore : undefined,
      showAssessedColumn: ctx.settings.documents.mau01CompetentColumn !== 'HIDDEN',
      figures,
      figuresSource: approved ? 'assessed' : 'self',
      strengths: textOrNone(draft.strengths),
      weaknesses: textOrNone(draft.weaknesses),
      comment: textOrNone(draft.comment),
      reviewerComment: approved ? textOrNone(approved.comment) : undefined,
      submittedOn: dayInVietnam(submission.submittedAt),
      reviewer,
      reviewedOn: approved ? dayInVietnam(approved.at) : undefined
    };
  }

  public async phieuNam(args: DocumentArgs): Promise<PhieuNamInput> {
    const ctx = await this.context(args.year);
    const subject = this.subjectOf(ctx, args);
    allowed(mayGetPersonalSheet(ctx.org, ctx.me, subject), 'Chỉ công chức, người quản lý và cấp có thẩm quyền đánh giá của công chức, và Vụ Tổ chức cán bộ được nhận phiếu này.');
    let ruleSetId: RuleSetId | undefined;
    let selfEvaluation: SelfEvaluationPayload | undefined;
    let decisions: DecisionRecord[];
    let yearlyScore: number | undefined;
    let periods: YearPeriodLine[] = [];
    if (subject === ctx.me) {
      const view = await this.deps.services.journey.year.getMyYear(args.year);
      ruleSetId = view.ruleSetId;
      selfEvaluation = view.selfEvaluation;
      decisions = view.decisions;
      yearlyScore = view.suggestion ? view.suggestion.score : undefined;
      periods = view.periodScores.filter((p) => p.period.kind !== 'YEAR').map((p) => ({ period: periodLabel(p.period), score: p.score, level: p.level }));
    } else {
      const person = ctx.org.people[subject];
      const view = await this.deps.services.journey.unitYear.getUnitYear(person.unitCode, args.year);
      const entry = view.people.find((p) => normalizeLogin(p.person.userPrincipalName) === subject);
      ruleSetId = view.ruleSetId;
      selfEvaluation = entry ? entry.selfEvaluation : undefined;
      decisions = entry ? entry.decisions : [];
      yearlyScore = entry && entry.suggestion ? entry.suggestion.score : undefined;
      if (ruleSetId === 'ND335') periods = await this.periodLines(ctx, subject, args.year);
    }
    const submitted = selfEvaluation && selfEvaluation.submitted ? selfEvaluation : undefined;
    if (!ruleSetId) throw new DocumentArgumentError('year', `Năm ${args.year} không thuộc bộ quy tắc đánh giá nào (NĐ 90/2020 đến 2025, NĐ 335/2025 từ 2026).`);
    if (!submitted && decisions.length === 0) throw nothing(`Không đọc được phiếu đánh giá năm ${args.year} của ${nameOf(ctx.org, subject)}: chưa nộp, hoặc đồng chí không có quyền đọc.`);
    const decision = decisions[decisions.length - 1];
    const decider = decision ? personByName(ctx.org, decision.decidedByName, competentEvaluatorOf(ctx.org, subject)) : undefined;
    const sections = submitted ? submitted.sections : {};
    const base = {
      identity: this.identity(ctx, agencyOf(ctx.org, subject)),
      year: args.year,
      person: personOf(ctx.org, subject),
      isLeader: isLeaderIn(ctx.org, subject),
      strengths: textOrNone(sections.uuDiem),
      weaknesses: textOrNone(sections.hanChe),
      proposedRating: submitted ? submitted.proposedRating : undefined,
      competent: decision ? { comments: textOrNone(decision.reasons), rating: decision.rating, signer: decider, signedOn: dayInVietnam(decision.at) } : undefined
    };
    if (ruleSetId === 'ND90_48') {
      return { ...base, ruleSetId: 'ND90_48', sections: { ...sections } };
    }
    const level = yearlyLevel(decision ? decision.rating : undefined);
    return { ...base, ruleSetId: 'ND335', periods, yearlyScore, yearlyLevel: level, summary: textOrNone(sections.tongKetNam), notes: textOrNone(sections.ghiChu) };
  }

  public async bienBan(args: DocumentArgs): Promise<BienBanInput> {
    const ctx = await this.context(args.year);
    const unit = this.unitOf(ctx, args);
    allowed(mayGetUnitRecords(ctx.org, ctx.me, unit.code), 'Chỉ người chủ trì, thư ký cuộc họp, người có thẩm quyền đánh giá của đơn vị và Vụ Tổ chức cán bộ được nhận biên bản họp.');
    const view = await this.deps.services.journey.unitYear.getUnitYear(unit.code, args.year);
    const minutes = view.minutes;
    if (!minutes || !minutes.approved) throw nothing(`Không đọc được biên bản họp năm ${args.year} của ${unit.name}: chưa được thông qua, hoặc đồng chí không có quyền đọc.`);
    const byLogin = peopleByLogin(view);
    return {
      identity: this.identity(ctx, unit, { pattern: ctx.settings.documents.symbolBienBan }),
      ruleSetId: view.ruleSetId || 'ND335',
      year: args.year,
      unitName: unit.name,
      startedAt: minutes.heldOn,
      place: minutes.place,
      present: minutes.present,
      total: minutes.total,
      chair: nameAndPosition(ctx.org, minutes.chairLogin),
      secretary: nameAndPosition(ctx.org, minutes.secretaryLogin),
      people: minutes.people.map((entry) => {
        const login = normalizeLogin(entry.login);
        const own = byLogin[login];
        return {
          ...nameAndPosition(ctx.org, login),
          selfProposed: own && own.selfEvaluation && own.selfEvaluation.submitted ? own.selfEvaluation.proposedRating : undefined,
          comments: entry.comments,
          votes: levelVotes(entry.votes),
          proposedRating: entry.proposedRating
        };
      })
    };
  }

  public async quyetDinh(args: DocumentArgs): Promise<QuyetDinhInput> {
    const ctx = await this.context(args.year);
    const unit = this.unitOf(ctx, args);
    const agency = agencyUnitOf(ctx.org, unit.code);
    const signerLogin = agency.headLogin;
    const signer = signerLogin ? this.signer(ctx, agency, signerLogin) : undefined;
    const common = {
      ruleSetId: 'ND335' as RuleSetId,
      year: args.year,
      unitName: unit.name,
      authority: signerLogin && ctx.org.people[signerLogin] ? authorityLine(ctx.org.people[signerLogin].jobTitle, agency.name) : agency.name,
      archiveUnit: hrUnitCode(ctx.org)
    };
    if (mayGetUnitRecords(ctx.org, ctx.me, unit.code)) {
      // Those who decide (and HR): the decision over the standing decisions, published or not yet.
      const view = await this.deps.services.journey.unitYear.getUnitYear(unit.code, args.year);
      // The decision is the signer's: the head of a Vụ or Cục is decided above it (NĐ 90/2020 Điều 16), in another decision.
      const people = view.people
        .map((p) => ({ p, decision: p.decisions[p.decisions.length - 1] }))
        .filter((x) => !!x.decision && (!signerLogin || competentEvaluatorOf(ctx.org, normalizeLogin(x.p.person.userPrincipalName)) === signerLogin))
        .map(({ p, decision }) => decisionRow(ctx.org, p, decision));
      if (people.length === 0) throw nothing(`Chưa có quyết định xếp loại năm ${args.year} nào của ${unit.name} mà đồng chí đọc được.`);
      return { ...common, ruleSetId: view.ruleSetId || common.ruleSetId, identity: this.identity(ctx, agency, { pattern: ctx.settings.documents.symbolQuyetDinh, unitCode: agency.code, signer }), form: 'QUYET_DINH', people };
    }
    // A member: the notice of the unit's published results (NĐ 90/2020 Điều 21), from what the dashboard shows them.
    allowed(isMemberOf(ctx.org, ctx.me, unit.code), 'Chỉ người có thẩm quyền đánh giá, người chủ trì, thư ký cuộc họp của đơn vị, Vụ Tổ chức cán bộ và công chức của đơn vị (khi kết quả đã công khai) được nhận văn bản này.');
    const progress = await this.deps.services.evaluation.getDashboard({ year: args.year });
    const codes = unitsUnder(ctx.org, unit.code);
    const people: DecisionListRow[] = [];
    progress.units
      .filter((row) => codes.indexOf(row.unitCode) >= 0)
      .forEach((row) => (row.published || []).forEach((p) => people.push({ ...documentPerson(ctx.org, normalizeLogin(p.login)), rating: p.rating })));
    if (people.length === 0) throw nothing(`Kết quả xếp loại năm ${args.year} của ${unit.name} chưa được công khai.`);
    const selection = selectRuleSet(args.year, 'CONG_CHUC');
    return { ...common, ruleSetId: selection.ok ? selection.ruleSet.id : common.ruleSetId, identity: this.identity(ctx, agency, { pattern: ctx.settings.documents.symbolThongBao, unitCode: agency.code, signer }), form: 'THONG_BAO', people };
  }

  public async danhSach(args: DocumentArgs): Promise<DanhSachInput> {
    const ctx = await this.context(args.year);
    if (!args.unitCode) {
      allowed(isHr(ctx.org, ctx.me), 'Chỉ Vụ Tổ chức cán bộ được nhận danh sách kết quả của toàn Bộ.');
      const agencies = Object.keys(ctx.org.units)
        .map((code) => ctx.org.units[code])
        .filter((u) => u.level === 'AGENCY' || (u.level === 'MINISTRY' && peopleOfUnits(ctx.org, [u.code]).length > 0))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      const views: UnitYearView[] = [];
      // A few at a time: each is one `$batch`; a ministry has a few dozen Vụ and Cục.
      for (let i = 0; i < agencies.length; i += 4) {
        views.push(...(await Promise.all(agencies.slice(i, i + 4).map((u) => this.deps.services.journey.unitYear.getUnitYear(u.code, args.year)))));
      }
      const ministry = Object.keys(ctx.org.units).map((code) => ctx.org.units[code]).find((u) => u.level === 'MINISTRY');
      return this.listOf(ctx, views, { kind: 'MINISTRY', name: ministry ? ministry.name : ctx.settings.documents.parentAgency }, ministry);
    }
    const unit = this.unitOf(ctx, args);
    allowed(mayGetUnitRecords(ctx.org, ctx.me, unit.code), 'Chỉ người có thẩm quyền đánh giá, người chủ trì, thư ký cuộc họp của đơn vị và Vụ Tổ chức cán bộ được nhận danh sách kết quả.');
    const view = await this.deps.services.journey.unitYear.getUnitYear(unit.code, args.year);
    return this.listOf(ctx, [view], { kind: unit.level === 'DIVISION' ? 'UNIT' : 'AGENCY', name: unit.name }, unit);
  }

  // ---------------------------------------------------------------- helpers

  private listOf(ctx: Context, views: UnitYearView[], scope: DanhSachInput['scope'], issuing: OrgUnit | undefined): DanhSachInput {
    const rows: DanhSachRow[] = [];
    const quota: QuotaLine[] = [];
    views.forEach((view) => {
      view.people.forEach((p) => {
        const login = normalizeLogin(p.person.userPrincipalName);
        const decision = p.decisions[p.decisions.length - 1];
        rows.push({
          ...documentPerson(ctx.org, login),
          taskGroup: p.taskGroup,
          yearlyScore: p.suggestion ? p.suggestion.score : undefined,
          selfProposed: p.selfEvaluation && p.selfEvaluation.submitted ? p.selfEvaluation.proposedRating : undefined,
          meetingProposed: p.meeting ? p.meeting.proposedRating : undefined,
          decided: decision ? decision.rating : undefined,
          note: decision && !decision.published ? 'Chưa công khai' : undefined
        });
      });
      const agency = agencyUnitOf(ctx.org, view.unit.code);
      view.quota.perScope.forEach((s) =>
        quota.push({
          agencyName: agency.name,
          group: s.scope === WHOLE_AGENCY ? undefined : s.scope,
          base: s.base,
          rate: s.rate,
          allowed: s.maxHTXSNV,
          used: s.countHTXSNV,
          exception: s.exception ? { decidedBy: s.exception.decidedBy, reason: s.exception.reason, reference: s.exception.decisionReference } : undefined
        })
      );
    });
    // Early in a year the list has its people and their scores, no ratings yet: still a list to file.
    if (rows.length === 0) throw nothing(`Chưa có kết quả đánh giá năm ${views.length ? views[0].year : ''} nào mà đồng chí đọc được trong ${scope.name}.`);
    const first = views[0];
    return {
      identity: this.identity(ctx, issuing && issuing.level === 'MINISTRY' ? undefined : issuing && agencyUnitOf(ctx.org, issuing.code)),
      ruleSetId: (first && first.ruleSetId) || 'ND335',
      year: first ? first.year : 0,
      scope,
      periods: [],
      rows,
      quota
    };
  }

  private async context(year: number): Promise<Context> {
    if (!isFinite(year) || year < 2000 || year > 2100) throw new DocumentArgumentError('year', `Năm không hợp lệ: ${year}.`);
    const [me, org, rows] = await Promise.all([this.deps.services.directory.getMe(), this.deps.org(), this.deps.settingRows()]);
    return { org, me: normalizeLogin(me.userPrincipalName), settings: settingsForYear(rows, year).settings };
  }

  private subjectOf(ctx: Context, args: DocumentArgs): string {
    const subject = args.personLogin ? normalizeLogin(args.personLogin) : ctx.me;
    if (!ctx.org.people[subject]) throw new DocumentArgumentError('person', `Không có ${subject} trong danh bạ của Bộ.`);
    return subject;
  }

  private unitOf(ctx: Context, args: DocumentArgs): OrgUnit {
    const code = (args.unitCode || '').trim();
    const unit = ctx.org.units[code] || ctx.org.units[code.toUpperCase()];
    if (!unit) throw new DocumentArgumentError('unit', code ? `Không có đơn vị mã ${code} trong danh sách đơn vị.` : 'Cần chỉ rõ đơn vị (mã đơn vị).');
    return unit;
  }

  private async periodOf(ctx: Context, subject: string, args: DocumentArgs): Promise<EvaluationPeriod> {
    const kind = personPeriodKind(ctx.org, subject, ctx.settings.nd335.periodKind);
    const last = kind === 'QUARTER' ? 4 : 12;
    if (typeof args.period !== 'number' || args.period < 1 || args.period > last || Math.floor(args.period) !== args.period) {
      throw new DocumentArgumentError('period', `${nameOf(ctx.org, subject)} được đánh giá theo ${kind === 'QUARTER' ? 'quý: kỳ từ 1 đến 4' : 'tháng: kỳ từ 1 đến 12'}.`);
    }
    const periods = await this.deps.services.evaluation.getPeriods(args.year);
    const period = periods.find((p) => p.kind === kind && p.index === args.period);
    if (!period) throw new DocumentArgumentError('period', `Năm ${args.year} chưa có kỳ ${kind === 'QUARTER' ? 'quý' : 'tháng'} ${args.period}.`);
    return period;
  }

  /** A person's NĐ 335 periods with their approved scores, as their reviewers read them. */
  private async periodLines(ctx: Context, subject: string, year: number): Promise<YearPeriodLine[]> {
    const kind = personPeriodKind(ctx.org, subject, ctx.settings.nd335.periodKind);
    const periods = (await this.deps.services.evaluation.getPeriods(year)).filter((p) => p.kind === kind).sort((a, b) => (a.index || 0) - (b.index || 0));
    const lines: YearPeriodLine[] = [];
    for (const period of periods) {
      const view = await this.deps.services.journey.period.getPeriodReview(subject, period.id);
      const approved = view.previousReviews.find((r) => r.outcome === 'APPROVED');
      lines.push({ period: periodLabel(period), score: approved ? approved.score : undefined, level: approved ? approved.level : undefined, note: approved ? undefined : view.submission ? 'Chưa chấm' : 'Chưa nộp' });
    }
    return lines;
  }

  private identity(ctx: Context, issuing: OrgUnit | undefined, numbering: { pattern?: string; unitCode?: string; signer?: DocumentSigner } = {}): DocumentIdentity {
    const documents = ctx.settings.documents;
    const ministry = Object.keys(ctx.org.units).map((code) => ctx.org.units[code]).find((u) => u.level === 'MINISTRY');
    return {
      parentAgencyName: documents.parentAgency,
      issuingUnitName: issuing ? issuing.name : ministry ? ministry.name : documents.parentAgency,
      place: documents.place,
      // The số is issued by Văn thư when registered: never set here (official-documents.md 3.5).
      unitAbbreviation: numbering.pattern ? symbolTail(numbering.pattern, numbering.unitCode || (issuing ? issuing.code : '')) || undefined : undefined,
      signer: numbering.signer
    };
  }

  private signer(ctx: Context, unit: OrgUnit, login: string): DocumentSigner {
    const setting: SignerSetting =
      unit.level === 'MINISTRY' ? ctx.settings.documents.signerMinistry : unit.level === 'AGENCY' ? ctx.settings.documents.signerAgency : ctx.settings.documents.signerDivision;
    return signerBlock(setting, ctx.org.people[login] ? ctx.org.people[login].jobTitle || '' : '', nameOf(ctx.org, login));
  }
}

/**
 * The signature block (NĐ 30/2020 Phụ lục I ô 7a): HR's authority and title, then the signer's own
 * position; a head who signs as such ("CỤC TRƯỞNG" under a blank or equal title) signs without a prefix.
 */
export function signerBlock(setting: SignerSetting, jobTitle: string, name: string): DocumentSigner {
  const position = jobTitle.trim().toUpperCase();
  const title = setting.title.trim();
  if (!title || title === position) return { authority: '', position: position || title, name };
  return { authority: setting.prefix, authorityOf: title, position, name };
}

function isLeaderIn(org: OrgModel, login: string): boolean {
  return Object.keys(org.units).some((code) => org.units[code].headLogin === login || org.units[code].deputyLogins.indexOf(login) >= 0);
}

function nameOf(org: OrgModel, login: string): string {
  return org.people[login] ? org.people[login].displayName : login;
}

function nameAndPosition(org: OrgModel, login: string): { name: string; position: string } {
  const person = org.people[normalizeLogin(login)];
  return { name: person ? person.displayName : '', position: person ? person.jobTitle || '' : '' };
}

/** The reviewer or decider as the records name them (by name): the expected person first, then anyone of that name. */
function personByName(org: OrgModel, name: string, expected: string | undefined): { name: string; position: string } {
  // The person's own view names the reviewer by login (their screen shows no colleague's name).
  if (org.people[normalizeLogin(name)]) return nameAndPosition(org, name);
  if (expected && org.people[expected] && org.people[expected].displayName === name) return nameAndPosition(org, expected);
  const found = Object.keys(org.people).find((login) => org.people[login].displayName === name);
  return found ? nameAndPosition(org, found) : { name, position: '' };
}

/** "Phòng Quản lý di tích, Cục Di sản văn hóa": the units below the ministry, nearest first. */
function unitNameOf(org: OrgModel, unitCode: string): string {
  return unitChain(org, unitCode)
    .filter((u) => u.level !== 'MINISTRY')
    .map((u) => u.name)
    .join(', ');
}

function personOf(org: OrgModel, login: string): DocumentPerson {
  const person = org.people[login];
  return { name: nameOf(org, login), position: person ? person.jobTitle || '' : '', unitName: person ? unitNameOf(org, person.unitCode) || (org.units[person.unitCode] || { name: '' }).name : '' };
}

function documentPerson(org: OrgModel, login: string): { name: string; position: string; unitName: string } {
  return personOf(org, login);
}

function agencyUnitOf(org: OrgModel, unitCode: string): OrgUnit {
  const chain = unitChain(org, unitCode);
  return chain.find((u) => u.level === 'AGENCY') || chain[0];
}

function agencyOf(org: OrgModel, login: string): OrgUnit | undefined {
  const person = org.people[login];
  return person ? agencyUnitOf(org, person.unitCode) : undefined;
}

function hrUnitCode(org: OrgModel): string | undefined {
  const hr = org.hrLogins.find((login) => !!org.people[login]);
  const unit = hr ? agencyOf(org, hr) : undefined;
  return unit ? unit.code : undefined;
}

/** "Cục trưởng Cục Di sản văn hóa": the position, with the agency's name unless it already says it. */
function authorityLine(jobTitle: string | undefined, agencyName: string): string {
  const title = (jobTitle || '').trim();
  if (!title) return agencyName;
  return title.toLowerCase().indexOf(agencyName.toLowerCase()) >= 0 ? title : `${title} ${agencyName}`;
}

function periodLabel(period: Pick<EvaluationPeriod, 'kind' | 'index' | 'year'>): YearPeriodLine['period'] {
  return { kind: period.kind === 'QUARTER' ? 'QUARTER' : 'MONTH', index: period.index || 0, year: period.year };
}

function periodName(period: EvaluationPeriod): string {
  return period.kind === 'QUARTER' ? `quý ${period.index}/${period.year}` : `tháng ${period.index}/${period.year}`;
}

function textOrNone(text: string | undefined): string | undefined {
  return text && text.trim() ? text.trim() : undefined;
}

function yearlyLevel(rating: RatingOutcome | undefined): RatingLevel | undefined {
  return rating && isRatingLevel(rating) ? rating : undefined;
}

function levelVotes(votes: { [level: string]: number } | undefined): Partial<Record<RatingLevel, number>> | undefined {
  if (!votes) return undefined;
  const out: Partial<Record<RatingLevel, number>> = {};
  Object.keys(votes).forEach((level) => {
    if (isRatingLevel(level) && typeof votes[level] === 'number') out[level] = votes[level];
  });
  return out;
}

function peopleByLogin(view: UnitYearView): { [login: string]: UnitYearPerson } {
  const out: { [login: string]: UnitYearPerson } = {};
  view.people.forEach((p) => (out[normalizeLogin(p.person.userPrincipalName)] = p));
  return out;
}

function decisionRow(org: OrgModel, p: UnitYearPerson, decision: DecisionRecord): DecisionListRow {
  return {
    ...documentPerson(org, normalizeLogin(p.person.userPrincipalName)),
    rating: decision.rating,
    score: p.suggestion ? p.suggestion.score : undefined,
    note: decision.published ? undefined : 'Chưa công khai'
  };
}

/** Mẫu 01 Section I as HR's settings lay it out, with the recorded parts where the acts hold them (older acts: totals only). */
function criteriaRows(settings: RatingSettings, selfParts: { [key: string]: number } | undefined, assessedParts: { [key: string]: number } | undefined): GeneralCriteriaGroupRow[] {
  const at = (parts: { [key: string]: number } | undefined, key: string): number | undefined => (parts && typeof parts[key] === 'number' ? parts[key] : undefined);
  const sum = (values: Array<number | undefined>): number | undefined =>
    values.every((v) => typeof v === 'number') ? Math.round((values as number[]).reduce((a, b) => a + b, 0) * 100) / 100 : undefined;
  return mau01GroupsOf(settings.mau01.groups).map((group) => ({
    code: group.code,
    title: group.title,
    max: group.max,
    criteria: group.criteria.map((criterion): GeneralCriterionRow => {
      const key = `${group.code}.${criterion.code}`;
      if (!criterion.parts || criterion.parts.length === 0) {
        return { code: criterion.code, title: criterion.title, max: criterion.max, self: at(selfParts, key), assessed: at(assessedParts, key) };
      }
      const parts = criterion.parts.map((part) => ({ code: part.code, title: part.title, max: part.max, self: at(selfParts, `${key}.${part.code}`), assessed: at(assessedParts, `${key}.${part.code}`) }));
      return { code: criterion.code, title: criterion.title, max: criterion.max, self: sum(parts.map((p) => p.self)), assessed: sum(parts.map((p) => p.assessed)), parts };
    })
  }));
}
