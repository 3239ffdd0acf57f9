import type { ComplaintPayload, DecisionPayload, MeetingMinutesPayload, SelfEvaluationPayload } from '../../../src/domain/evaluation/actPayloads';
import type { OrgModel } from '../../../src/domain/org/orgModel';
import {
  isRatingLevel,
  rateNd90Year,
  reviewProposedRatings,
  type Nd90Criteria,
  type Nd90LeaderFacts,
  type Nd90YearInput,
  type ProposedRating,
  type RatingLevel,
  type RatingOutcome,
  type RatingResult
} from '../../../src/domain/rating';
import { LISTS } from '../../../src/services/sharepoint/schema';
import type { BulkItem } from '../../server/bulk';
import { intBetween, notAfter, vnTime, workTime, type CastMember, type Folders } from './cast';
import type { ActsByList } from './monthly';
import {
  LEVEL_NAMES,
  MEETING_PLACES,
  meetingComment,
  pickOne,
  selfEvaluationSectionI,
  selfEvaluationSectionII,
  type Rand
} from './texts';

/** The special cases of a year (law.md 3): who, and what happened. */
export interface YearSpecials {
  /** recruited during the year: fewer than 6 months worked → NOT_CLASSIFIED (still reviews the year) */
  recruited?: string;
  /** on maternity leave for part of the year: rated on the time actually worked */
  maternity?: string;
  /** on sick leave 3 to under 6 months: not above HTNV */
  longSickLeave?: string;
  /** disciplined (khiển trách) in the year → KHTNV */
  disciplined?: string;
  /** complains about the published rating; the complaint is upheld and a new decision supersedes the first */
  complainant?: string;
}

interface Facts {
  input: Nd90YearInput;
  /** share of tasks (or, for a leader, of the unit's targets) exceeded: orders the quota's lowerings */
  merit: number;
  tasksTotal: number;
  tasksExceeded: number;
}

const CRITERIA_KEYS: ReadonlyArray<keyof Nd90Criteria> = ['chinhTriTuTuong', 'daoDucLoiSong', 'tacPhongLeLoi', 'yThucKyLuat'];

function criteriaFor(rand: Rand, member: CastMember): Nd90Criteria {
  const one = (): 'good' | 'meets' => (member.profile === 'strong' ? 'good' : member.profile === 'weak' ? 'meets' : rand() < 0.55 ? 'good' : 'meets');
  const criteria: Nd90Criteria = { chinhTriTuTuong: one(), daoDucLoiSong: one(), tacPhongLeLoi: one(), yThucKyLuat: one() };
  if (member.isLeader) {
    criteria.ketQuaLanhDaoDiemA = one();
  }
  return criteria;
}

/** Units led directly below the one a leader heads or deputises (criterion d of Điều 8–11 khoản 2). */
function subordinateUnits(org: OrgModel, member: CastMember): number {
  return Object.keys(org.units).filter((code) => org.units[code].parentCode === member.unitCode).length;
}

function leaderFacts(rand: Rand, org: OrgModel, member: CastMember, strong: boolean): Nd90LeaderFacts {
  const total = intBetween(rand, 10, 20);
  const subordinates = subordinateUnits(org, member);
  return {
    unitTargetsTotal: total,
    unitTargetsCompleted: total,
    unitTargetsOnTimeQuality: strong ? total : total - intBetween(rand, 0, Math.floor(total * 0.15)),
    unitTargetsExceeded: strong ? Math.ceil(total * (0.5 + rand() * 0.2)) : Math.floor(total * (0.2 + rand() * 0.25)),
    subordinateUnitsTotal: subordinates,
    subordinateUnitsAtLeastHTNV: subordinates,
    subordinateUnitsHTTNVorHTXSNV: subordinates,
    unitInvolvedInCorruptionAndHandled: false
  };
}

