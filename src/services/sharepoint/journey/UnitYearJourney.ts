import type { ComplaintPayload, DecisionPayload, MeetingMinutesPayload } from '../../../domain/evaluation/actPayloads';
import { quotaField, quotaOf, validateDecisions, validateMinutes, type SheetPerson } from '../../../domain/evaluation/decisionSheet';
import { complaintDeadlineOf } from '../../../domain/evaluation/complaintDeadline';
import { hanoiDay } from '../../../domain/evaluation/hanoiDay';
import type { PendingTask, Person } from '../../../domain/evaluation/model';
import { noticePlaces } from '../../../domain/evaluation/noticePlaces';
import { mayKeepMinutes } from '../../../domain/org/authority';
import { normalizeLogin, type OrgModel } from '../../../domain/org/orgModel';
import { quotaGroupOf } from '../../../domain/org/quotaGroup';
import { personalFolderName, readScopeName } from '../../../domain/org/readScopes';
import { movedDuring } from '../../../domain/org/unitHistory';
import { isRatingLevel, type RatingOutcome } from '../../../domain/rating';
import { ALLOWED, blocked, type Availability } from '../../journey/availability';
import { answerAvailability } from '../../../domain/workflow/yearAvailability';
import { DraftConflictError, StepNotAllowedError } from '../../journey/errors';
import { FieldProblemsError, type DecisionInput, type IUnitYearJourney, type UnitYearPerson, type UnitYearView } from '../../journey/unitYear';
import type { DecisionRecord } from '../../journey/year';
import type { Notice, NoticeOutcome } from '../../notifications/contracts';
import { ConflictError, ListRepository, type RawItem } from '../repository';
import { draftRepository, type DraftRow } from '../actsReader';
import { actKeys } from '../../../domain/workflow/actKeys';
import { unitPath } from '../SharePointEvaluationService';
import { LISTS, type ListSpec } from '../schema';
import { settingsForYear } from '../../../domain/admin/settingsHistory';
import type { JourneyDeps } from './deps';
import {
  agencyUnitOf,
  decideAvailability,
  deriveYearState,
  latestDecision,
  minutesAvailability,
  openComplaint,
  peopleOfUnits,
  personFacts,
  personIn,
  readYearRows,
  rowsOfYear,
  submittedSelfEvaluation,
  unitsUnder,
  type MinutesState,
  type YearState
} from './unitYearState';

const NOBODY: NoticeOutcome = { delivered: [], failed: [] };

/** NĐ 90/2020 Điều 20: the year is evaluated before 15 December. */
const yearDeadline = (year: number): string => new Date(Date.UTC(year, 11, 15)).toISOString();

interface Loaded {
  org: OrgModel;
  me: string;
  myName: string;
  state: YearState;
  /** The agency-level unit whose quota applies, and its units. */
  agencyCode: string;
  agencyUnits: string[];
}

/**
 * A unit's year (NĐ 90/2020 Điều 18, 21): the meeting's minutes by its keepers, the decisions by the
 * competent evaluator within the HTXSNV quota, their publication, and the answers to complaints.
 * Each write is an act in the person's (or unit's) unit-year folder; the authority and the derived
 * state are checked first, and the server's item-level security is the second wall.
 *
 * Decisions are not announced one by one: the law notifies the person and publishes within the unit
 * (Điều 21) once the competent level has decided, so `decide` records and `publish` notifies. A
 * decision can still be changed before publication; afterwards only a complaint's answer decides again.
 */
export class UnitYearJourney implements IUnitYearJourney {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public async getLeaderTasks(years: readonly number[]): Promise<PendingTask[]> {
    const [me, { org }] = await Promise.all([this.deps.directory.getMe(), this.deps.orgDirectory.getOrg()]);
    const myLogin = normalizeLogin(me.userPrincipalName);
    const allPeople = Object.keys(org.people);
    // Units whose minutes I keep (with people), and agencies of the people I am the competent evaluator of.
    const keptUnits = Object.keys(org.units).filter((code) => mayKeepMinutes(org, myLogin, code).allowed && allPeople.some((l) => org.people[l].unitCode === code));
    const judged = allPeople.filter((login) => personIn(emptyState(years[0]), org, login).competentLogin === myLogin);
    const judgedUnits = judged.map((l) => org.people[l].unitCode);
    const unitCodes = keptUnits.concat(judgedUnits).filter((c, i, all) => all.indexOf(c) === i).sort();
    if (unitCodes.length === 0 || years.length === 0) return [];
    // Every year asked for in one batch (the inbox asks for last year's and this year's).
    const rows = await readYearRows(this.deps.sp, unitCodes, years, false);
    return years.reduce<PendingTask[]>(
      (tasks, year) => tasks.concat(this.tasksOfYear(org, myLogin, year, deriveYearState(org, year, rowsOfYear(rows, year)), keptUnits, judged)),
      []
    );
  }

