import type { IgnoredAct, RecordedAct } from '../org/acts';
import { instant as at } from '../instant';
import { normalizeLogin } from '../org/orgModel';

/**
 * The year's workflow (NĐ 90/2020 Điều 16–21 as amended by NĐ 48/2023; NĐ 335/2025 keeps the order)
 * as rules over the acts, which are only ever added: the self-evaluation before the unit meets, the
 * minutes once approved, the competent evaluator's decision and its corrections before publication,
 * publication, then complaints and their answers, a re-decision only on an upheld complaint. What
 * came out of turn or after the step closed is kept, ignored, and said why.
 */

/** What the workflow reads of each act of the year (the rest of the payload is for the screens). */
export interface YearActFacts {
  /** Self-evaluation: submitted (not a working copy). */
  submitted?: boolean;
  /** Minutes: approved at the meeting. */
  approved?: boolean;
  /** Decision list: a publication (true) or a decision not yet made known (false). */
  published?: boolean;
  /** A correction names the standing act it corrects (self-evaluation, minutes, decision). */
  corrects?: number;
  /** A re-decision after an upheld complaint names the decision it supersedes. */
  supersedes?: number;
  /** A complaint's answer names the complaint. */
  answersComplaint?: number;
  outcome?: 'UPHELD' | 'REJECTED';
}

export interface CountedYearActs<T> {
  counted: Array<RecordedAct<T>>;
  ignored: Array<IgnoredAct<T>>;
}

interface PersonTrack<T> {
  self?: RecordedAct<T>;
  decision?: RecordedAct<T>;
  publishedAt?: string;
  complaints: { [id: number]: { answered: boolean } };
  /** Upheld answers not yet followed by their re-decision. */
  upheldWaiting: number;
}

interface UnitTrack<T> {
  minutes?: RecordedAct<T>;
  /** The first decision or publication about someone of the unit: the minutes are final from then. */
  firstDecisionAt?: string;
}

/**
 * Where an act stands in the year's order: SharePoint's Created has a resolution of one second and ids
 * are per list, so acts of different lists recorded in the same second go in the workflow's own order
 * (self-evaluation, minutes, decision, publication, complaint, answer, re-decision).
 */
function stepRank(act: RecordedAct<YearActFacts>): number {
  switch (act.step) {
    case 'SELF_ASSESSMENT':
      return 0;
    case 'MEETING_MINUTES':
      return 1;
    case 'DECISION':
      return typeof act.payload.supersedes === 'number' ? 6 : act.payload.published ? 3 : 2;
    case 'COMPLAINT':
      return 4;
    case 'COMPLAINT_ANSWER':
      return 5;
    default:
      return 7;
  }
}

function byTime<T extends YearActFacts>(a: RecordedAct<T>, b: RecordedAct<T>): number {
  if (at(a.createdAt) !== at(b.createdAt)) return at(a.createdAt) - at(b.createdAt);
  return stepRank(a) !== stepRank(b) ? stepRank(a) - stepRank(b) : a.id - b.id;
}

/**
 * The acts of a year that count, given acts already screened by their authors' right (domain/org/acts):
 * `unitOf` places a person in their unit, whose minutes close the self-evaluation. Working copies
 * (a self-evaluation not submitted, minutes not approved, recorded as items before schema 3) are
 * neither counted nor flagged: they were never acts. Period reviews pass through (periodWorkflow).
 * `complaintsKnown` false: the reader cannot read complaints (they are the person's, the evaluator's and
 * HR's), so a published re-decision that names the standing decision is taken as answering one.
 */