function factsFor(rand: Rand, org: OrgModel, member: CastMember, year: number, specials: YearSpecials): Facts {
  const is = (who: string | undefined): boolean => who === member.login;
  // A year's luck: a normal person has a very good year now and then, a strong one an ordinary year.
  const lucky = member.profile === 'strong' ? rand() < 0.85 : member.profile === 'normal' && rand() < 0.08;
  // The complainant's year was an ordinary one: the complaint is about two tasks, not about excellence.
  const strong = lucky && !is(specials.complainant);
  const weak = member.profile === 'weak';
  const tasksTotal = is(specials.maternity) || is(specials.recruited) ? intBetween(rand, 5, 8) : intBetween(rand, 12, 30);
  let failing = strong ? 0 : weak ? intBetween(rand, 1, Math.max(1, Math.floor(tasksTotal * 0.2))) : rand() < 0.07 ? intBetween(rand, 1, Math.max(1, Math.floor(tasksTotal * 0.15))) : 0;
  if (is(specials.complainant)) {
    failing = 2;
  }
  const tasksExceeded = strong ? Math.ceil(tasksTotal * (0.5 + rand() * 0.25)) : Math.floor(tasksTotal * (weak ? rand() * 0.1 : 0.1 + rand() * 0.35));
  const criteria = criteriaFor(rand, member);
  if (strong) {
    CRITERIA_KEYS.forEach((k) => (criteria[k] = 'good'));
    if (member.isLeader) criteria.ketQuaLanhDaoDiemA = 'good';
  }
  const leader = member.isLeader ? leaderFacts(rand, org, member, strong) : undefined;
  const input: Nd90YearInput = {
    evaluationYear: year,
    isLeader: member.isLeader,
    monthsWorked: is(specials.recruited) ? 4 : is(specials.maternity) ? 5 : is(specials.longSickLeave) ? 8 : 12,
    monthsAbsent: is(specials.longSickLeave) ? 4 : 0,
    onMaternityLeave: is(specials.maternity),
    maternityMonths: is(specials.maternity) ? 7 : 0,
    degradationConcluded: false,
    disciplinedThisYear: is(specials.disciplined),
    disciplineForEarlierYearViolation: false,
    disciplineViolationAlreadyUsedForKHTNVInEarlierYear: false,
    performance: {
      criteria,
      tasks: {
        tasksTotal,
        tasksCompleted: weak && rand() < 0.3 ? tasksTotal - 1 : tasksTotal,
        tasksOnTimeQuality: tasksTotal - failing,
        tasksExceeded,
        highEfficiency: strong ? true : rand() < 0.3
      },
      leader
    }
  };
  const merit = leader ? leader.unitTargetsExceeded / leader.unitTargetsTotal : tasksExceeded / tasksTotal;
  return { input, merit: Math.round(merit * 1000) / 10, tasksTotal, tasksExceeded };
}

/**
 * The competent evaluator's reading where the text does not decide (NEEDS_DECISION, law.md 2.3): the
 * best level still possible; e.g. a leader of a unit with no unit below counts criterion d as met.
 */
function decidedLevel(result: RatingResult): RatingOutcome {
  if (result.outcome !== 'NEEDS_DECISION') return result.outcome;
  const level = result.possibleOutcomes.find((o) => isRatingLevel(o));
  return level ?? 'NOT_CLASSIFIED';
}

function oneBetter(level: RatingLevel): RatingLevel {
  return level === 'KHTNV' ? 'HTNV' : level === 'HTNV' ? 'HTTNV' : 'HTXSNV';
}

function oneWorse(level: RatingLevel): RatingLevel {
  return level === 'HTXSNV' ? 'HTTNV' : level === 'HTTNV' ? 'HTNV' : 'KHTNV';
}

function reasonsText(result: RatingResult, decided: RatingOutcome, extra: string[]): string {
  const lines: string[] = [];
  if (result.outcome === 'NEEDS_DECISION') {
    const open = result.reasons[result.reasons.length - 1];
    lines.push(`${open.text} Người có thẩm quyền quyết định: ${LEVEL_NAMES[decided]}.`);
  }
  const met = result.reasons.filter((r) => r.met).slice(-3);
  met.forEach((r) => lines.push(`${r.text} (${r.clause}).`));
  return lines.concat(extra).join('\n');
}