  /** What waits for the acting user in one year: minutes to record, decisions, complaints. */
  private tasksOfYear(org: OrgModel, myLogin: string, year: number, state: YearState, keptUnits: readonly string[], judged: readonly string[]): PendingTask[] {
    const yearRef = { kind: 'YEAR' as const, year };
    const unitSubject = (code: string): Person => ({ id: code, userPrincipalName: '', displayName: unitPath(org, org.units[code]) || org.units[code].name });
    const tasks: PendingTask[] = [];
    keptUnits.forEach((code) => {
      const people = peopleOfUnits(org, [code]);
      const minutes = state.minutes[code];
      if (people.every((l) => submittedSelfEvaluation(personIn(state, org, l))) && !(minutes && minutes.payload.approved) && minutesAvailability(org, state, myLogin, code).allowed) {
        tasks.push({ id: `meeting-${code}-${year}`, step: 'RECORD_MEETING', subject: unitSubject(code), period: yearRef, deadline: yearDeadline(year), unitCode: code });
      }
    });
    const decideAgencies: string[] = [];
    // Per agency, the units whose people I decide: once one is all decided, its results wait to be published.
    const judgedByUnit: { [agencyCode: string]: { [unitCode: string]: string[] } } = {};
    judged.forEach((login) => {
      const person = personIn(state, org, login);
      const agency = agencyUnitOf(org, person.unitCode);
      if (agency && !latestDecision(person) && decideAvailability(org, state, myLogin, login).allowed && decideAgencies.indexOf(agency.code) < 0) decideAgencies.push(agency.code);
      if (agency) {
        const units = (judgedByUnit[agency.code] = judgedByUnit[agency.code] || {});
        units[person.unitCode] = (units[person.unitCode] || []).concat([login]);
      }
      const complaint = openComplaint(person);
      if (complaint && agency) {
        const subject = org.people[login];
        tasks.push({
          id: `complaint-${complaint.id}`,
          step: 'ANSWER_COMPLAINT',
          subject: { id: login, userPrincipalName: login, displayName: subject.displayName },
          period: yearRef,
          unitCode: agency.code,
          complaintId: complaint.id
        });
      }
    });
    decideAgencies.sort().forEach((code) =>
      tasks.push({ id: `decide-${code}-${year}`, step: 'DECIDE', subject: unitSubject(code), period: yearRef, deadline: yearDeadline(year), unitCode: code })
    );
    // Decided but not published: the sheet stays in the inbox until "Công bố" (NĐ 90/2020 Điều 21), as
    // publishing goes unit by unit (the same rule as readyToPublish). With decisions still to make the
    // DECIDE task already opens the same sheet.
    Object.keys(judgedByUnit)
      .filter((code) => decideAgencies.indexOf(code) < 0)
      .sort()
      .forEach((code) => {
        const waiting = Object.keys(judgedByUnit[code]).some((unitCode) => {
          const latest = judgedByUnit[code][unitCode].map((login) => latestDecision(personIn(state, org, login)));
          return latest.every((d) => !!d) && latest.some((d) => !(d as DecisionRecord).published);
        });
        if (waiting) tasks.push({ id: `publish-${code}-${year}`, step: 'PUBLISH', subject: unitSubject(code), period: yearRef, deadline: yearDeadline(year), unitCode: code });
      });
    return tasks;
  }