export function yearActsThatCount<T extends YearActFacts>(
  acts: ReadonlyArray<RecordedAct<T>>,
  unitOf: (login: string) => string | undefined,
  options: { complaintsKnown: boolean } = { complaintsKnown: true }
): CountedYearActs<T> {
  const result: CountedYearActs<T> = { counted: [], ignored: [] };
  const people: { [login: string]: PersonTrack<T> } = {};
  const units: { [code: string]: UnitTrack<T> } = {};
  const person = (login: string): PersonTrack<T> => (people[login] = people[login] || { complaints: {}, upheldWaiting: 0 });
  const unit = (code: string): UnitTrack<T> => (units[code] = units[code] || {});
  const count = (act: RecordedAct<T>): void => {
    result.counted.push(act);
  };
  const ignore = (act: RecordedAct<T>, reason: string): void => {
    result.ignored.push({ act, reason });
  };

  acts
    .slice()
    .sort(byTime)
    .forEach((act) => {
      const facts = act.payload;
      if (act.step === 'MEETING_MINUTES') {
        if (!facts.approved || !act.unitCode) return;
        const u = unit(act.unitCode);
        if (!u.minutes) {
          u.minutes = act;
          return count(act);
        }
        if (u.firstDecisionAt) return ignore(act, 'Biên bản mới ghi sau khi đã có quyết định xếp loại trong đơn vị: không được tính.');
        if (facts.corrects !== u.minutes.id) return ignore(act, 'Biên bản đã được thông qua: một biên bản mới phải nêu biên bản nó sửa.');
        u.minutes = act;
        return count(act);
      }
      const login = normalizeLogin(act.subjectLogin);
      if (!login) return count(act);
      const p = person(login);
      const unitCode = unitOf(login);
      switch (act.step) {
        case 'SELF_ASSESSMENT': {
          if (!facts.submitted) return;
          const minutes = unitCode ? unit(unitCode).minutes : undefined;
          if (p.publishedAt) return ignore(act, 'Phiếu tự đánh giá ghi sau khi kết quả đã công khai: không được tính.');
          if (minutes) return ignore(act, 'Phiếu tự đánh giá ghi sau cuộc họp của đơn vị: không được tính.');
          if (p.self && facts.corrects !== p.self.id) return ignore(act, 'Phiếu tự đánh giá đã nộp: một phiếu mới phải nêu phiếu nó sửa.');
          p.self = act;
          return count(act);
        }
        case 'DECISION': {
          if (unitCode && !unit(unitCode).firstDecisionAt) unit(unitCode).firstDecisionAt = act.createdAt;
          if (!p.publishedAt) {
            if (facts.published) {
              p.publishedAt = act.createdAt;
              p.decision = act;
              return count(act);
            }
            if (p.decision && facts.corrects !== p.decision.id) return ignore(act, 'Đã có quyết định: một quyết định mới phải nêu quyết định nó sửa.');
            p.decision = act;
            return count(act);
          }
          // After publication only a re-decision on an upheld complaint (NĐ 90/2020 Điều 21; Luật Khiếu nại).
          // A reader who may not read the complaints (the unit's colleagues) takes a published re-decision
          // naming the standing one as such; the person, the competent evaluator and HR check the answer.
          const upheld = options.complaintsKnown ? p.upheldWaiting > 0 : true;
          if (upheld && facts.published && p.decision && facts.supersedes === p.decision.id) {
            if (options.complaintsKnown) p.upheldWaiting -= 1;
            p.decision = act;
            return count(act);
          }
          return ignore(act, 'Quyết định ghi sau khi kết quả đã công khai, không phải để giải quyết một khiếu nại được chấp nhận: không được tính.');
        }
        case 'COMPLAINT':
          if (!p.publishedAt) return ignore(act, 'Khiếu nại trước khi kết quả được công khai: không được tính.');
          p.complaints[act.id] = { answered: false };
          return count(act);
        case 'COMPLAINT_ANSWER': {
          const complaint = typeof facts.answersComplaint === 'number' ? p.complaints[facts.answersComplaint] : undefined;
          if (!complaint) return ignore(act, 'Trả lời một khiếu nại không có trong hồ sơ: không được tính.');
          if (complaint.answered) return ignore(act, 'Khiếu nại này đã được trả lời: không được tính lần nữa.');
          complaint.answered = true;
          if (facts.outcome === 'UPHELD') p.upheldWaiting += 1;
          return count(act);
        }
        default:
          return count(act);
      }
    });
  return result;
}