export interface YearlyContext {
  rand: Rand;
  year: number;
  today: Date;
  org: OrgModel;
  folders: Folders;
  acts: ActsByList;
}

/** What the year decided for each person, for the complaint that follows. */
export interface YearOutcome {
  login: string;
  member: CastMember;
  facts: Facts;
  decided: RatingOutcome;
  decisionActKey: string;
}

/**
 * One year under NĐ 90/2020 (as amended by NĐ 48/2023): self-evaluations (Mẫu 02), one meeting per
 * unit, decisions by the competent evaluator with the HTXSNV quota kept per agency and group, published.
 */
export function seedNd90Year(ctx: YearlyContext, cast: readonly CastMember[], specials: YearSpecials): YearOutcome[] {
  const { rand, year, today, org, folders, acts } = ctx;
  const push = (list: string, item: BulkItem): void => {
    (acts[list] = acts[list] || []).push(item);
  };
  const at = (month: number, day: number, minutesBefore: number): string => notAfter(workTime(rand, year, month, day), today, minutesBefore);

  const people = cast.map((member) => {
    const facts = factsFor(rand, org, member, year, specials);
    const result = rateNd90Year(facts.input);
    const candidate = decidedLevel(result);
    return { member, facts, result, candidate };
  });

  // The quota, per agency (and each group of similar tasks in it): the lowest-merit HTXSNV proposals go to HTTNV.
  const lowered: { [login: string]: string } = {};
  const agencies = Array.from(new Set(people.map((p) => p.member.agencyCode))).sort();
  for (const agency of agencies) {
    const proposals: ProposedRating[] = people
      .filter((p) => p.member.agencyCode === agency && isRatingLevel(p.candidate))
      .map((p) => ({ personId: p.member.login, group: p.member.group, proposed: p.candidate, score: p.facts.merit }));
    reviewProposedRatings(proposals).suggestions.forEach((s) => (lowered[s.personId] = s.scope));
  }

  // Self-evaluations (1–5 December).
  for (const p of people) {
    const { member, candidate } = p;
    const proposed: RatingLevel = isRatingLevel(candidate)
      ? member.profile !== 'strong' && candidate !== 'KHTNV' && rand() < 0.2
        ? oneBetter(candidate)
        : candidate
      : 'HTTNV';
    const note =
      member.login === specials.recruited
        ? `Được tuyển dụng từ tháng 9/${year}: thời gian công tác trong năm chưa đủ 06 tháng, đề nghị kiểm điểm theo quy định.`
        : member.login === specials.maternity
          ? `Nghỉ chế độ thai sản 07 tháng trong năm; đề nghị xếp loại theo thời gian làm việc thực tế.`
          : member.login === specials.longSickLeave
            ? 'Nghỉ ốm điều trị dài ngày 04 tháng trong năm.'
            : member.login === specials.disciplined
              ? `Bị kỷ luật khiển trách trong năm ${year}; nghiêm túc rút kinh nghiệm.`
              : undefined;
    const payload: SelfEvaluationPayload = {
      ruleSetId: 'ND90_48',
      sections: {
        I: selfEvaluationSectionI(rand, member.agencyCode, member.isLeader, p.facts.tasksTotal, p.facts.tasksExceeded),
        II: selfEvaluationSectionII(rand, proposed, note)
      },
      criteria: { ...p.facts.input.performance?.criteria },
      // The facts the engine rated from, so the year's suggestion on the screens is the one the decision followed.
      tasks: p.facts.input.performance?.tasks,
      leader: p.facts.input.performance?.leader,
      circumstances: {
        monthsWorked: p.facts.input.monthsWorked,
        monthsAbsent: p.facts.input.monthsAbsent,
        maternityMonths: p.facts.input.maternityMonths,
        disciplinedThisYear: p.facts.input.disciplinedThisYear
      },
      proposedRating: proposed,
      submitted: true
    };
    push(LISTS.selfEvaluations.title, {
      authorUpn: member.login,
      folderPath: folders.personal(LISTS.selfEvaluations.title, member.login),
      created: at(12, intBetween(rand, 1, 5), 240),
      values: {
        Title: `Phiếu đánh giá, xếp loại chất lượng công chức năm ${year} – ${member.displayName}`,
        EvalYear: year,
        EmployeeLogin: member.login,
        UnitCode: member.unitCode,
        ActKey: `SE-${year}-${member.login}`,
        Payload: JSON.stringify(payload)
      }
    });
  }

  // One meeting per unit (8–10 December), chaired and recorded by the unit's head.
  const units = Array.from(new Set(people.map((p) => p.member.unitCode))).sort();
  for (const code of units) {
    const unit = org.units[code];
    const chair = unit.headLogin ?? unit.deputyLogins[0];
    if (!chair) continue;
    const members = people.filter((p) => p.member.unitCode === code);
    const rated = members.filter((p) => isRatingLevel(p.candidate));
    const secretary = unit.secretaryLogin ?? (members.find((p) => !p.member.isLeader) ?? members[0]).member.login;
    const absent = members.filter((p) => p.member.login === specials.maternity || p.member.login === specials.longSickLeave).length;
    const present = Math.max(1, members.length - absent - (members.length > 6 && rand() < 0.4 ? 1 : 0));
    const day = intBetween(rand, 8, 10);
    const minutes: MeetingMinutesPayload = {
      heldOn: `${year}-12-${String(day).padStart(2, '0')}`,
      place: pickOne(rand, MEETING_PLACES),
      chairLogin: chair,
      secretaryLogin: secretary,
      present,
      total: members.length,
      people: rated.map((p) => {
        const level = p.candidate as RatingLevel;
        const against = level !== 'KHTNV' && rand() < 0.2 ? intBetween(rand, 1, Math.min(2, Math.max(0, present - 1))) : 0;
        const votes: { [level: string]: number } = { [level]: present - against };
        if (against > 0) votes[oneWorse(level)] = against;
        return { login: p.member.login, comments: meetingComment(rand, level), proposedRating: level, votes };
      }),
      approved: true
    };
    push(LISTS.meetings.title, {
      authorUpn: chair,
      folderPath: folders.of(LISTS.meetings.title, code, year),
      created: notAfter(vnTime(year, 12, day, 16, intBetween(rand, 0, 59)), today, 200),
      values: {
        Title: `Biên bản họp nhận xét, đánh giá công chức năm ${year} – ${unit.name}`,
        EvalYear: year,
        UnitCode: code,
        ActKey: `MM-${year}-${code}`,
        Payload: JSON.stringify(minutes)
      }
    });
  }

  // Decisions (12–15 December), published.
  const outcomes: YearOutcome[] = [];
  for (const p of people) {
    const { member, result, candidate } = p;
    const quotaScope = lowered[member.login];
    const decided: RatingOutcome = quotaScope ? 'HTTNV' : candidate;
    const extra: string[] = [];
    if (quotaScope) {
      extra.push(
        `Tập thể đề xuất Hoàn thành xuất sắc nhiệm vụ; do tỷ lệ Hoàn thành xuất sắc nhiệm vụ không vượt quá 20 % số được xếp loại Hoàn thành tốt nhiệm vụ (${quotaScope === 'whole agency' ? 'toàn cơ quan' : `nhóm "${quotaScope}"`}), xếp loại Hoàn thành tốt nhiệm vụ (NĐ 48/2023, khoản 6 Điều 2).`
      );
    }
    if (member.login === specials.disciplined) {
      extra.push(`Quyết định kỷ luật khiển trách ban hành tháng 6/${year}.`);
    }
    const payload: DecisionPayload = { rating: decided, reasons: reasonsText(result, candidate, extra), published: true };
    const actKey = `DC-${year}-${member.login}`;
    push(LISTS.decisions.title, {
      authorUpn: member.competentLogin,
      folderPath: folders.of(LISTS.decisions.title, member.unitCode, year),
      created: at(12, intBetween(rand, 12, 15), 120),
      values: {
        Title: `Quyết định xếp loại chất lượng năm ${year} – ${member.displayName}`,
        EvalYear: year,
        EmployeeLogin: member.login,
        UnitCode: member.unitCode,
        ActKey: actKey,
        Rating: decided,
        Payload: JSON.stringify(payload)
      }
    });
    outcomes.push({ login: member.login, member, facts: p.facts, decided, decisionActKey: actKey });
  }
  return outcomes;
}