  public async getUnitYear(unitCode: string, year: number): Promise<UnitYearView> {
    const loaded = await this.load(unitCode, year);
    const { org, me, state } = loaded;
    const unit = org.units[unitCode];
    const shown = peopleOfUnits(org, unitsUnder(org, unitCode));
    const people: UnitYearPerson[] = shown.map((login) => {
      const p = personIn(state, org, login);
      const minutes = state.minutes[p.unitCode];
      const meeting = minutes && minutes.payload.approved ? (minutes.payload.people || []).find((e) => normalizeLogin(e.login) === login) : undefined;
      return {
        person: personOf(org, login),
        taskGroup: quotaGroupOf(org, login),
        selfEvaluation: p.selfEvaluation,
        meeting,
        suggestion: p.suggestion,
        decisions: p.decisions,
        complaints: p.complaints,
        complaintDeadline: complaintDeadlineOf(latestDecision(p), state.settings.complaints.deadlineDays),
        canDecide: decideAvailability(org, state, me, login),
        canAnswerComplaint: complaintAvailability(state, org, me, login)
      };
    });
    const restOfAgency = peopleOfUnits(org, loaded.agencyUnits)
      .filter((login) => shown.indexOf(login) < 0)
      .map((login) => {
        const latest = latestDecision(personIn(state, org, login));
        return { login, taskGroup: quotaGroupOf(org, login), rating: latest ? latest.rating : undefined, quotaException: latest ? latest.quotaException : undefined };
      });
    // The quota as it stands: each decision, or before it the meeting's proposal, or the self-proposal.
    const standing = people.map((p) => {
      const latest = p.decisions[p.decisions.length - 1];
      const rating: RatingOutcome | undefined = latest ? latest.rating : p.meeting ? p.meeting.proposedRating : p.selfEvaluation ? p.selfEvaluation.proposedRating : undefined;
      return { group: p.taskGroup, rating, exception: latest ? latest.quotaException : undefined };
    });
    const quota = quotaOf(standing.concat(restOfAgency.map((o) => ({ group: o.taskGroup, rating: o.rating, exception: o.quotaException }))), loaded.myName, state.settings.quota);
    const minutes = state.minutes[unitCode];
    return {
      unit: { code: unitCode, name: unitPath(org, unit) || unit.name },
      year,
      ruleSetId: state.ruleSetId,
      actor: { login: me, displayName: loaded.myName },
      people,
      minutesLogins: peopleOfUnits(org, [unitCode]),
      minutes: minutes ? { ...minutes.payload, recordedByName: personName(org, minutes.authorLogin), at: minutes.at, version: minutes.version } : undefined,
      canRecordMinutes: minutesAvailability(org, state, me, unitCode),
      canPublish: this.publishAvailability(loaded, shown),
      quota,
      restOfAgency,
      quotaSettings: state.settings.quota,
      minutesQuorum: state.settings.meeting.quorum
    };
  }

  public async recordMinutes(unitCode: string, year: number, minutes: MeetingMinutesPayload, version?: string): Promise<{ notice: NoticeOutcome; version: string }> {
    const loaded = await this.load(unitCode, year);
    const { org, me, state } = loaded;
    const allowed = minutesAvailability(org, state, me, unitCode);
    if (!allowed.allowed) throw new StepNotAllowedError(allowed.reason);
    const unitLogins = peopleOfUnits(org, [unitCode]);
    const clean: MeetingMinutesPayload = {
      ...minutes,
      chairLogin: normalizeLogin(minutes.chairLogin),
      secretaryLogin: normalizeLogin(minutes.secretaryLogin),
      // Entries about people of the unit only: the minutes are the unit's meeting.
      people: (minutes.people || []).map((e) => ({ ...e, login: normalizeLogin(e.login) })).filter((e) => unitLogins.indexOf(e.login) >= 0)
    };
    // Today from the service's clock: minutes of a meeting not yet held are refused whatever the screen did.
    const problems = validateMinutes(clean, year, unitLogins, { quorum: state.settings.meeting.quorum, today: hanoiDay(this.deps.today()) });
    if (problems.length) throw new FieldProblemsError(problems);
    const existing = state.minutes[unitCode];
    let savedVersion: string;
    if (clean.approved) {
      // Approved at the meeting: the act, added once and never edited (keepers hold Add without Edit).
      // The working copy it came from changed elsewhere meanwhile: the keeper chooses first.
      if (existing && existing.draft && version && version !== existing.version) throw new DraftConflictError<MeetingMinutesPayload>(existing.payload, existing.version);
      const n = (state.minutesItems[unitCode] || 0) + 1;
      savedVersion = (
        await this.repository(LISTS.meetings).add(
          {
            Title: `Biên bản họp nhận xét, đánh giá công chức năm ${year} – ${org.units[unitCode].name}`,
            EvalYear: year,
            UnitCode: unitCode,
            ActKey: `${actKeys.minutes(year, unitCode)}-${n}`,
            Payload: JSON.stringify(clean)
          },
          { folder: readScopeName(unitCode, year) }
        )
      ).etag;
    } else {
      savedVersion = await this.saveMinutesDraft(unitCode, year, clean, existing, version);
    }
    if (!clean.approved) return { notice: NOBODY, version: savedVersion };
    const evaluators = unitLogins
      .map((login) => personIn(state, org, login).competentLogin)
      .filter((l): l is string => !!l && l !== me)
      .filter((l, i, all) => all.indexOf(l) === i);
    const notice = evaluators.length
      ? await this.notify({ kind: 'MINUTES_RECORDED', to: evaluators, subjectName: org.units[unitCode].name, periodLabel: `Năm ${year}`, place: noticePlaces.unitYear(year, (agencyUnitOf(org, unitCode) || org.units[unitCode]).code) })
      : NOBODY;
    return { notice, version: savedVersion };
  }

