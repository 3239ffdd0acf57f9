import type { Nd90Criteria, Nd90LeaderFacts, Nd90TaskResults } from '../rating/nd90/nd90Input';
import { isRatingLevel, isRatingOutcome, type RatingLevel } from '../rating/ratingCodes';
import type {
  ComplaintPayload,
  DecisionPayload,
  LeaderComponentPercents,
  MeetingMinutesPayload,
  PeriodReviewPayload,
  PeriodSubmissionPayload,
  SelfEvaluationCircumstances,
  SelfEvaluationPayload,
  SubmittedWorkLine,
  WorkItemAssessment
} from './actPayloads';

/**
 * One reader per kind of act's Payload: whatever a list item holds (typed by anyone, with any tool),
 * each field is read for what it is, and what is missing or malformed becomes empty, never a wrong
 * type. The screens and the rules get exactly the shape they expect, without an unchecked cast.
 */
type Json = { [key: string]: unknown };

/** The Payload column's text as an object (malformed text reads as an empty one). */
export function payloadObject(text: unknown): Json {
  if (typeof text === 'object' && text !== null && !Array.isArray(text)) return text as Json;
  if (typeof text !== 'string' || !text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
  } catch {
    return {};
  }
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && isFinite(v) ? v : undefined);
const int = (v: unknown): number => num(v) ?? 0;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const bool = (v: unknown): boolean => v === true;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Mẫu 01's scores by leaf key: numbers only, under keys a form could have written (at most 200 of them). */
export function readPointsRecord(v: unknown): { [leafKey: string]: number } | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const out: { [leafKey: string]: number } = {};
  let count = 0;
  Object.keys(o).forEach((key) => {
    const value = num(o[key]);
    if (value !== undefined && key.length <= 70 && count < 200) {
      out[key] = value;
      count++;
    }
  });
  return count > 0 ? out : undefined;
}

function workLine(v: unknown): SubmittedWorkLine | undefined {
  const l = obj(v);
  if (!l) return undefined;
  return {
    key: str(l.key),
    productCode: str(l.productCode),
    description: str(l.description),
    assigned: int(l.assigned),
    completed: int(l.completed),
    completedOnTime: int(l.completedOnTime),
    evidence: list(l.evidence).filter((e): e is string => typeof e === 'string')
  };
}

export function readSubmissionPayload(text: unknown): PeriodSubmissionPayload {
  const p = payloadObject(text);
  return {
    generalCriteriaSelfScore: int(p.generalCriteriaSelfScore),
    generalCriteriaSelfParts: readPointsRecord(p.generalCriteriaSelfParts),
    strengths: optStr(p.strengths),
    weaknesses: optStr(p.weaknesses),
    comment: str(p.comment),
    lines: list(p.lines).map(workLine).filter((l): l is SubmittedWorkLine => !!l),
    afterReviewId: num(p.afterReviewId),
    selfScore: num(p.selfScore)
  };
}

function assessment(v: unknown): WorkItemAssessment | undefined {
  const a = obj(v);
  if (!a) return undefined;
  return {
    workItemKey: str(a.workItemKey),
    completedMeetingQuality: int(a.completedMeetingQuality),
    majorErrors: int(a.majorErrors),
    delays: int(a.delays),
    majorErrorsObjectiveCauseConfirmed: bool(a.majorErrorsObjectiveCauseConfirmed),
    delaysObjectiveCauseConfirmed: bool(a.delaysObjectiveCauseConfirmed)
  };
}

function leaderComponents(v: unknown): LeaderComponentPercents | undefined {
  const c = obj(v);
  return c ? { unitResults: int(c.unitResults), leadershipCapacity: int(c.leadershipCapacity), unitingCapacity: int(c.unitingCapacity) } : undefined;
}

export function readReviewPayload(text: unknown): PeriodReviewPayload & { corrects?: number } {
  const p = payloadObject(text);
  return {
    outcome: p.outcome === 'RETURNED' ? 'RETURNED' : 'APPROVED',
    returnReason: optStr(p.returnReason),
    generalCriteriaScore: num(p.generalCriteriaScore) ?? NaN,
    generalCriteriaParts: readPointsRecord(p.generalCriteriaParts),
    assessments: list(p.assessments).map(assessment).filter((a): a is WorkItemAssessment => !!a),
    leaderComponents: leaderComponents(p.leaderComponents),
    comment: str(p.comment),
    score: num(p.score),
    level: isRatingLevel(p.level) ? p.level : undefined,
    corrects: num(p.corrects)
  };
}

const CRITERIA: ReadonlyArray<keyof Nd90Criteria> = ['chinhTriTuTuong', 'daoDucLoiSong', 'tacPhongLeLoi', 'yThucKyLuat', 'ketQuaLanhDaoDiemA'];
const criterion = (v: unknown): 'good' | 'meets' | 'fails' | undefined => (v === 'good' || v === 'meets' || v === 'fails' ? v : undefined);

function criteria(v: unknown): Partial<Nd90Criteria> | undefined {
  const c = obj(v);
  if (!c) return undefined;
  const out: Partial<Nd90Criteria> = {};
  CRITERIA.forEach((key) => {
    const value = criterion(c[key]);
    if (value) out[key] = value;
  });
  return out;
}

function tasks(v: unknown): Nd90TaskResults | undefined {
  const t = obj(v);
  if (!t) return undefined;
  return { tasksTotal: int(t.tasksTotal), tasksCompleted: int(t.tasksCompleted), tasksOnTimeQuality: int(t.tasksOnTimeQuality), tasksExceeded: int(t.tasksExceeded), highEfficiency: t.highEfficiency === undefined ? undefined : bool(t.highEfficiency) };
}