/**
 * The complaint of one year: the complainant shows that two tasks counted late were postponed by the
 * Bộ's own plan; the competent evaluator upholds it and decides again (a decision that supersedes the first).
 */
export function complaintStory(
  ctx: YearlyContext,
  outcome: YearOutcome,
  decisionId: number
): { complaint: BulkItem; answer: (complaintId: number) => BulkItem; redecision: BulkItem } {
  const { rand, year, today, folders } = ctx;
  const { member } = outcome;
  const next = year + 1;
  const complaint: ComplaintPayload = {
    kind: 'COMPLAINT',
    text:
      `Tôi đề nghị xem xét lại kết quả xếp loại năm ${year} (${LEVEL_NAMES[outcome.decided]}). Hai nhiệm vụ bị tính là chậm tiến độ ` +
      `được Lãnh đạo Bộ cho lùi thời hạn theo Kế hoạch điều chỉnh của Bộ (nguyên nhân khách quan), đã được Lãnh đạo đơn vị xác nhận; ` +
      'đề nghị không tính là nhiệm vụ chưa bảo đảm tiến độ.'
  };
  const base = (actKey: string, title: string, payload: unknown): Record<string, unknown> => ({
    Title: title,
    EvalYear: year,
    EmployeeLogin: member.login,
    UnitCode: member.unitCode,
    ActKey: actKey,
    Payload: JSON.stringify(payload)
  });
  const folder = (list: string): string => folders.of(list, member.unitCode, year);
  const input = outcome.facts.input;
  const tasks = input.performance ? input.performance.tasks : undefined;
  const corrected: Nd90YearInput = tasks && input.performance ? { ...input, performance: { ...input.performance, tasks: { ...tasks, tasksOnTimeQuality: tasks.tasksTotal } } } : input;
  const result = rateNd90Year(corrected);
  const rating = decidedLevel(result);
  return {
    complaint: {
      authorUpn: member.login,
      folderPath: folders.personal(LISTS.complaints.title, member.login),
      created: notAfter(workTime(rand, year, 12, 22), today, 100),
      values: base(`CP-${year}-${member.login}`, `Khiếu nại kết quả xếp loại năm ${year} – ${member.displayName}`, complaint)
    },
    answer: (complaintId: number): BulkItem => {
      const answer: ComplaintPayload = {
        kind: 'ANSWER',
        answersComplaint: complaintId,
        outcome: 'UPHELD',
        text:
          'Qua kiểm tra hồ sơ, hai nhiệm vụ nêu trong đơn được lùi thời hạn theo Kế hoạch điều chỉnh của Bộ, là nguyên nhân khách quan. ' +
          `Chấp nhận khiếu nại; ban hành quyết định xếp loại lại: ${LEVEL_NAMES[rating]}.`
      };
      return {
        authorUpn: member.competentLogin,
        folderPath: folders.personal(LISTS.complaints.title, member.login),
        created: notAfter(workTime(rand, next, 1, 8), today, 90),
        values: base(`CA-${year}-${member.login}`, `Giải quyết khiếu nại năm ${year} – ${member.displayName}`, answer)
      };
    },
    redecision: {
      authorUpn: member.competentLogin,
      folderPath: folder(LISTS.decisions.title),
      created: notAfter(workTime(rand, next, 1, 9), today, 80),
      values: {
        ...base(`DC-${year}-${member.login}-2`, `Quyết định xếp loại lại năm ${year} – ${member.displayName}`, {
          rating,
          reasons: reasonsText(result, rating, ['Xếp loại lại sau khi chấp nhận khiếu nại: hai nhiệm vụ chậm do nguyên nhân khách quan không tính là chưa bảo đảm tiến độ.']),
          published: true,
          supersedes: decisionId
        } satisfies DecisionPayload),
        Rating: rating
      }
    }
  };
}