  /** The keeper's private working copy of the minutes (drafts list), saved with its ETag. */
  private async saveMinutesDraft(unitCode: string, year: number, minutes: MeetingMinutesPayload, existing: MinutesState | undefined, version: string | undefined): Promise<string> {
    const drafts = draftRepository(this.deps.sp);
    const body = JSON.stringify(minutes);
    try {
      if (existing && existing.draft) {
        if (!version) throw new DraftConflictError<MeetingMinutesPayload>(existing.payload, existing.version);
        return (await drafts.update(existing.id, { Payload: body }, version)).etag;
      }
      const me = normalizeLogin((await this.deps.directory.getMe()).userPrincipalName);
      return (await drafts.add({ Title: `Bản nháp biên bản họp năm ${year} – ${unitCode}`, DraftKey: actKeys.minutes(year, unitCode), EvalYear: year, EmployeeLogin: me, UnitCode: unitCode, Payload: body })).etag;
    } catch (error) {
      if (error instanceof ConflictError && error.current) {
        throw new DraftConflictError<MeetingMinutesPayload>(JSON.parse(String((error.current.value as DraftRow).Payload || '{}')) as MeetingMinutesPayload, error.current.etag);
      }
      throw error;
    }
  }

  public async decide(unitCode: string, year: number, decisions: DecisionInput[]): Promise<{ notice: NoticeOutcome }> {
    const loaded = await this.load(unitCode, year);
    const { org, me, state } = loaded;
    const agencyPeople = peopleOfUnits(org, loaded.agencyUnits);
    const inputs = decisions.map((d) => ({ ...d, login: normalizeLogin(d.login) }));
    if (inputs.length === 0) throw new StepNotAllowedError('NOT_DECIDED');
    inputs.forEach((d) => {
      if (agencyPeople.indexOf(d.login) < 0) throw new StepNotAllowedError('NOT_COMPETENT_EVALUATOR');
      const may = decideAvailability(org, state, me, d.login);
      if (!may.allowed) throw new StepNotAllowedError(may.reason);
    });
    const decided = inputs.map((d) => d.login);
    const sheetPeople: SheetPerson[] = inputs.map((d) => this.sheetPerson(loaded, d.login));
    const others = agencyPeople
      .filter((login) => decided.indexOf(login) < 0)
      .map((login) => {
        const latest = latestDecision(personIn(state, org, login));
        return { login, taskGroup: quotaGroupOf(org, login), rating: latest ? latest.rating : undefined, quotaException: latest ? latest.quotaException : undefined };
      });
    const choices: { [login: string]: { rating: RatingOutcome; reasons: string; quotaException?: { reason: string; decisionReference?: string } } } = {};
    inputs.forEach((d) => (choices[d.login] = { rating: d.rating, reasons: d.reasons, quotaException: d.quotaException }));
    const problems = validateDecisions({ people: sheetPeople, others, choices, decidedBy: loaded.myName, settings: state.settings.quota });
    // NĐ 335/2025, NĐ 48/2023 khoản 6 Điều 2 (law.md 3.7): no set beyond the quota without a recorded exception.
    if (problems.some((p) => p.field.indexOf(quotaField('')) === 0)) throw new StepNotAllowedError('QUOTA_EXCEEDED');
    if (problems.length) throw new FieldProblemsError(problems);
    const repo = this.repository(LISTS.decisions);
    for (const d of inputs) {
      const person = personIn(state, org, d.login);
      const payload: DecisionPayload = {
        rating: d.rating,
        reasons: d.reasons.trim(),
        published: false,
        // A decision already standing is corrected, never edited: the new act names it.
        corrects: latestDecision(person) ? (latestDecision(person) as DecisionRecord).id : undefined,
        quotaException: d.rating === 'HTXSNV' && d.quotaException && d.quotaException.reason.trim() ? { decidedBy: loaded.myName, reason: d.quotaException.reason.trim(), decisionReference: d.quotaException.decisionReference || undefined } : undefined
      };
      await repo.add(this.decisionFields(org, year, d.login, person.decisionItems + 1, payload), { folder: personalFolderName(d.login) });
    }
    return { notice: NOBODY };
  }