function leader(v: unknown): Nd90LeaderFacts | undefined {
  const l = obj(v);
  if (!l) return undefined;
  return {
    unitTargetsTotal: int(l.unitTargetsTotal),
    unitTargetsCompleted: int(l.unitTargetsCompleted),
    unitTargetsOnTimeQuality: int(l.unitTargetsOnTimeQuality),
    unitTargetsExceeded: int(l.unitTargetsExceeded),
    subordinateUnitsTotal: int(l.subordinateUnitsTotal),
    subordinateUnitsAtLeastHTNV: int(l.subordinateUnitsAtLeastHTNV),
    subordinateUnitsHTTNVorHTXSNV: int(l.subordinateUnitsHTTNVorHTXSNV),
    unitInvolvedInCorruptionAndHandled: bool(l.unitInvolvedInCorruptionAndHandled),
    unitRating: isRatingLevel(l.unitRating) ? l.unitRating : undefined
  };
}

const optBool = (v: unknown): boolean | undefined => (v === undefined ? undefined : bool(v));

function circumstances(v: unknown): SelfEvaluationCircumstances | undefined {
  const c = obj(v);
  if (!c) return undefined;
  return {
    monthsWorked: num(c.monthsWorked) ?? 12,
    monthsAbsent: int(c.monthsAbsent),
    maternityMonths: int(c.maternityMonths),
    monthsAtPreviousAgency: num(c.monthsAtPreviousAgency),
    previousAgencyDissolved: optBool(c.previousAgencyDissolved),
    disciplinedThisYear: bool(c.disciplinedThisYear),
    disciplineForEarlierYearViolation: optBool(c.disciplineForEarlierYearViolation),
    disciplineViolationAlreadyUsedForKHTNVInEarlierYear: optBool(c.disciplineViolationAlreadyUsedForKHTNVInEarlierYear),
    disciplinePartyAndAdministrativeInDifferentYears: optBool(c.disciplinePartyAndAdministrativeInDifferentYears),
    disciplinedForPublicServiceViolationReprimandOrAbove: optBool(c.disciplinedForPublicServiceViolationReprimandOrAbove),
    unitInvolvedInCorruptionAndHandled: optBool(c.unitInvolvedInCorruptionAndHandled)
  };
}

/** Leaves out what is undefined, so a payload read back equals the one written. */
function defined<T extends object>(value: T): T {
  const out = {} as T;
  (Object.keys(value) as Array<keyof T>).forEach((key) => {
    if (value[key] !== undefined) out[key] = value[key];
  });
  return out;
}

export function readSelfEvaluationPayload(text: unknown): SelfEvaluationPayload & { corrects?: number } {
  const p = payloadObject(text);
  const sections: { [id: string]: string } = {};
  const s = obj(p.sections) || {};
  Object.keys(s).forEach((id) => {
    if (typeof s[id] === 'string') sections[id] = s[id] as string;
  });
  return defined({
    ruleSetId: str(p.ruleSetId),
    sections,
    criteria: criteria(p.criteria),
    tasks: tasks(p.tasks),
    leader: leader(p.leader),
    circumstances: circumstances(p.circumstances),
    proposedRating: (isRatingLevel(p.proposedRating) ? p.proposedRating : 'HTTNV') as RatingLevel,
    submitted: bool(p.submitted),
    corrects: num(p.corrects)
  });
}

export function readMinutesPayload(text: unknown): MeetingMinutesPayload & { corrects?: number } {
  const p = payloadObject(text);
  return defined({
    heldOn: str(p.heldOn),
    place: str(p.place),
    chairLogin: str(p.chairLogin),
    secretaryLogin: str(p.secretaryLogin),
    present: int(p.present),
    total: int(p.total),
    people: list(p.people)
      .map(obj)
      .filter((e): e is Json => !!e)
      .map((e) => {
        const votes = obj(e.votes);
        const counted: { [level: string]: number } = {};
        Object.keys(votes || {}).forEach((level) => {
          const n = num((votes as Json)[level]);
          if (n !== undefined) counted[level] = n;
        });
        return defined({ login: str(e.login), comments: str(e.comments), proposedRating: (isRatingLevel(e.proposedRating) ? e.proposedRating : 'HTTNV') as RatingLevel, votes: votes ? counted : undefined });
      }),
    approved: bool(p.approved),
    corrects: num(p.corrects)
  });
}

/** A decision's Payload; the Rating column stands in for a payload without a rating (older items). */
export function readDecisionPayload(text: unknown, ratingColumn?: unknown): DecisionPayload {
  const p = payloadObject(text);
  const exception = obj(p.quotaException);
  return defined({
    rating: isRatingOutcome(p.rating) ? p.rating : isRatingOutcome(ratingColumn) ? ratingColumn : 'NEEDS_DECISION',
    reasons: str(p.reasons),
    quotaException: exception ? defined({ decidedBy: str(exception.decidedBy), reason: str(exception.reason), decisionReference: optStr(exception.decisionReference) }) : undefined,
    published: bool(p.published),
    supersedes: num(p.supersedes),
    corrects: num(p.corrects),
    settingsThrough: num(p.settingsThrough)
  });
}

export function readComplaintPayload(text: unknown): ComplaintPayload {
  const p = payloadObject(text);
  return defined({
    kind: p.kind === 'ANSWER' ? 'ANSWER' : 'COMPLAINT',
    text: str(p.text),
    answersComplaint: num(p.answersComplaint),
    outcome: p.outcome === 'UPHELD' || p.outcome === 'REJECTED' ? p.outcome : undefined
  });
}