  public async publish(unitCode: string, year: number): Promise<{ notice: NoticeOutcome }> {
    const loaded = await this.load(unitCode, year);
    const { org, state } = loaded;
    const shown = peopleOfUnits(org, unitsUnder(org, unitCode));
    const may = this.publishAvailability(loaded, shown);
    if (!may.allowed) throw new StepNotAllowedError(may.reason);
    const toPublish = this.readyToPublish(loaded, shown).ready;
    const repo = this.repository(LISTS.decisions);
    // A new act per person, published: the unpublished decision stays in the history as it was
    // recorded, and the time of publication is the server's (NĐ 90/2020 Điều 21).
    for (const login of toPublish) {
      const person = personIn(state, org, login);
      const latest = latestDecision(person);
      if (!latest) continue;
      // The settings rows it was computed with: later rows never rewrite this year (settingsHistory).
      const payload: DecisionPayload = { rating: latest.rating, reasons: latest.reasons, published: true, quotaException: latest.quotaException, settingsThrough: state.settingsThrough };
      await repo.add(this.decisionFields(org, year, login, person.decisionItems + 1, payload), { folder: readScopeName(person.unitCode, year) });
    }
    const notice = await this.notify({ kind: 'PUBLISHED', to: toPublish, subjectName: org.units[unitCode].name, periodLabel: `Năm ${year}`, place: noticePlaces.myYear(year) });
    return { notice };
  }

  public async answerComplaint(
    complaintId: number,
    answer: { text: string; outcome: 'UPHELD' | 'REJECTED'; newDecision?: DecisionInput }
  ): Promise<{ notice: NoticeOutcome }> {
    const complaintsRepo = this.repository(LISTS.complaints);
    const item = await complaintsRepo.get(complaintId);
    if (!item) throw new StepNotAllowedError('NO_COMPLAINT');
    const login = normalizeLogin(String(item.value.EmployeeLogin || ''));
    const year = Number(item.value.EvalYear);
    const { org } = await this.deps.orgDirectory.getOrg();
    if (!org.people[login]) throw new StepNotAllowedError('NO_COMPLAINT');
    const loaded = await this.load(org.people[login].unitCode, year);
    const { me, state } = loaded;
    const person = personIn(state, org, login);
    const complaint = person.complaints.find((c) => c.id === complaintId);
    // Only a complaint the person filed themself, not yet answered, is answered.
    if (!complaint || complaint.answer) throw new StepNotAllowedError('NO_COMPLAINT');
    const may = complaintAvailability(state, org, me, login);
    if (!may.allowed) throw new StepNotAllowedError(may.reason);
    const problems = [];
    if (!answer.text.trim()) problems.push({ field: 'answer.text', code: 'REQUIRED' as const });
    const redecision = answer.outcome === 'UPHELD' ? answer.newDecision : undefined;
    if (answer.outcome === 'UPHELD' && (!redecision || !redecision.rating || redecision.rating === 'NEEDS_DECISION')) problems.push({ field: 'newDecision.rating', code: 'REQUIRED' as const });
    if (redecision && !redecision.reasons.trim()) problems.push({ field: 'newDecision.reasons', code: 'REQUIRED' as const });
    if (problems.length) throw new FieldProblemsError(problems);
    if (redecision) {
      // The new rating stands in the agency's quota with every other standing decision.
      const standing = peopleOfUnits(org, loaded.agencyUnits).map((other) => {
        if (other === login) return { group: quotaGroupOf(org, login), rating: redecision.rating, exception: redecision.quotaException };
        const latest = latestDecision(personIn(state, org, other));
        return { group: quotaGroupOf(org, other), rating: latest ? latest.rating : undefined, exception: latest ? latest.quotaException : undefined };
      });
      if (quotaOf(standing, loaded.myName, state.settings.quota).violated) throw new StepNotAllowedError('QUOTA_EXCEEDED');
    }
    const answerPayload: ComplaintPayload = { kind: 'ANSWER', text: answer.text.trim(), answersComplaint: complaintId, outcome: answer.outcome };
    await complaintsRepo.add(
      {
        Title: `Giải quyết khiếu nại năm ${year} – ${personName(org, login)}`,
        EvalYear: year,
        EmployeeLogin: login,
        UnitCode: person.unitCode,
        ActKey: actKeys.complaintAnswer(year, login, complaintId),
        Payload: JSON.stringify(answerPayload)
      },
      { folder: personalFolderName(login) }
    );
    if (redecision) {
      const previous = latestDecision(person);
      const payload: DecisionPayload = {
        rating: redecision.rating,
        reasons: redecision.reasons.trim(),
        published: true,
        quotaException:
          redecision.rating === 'HTXSNV' && redecision.quotaException && redecision.quotaException.reason.trim()
            ? { decidedBy: loaded.myName, reason: redecision.quotaException.reason.trim(), decisionReference: redecision.quotaException.decisionReference || undefined }
            : undefined,
        // The old decision stays: the new one names it (a reversible re-decision, law.md 1.3 bước 6).
        supersedes: previous ? previous.id : undefined
      };
      await this.repository(LISTS.decisions).add(this.decisionFields(org, year, login, person.decisionItems + 1, payload), { folder: readScopeName(person.unitCode, year) });
    }
    const notice = await this.notify({ kind: 'COMPLAINT_ANSWERED', to: [login], subjectName: personName(org, login), periodLabel: `Năm ${year}`, detail: answer.text.trim(), place: noticePlaces.myYear(year) });
    return { notice };
  }

  // ---------------------------------------------------------------- helpers

  private async load(unitCode: string, year: number): Promise<Loaded> {
    const [me, { org }] = await Promise.all([this.deps.directory.getMe(), this.deps.orgDirectory.getOrg()]);
    if (!org.units[unitCode]) throw new Error(`Không có đơn vị ${unitCode} trong danh sách đơn vị.`);
    const agency = agencyUnitOf(org, unitCode);
    const agencyCode = agency ? agency.code : unitCode;
    const agencyUnits = unitsUnder(org, agencyCode);
    // The agency's acts: its quota counts every decision in it (NĐ 48/2023 khoản 6 Điều 2).
    // The acting user's own working copies of the minutes of the units they keep (private drafts).
    const myLogin = normalizeLogin(me.userPrincipalName);
    const kept = agencyUnits.filter((code) => mayKeepMinutes(org, myLogin, code).allowed);
    // Who moved into the agency during the year: their months before the move are filed under the unit they left.
    const movedIn = movedDuring(org, year).filter((login) => !!org.people[login] && agencyUnits.indexOf(org.people[login].unitCode) >= 0);
    const rows = await readYearRows(this.deps.sp, agencyUnits, year, true, kept, movedIn);
    return { org, me: myLogin, myName: personName(org, myLogin) || me.displayName, state: deriveYearState(org, year, rows), agencyCode, agencyUnits };
  }

  /** The people of `logins` whom the acting user decides. */
  private mine(loaded: Loaded, logins: readonly string[]): string[] {
    return logins.filter((login) => personIn(loaded.state, loaded.org, login).competentLogin === loaded.me);
  }

  /**
   * Publishing (NĐ 90/2020 Điều 21) is done unit by unit, within the unit: a unit is ready once every
   * person of it whom the acting user decides has a decision. A Cục need not wait for its slowest phòng.
   */
  private readyToPublish(loaded: Loaded, shown: readonly string[]): { ready: string[]; undecided: boolean; published: boolean } {
    const { org, state } = loaded;
    const mine = this.mine(loaded, shown);
    const byUnit: { [unitCode: string]: string[] } = {};
    mine.forEach((login) => (byUnit[org.people[login].unitCode] = (byUnit[org.people[login].unitCode] || []).concat([login])));
    const ready: string[] = [];
    let undecided = false;
    Object.keys(byUnit).forEach((code) => {
      const latest = byUnit[code].map((login) => latestDecision(personIn(state, org, login)));
      if (latest.some((d) => !d)) {
        undecided = true;
        return;
      }
      byUnit[code].forEach((login, i) => {
        if (!(latest[i] as DecisionRecord).published) ready.push(login);
      });
    });
    return { ready, undecided, published: mine.length > 0 && !undecided && ready.length === 0 };
  }

  private publishAvailability(loaded: Loaded, shown: readonly string[]): Availability {
    if (this.mine(loaded, shown).length === 0) return blocked('NOT_COMPETENT_EVALUATOR');
    const { ready, undecided } = this.readyToPublish(loaded, shown);
    if (ready.length > 0) return ALLOWED;
    return blocked(undecided ? 'NOT_DECIDED' : 'ALREADY_PUBLISHED');
  }

  private sheetPerson(loaded: Loaded, login: string): SheetPerson {
    const { org, state } = loaded;
    const p = personIn(state, org, login);
    const minutes = state.minutes[p.unitCode];
    const meeting = minutes && minutes.payload.approved ? (minutes.payload.people || []).find((e) => normalizeLogin(e.login) === login) : undefined;
    const latest = latestDecision(p);
    return {
      login,
      displayName: personName(org, login),
      taskGroup: quotaGroupOf(org, login),
      decidable: true,
      suggestion: p.suggestion,
      selfProposal: p.selfEvaluation && isRatingLevel(p.selfEvaluation.proposedRating) ? p.selfEvaluation.proposedRating : undefined,
      meeting: meeting && isRatingLevel(meeting.proposedRating) ? { proposedRating: meeting.proposedRating, votes: meeting.votes } : undefined,
      currentDecision: latest ? { rating: latest.rating, published: latest.published, quotaException: latest.quotaException } : undefined
    };
  }

  /** A decision item: DC-<year>-<login>-<n>, n after every decision item about the person (forged ones too). */
  private decisionFields(org: OrgModel, year: number, login: string, n: number, payload: DecisionPayload): Record<string, unknown> {
    return {
      Title: `Quyết định xếp loại chất lượng năm ${year} – ${personName(org, login)}`,
      EvalYear: year,
      EmployeeLogin: login,
      UnitCode: org.people[login].unitCode,
      ActKey: actKeys.decision(year, login, n),
      Rating: payload.rating,
      Payload: JSON.stringify(payload)
    };
  }

  private repository(spec: ListSpec): ListRepository<RawItem> {
    return new ListRepository<RawItem>({
      sp: this.deps.sp,
      listTitle: spec.title,
      indexedColumns: spec.fields.filter((f) => (f as { indexed?: boolean }).indexed).map((f) => f.name),
      select: spec.fields.map((f) => f.name),
      map: (raw) => raw
    });
  }

  private notify(notice: Omit<Notice, 'pageUrl'>): Promise<NoticeOutcome> {
    if (notice.to.length === 0) return Promise.resolve(NOBODY);
    return this.deps.notifier.notify({ ...notice, pageUrl: this.deps.pageUrl });
  }
}

/** Answering a person's complaint: the competent evaluator (NĐ 90/2020 Điều 16), while one is open. */
function complaintAvailability(state: YearState, org: OrgModel, actorLogin: string, login: string): Availability {
  return answerAvailability(actorLogin, personFacts(state, org, login));
}

function emptyState(year: number): YearState {
  return { year, minutes: {}, minutesItems: {}, people: {}, ignored: [], settings: settingsForYear([], year).settings, settingsThrough: 0 };
}

function personName(org: OrgModel, login: string): string {
  const person = org.people[login];
  return person ? person.displayName : login;
}

function personOf(org: OrgModel, login: string): Person {
  const p = org.people[login];
  return { id: login, userPrincipalName: login, displayName: p ? p.displayName : login, jobTitle: p ? p.jobTitle : undefined, managerLogin: p ? p.managerLogin : undefined };
}
