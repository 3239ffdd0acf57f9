import type { LeaderComponentPercents, PeriodReviewPayload, PeriodSubmissionPayload, WorkItemAssessment, WorkItemPayload } from '../../../src/domain/evaluation/actPayloads';
import { leaderRatios, workProductsOf } from '../../../src/domain/evaluation/periodDraft';
import { generalCriteriaLeaves, roundPoints, type GeneralCriteriaParts } from '../../../src/domain/evaluation/generalCriteria';
import { DEFAULT_MAU01 } from '../../../src/domain/rating/mau01';
import { scorePeriod, type PeriodScore, type WorkProduct } from '../../../src/domain/rating';
import { LISTS } from '../../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../seed/accounts';
import type { BulkItem } from '../../server/bulk';
import { productsForUnit, type CatalogueEntry } from './catalogue';
import { daysInMonth, intBetween, notAfter, workTime, type CastMember, type Folders, type Profile } from './cast';
import { describeProduct, RETURN_REASONS, reviewComment, submissionComment, type Rand } from './texts';

/** A month of the year as the periods list has it. */
export interface MonthPeriod {
  id: number;
  month: number;
  status: string;
}

export type ActsByList = { [listTitle: string]: BulkItem[] };

/** How a profile works in a month: chances per product and the range of the general criteria. */
interface Habits {
  completed: number;
  lateBeyondRepair: number;
  rejected: number;
  majorError: number;
  delay: number;
  general: [number, number];
}

/**
 * How a leader's direct manager scores the components d, đ, e (the unit's results, leadership, uniting
 * capacity; law.md 5.1, meaning UNCONFIRMED), in percent.
 */
const LEADER_RANGES: Record<Profile, [number, number]> = { strong: [88, 100], normal: [72, 95], weak: [55, 80] };

function leaderComponentsFor(rand: Rand, profile: Profile): LeaderComponentPercents {
  const [min, max] = LEADER_RANGES[profile];
  return { unitResults: intBetween(rand, min, max), leadershipCapacity: intBetween(rand, min, max), unitingCapacity: intBetween(rand, min, max) };
}

const HABITS: Record<Profile, Habits> = {
  strong: { completed: 0.99, lateBeyondRepair: 0.01, rejected: 0.01, majorError: 0.03, delay: 0.04, general: [22, 28] },
  normal: { completed: 0.95, lateBeyondRepair: 0.05, rejected: 0.04, majorError: 0.1, delay: 0.14, general: [14, 22] },
  weak: { completed: 0.82, lateBeyondRepair: 0.12, rejected: 0.08, majorError: 0.2, delay: 0.25, general: [13, 20] }
};

/** A bad month now and then, for anyone but the strong. */
function habitsFor(rand: Rand, profile: Profile): Habits {
  const h = HABITS[profile];
  if (profile !== 'strong' && rand() < 0.06) {
    return { ...h, completed: h.completed - 0.1, majorError: h.majorError + 0.15, delay: h.delay + 0.2, general: [h.general[0] - 3, h.general[1] - 3] };
  }
  return h;
}

/** The national Mẫu 01's score boxes (HR's seeded settings split nothing). */
const LEAVES = generalCriteriaLeaves(DEFAULT_MAU01);

/**
 * A total of the general criteria spread over Mẫu 01's criteria (official-documents.md 1.1), summing to it
 * exactly: full marks, less half-points taken in turn from the last criterion backwards. Deterministic and
 * drawing nothing from `rand`, so every other seeded figure (and the totals the tests rely on) stays as it was.
 */
export function seededParts(total: number): GeneralCriteriaParts {
  const parts: GeneralCriteriaParts = {};
  LEAVES.forEach((leaf) => (parts[leaf.key] = leaf.max));
  let toTake = roundPoints(LEAVES.reduce((sum, leaf) => sum + leaf.max, 0) - total);
  for (let turn = 0; toTake > 0 && turn < 200; turn++) {
    const leaf = LEAVES[LEAVES.length - 1 - (turn % LEAVES.length)];
    const step = Math.min(0.5, toTake, parts[leaf.key]);
    parts[leaf.key] = roundPoints(parts[leaf.key] - step);
    toTake = roundPoints(toTake - step);
  }
  return parts;
}

/** Mẫu 01 items 4 and 5 of a seeded month, by how it went (no draw from `rand`). */
function strengthsAndWeaknesses(profile: Profile): { strengths: string; weaknesses: string } {
  return profile === 'strong'
    ? { strengths: 'Chủ động, hoàn thành đúng hạn các nhiệm vụ được giao; phối hợp tốt với đồng nghiệp.', weaknesses: 'Không có hạn chế đáng kể.' }
    : profile === 'normal'
      ? { strengths: 'Chấp hành tốt kỷ luật, kỷ cương; hoàn thành các nhiệm vụ thường xuyên.', weaknesses: 'Một số báo cáo còn chậm so với yêu cầu.' }
      : { strengths: 'Có ý thức chấp hành kỷ luật, kỷ cương.', weaknesses: 'Chất lượng và tiến độ một số sản phẩm chưa đạt yêu cầu; cần chủ động hơn.' };
}

function count(rand: Rand, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (rand() < p) k++;
  }
  return k;
}

interface WorkLine {
  actKey: string;
  payload: WorkItemPayload;
  entry: CatalogueEntry;
  assessment: WorkItemAssessment;
}

function weightedPick(rand: Rand, entries: readonly CatalogueEntry[]): CatalogueEntry {
  const total = entries.reduce((s, e) => s + e.weight, 0);
  let x = rand() * total;
  for (const e of entries) {
    x -= e.weight;
    if (x < 0) return e;
  }
  return entries[entries.length - 1];
}

/** The lines of one person's month: what they report, and what their manager finds. */
function drawMonth(rand: Rand, member: CastMember, year: number, month: number, lines: number, habits: Habits): WorkLine[] {
  const pool = productsForUnit(member.agencyCode);
  const result: WorkLine[] = [];
  const used: { [code: string]: boolean } = {};
  for (let n = 1; n <= lines; n++) {
    let entry = weightedPick(rand, pool);
    for (let tries = 0; used[entry.code] && tries < 4; tries++) entry = weightedPick(rand, pool);
    used[entry.code] = true;
    const assigned = intBetween(rand, entry.monthly[0], entry.monthly[1]);
    const completed = assigned - count(rand, assigned, 1 - habits.completed);
    const completedOnTime = completed - count(rand, completed, habits.lateBeyondRepair);
    const completedMeetingQuality = completed - count(rand, completed, habits.rejected);
    const majorErrors = count(rand, completedMeetingQuality, habits.majorError);
    const delays = count(rand, completedOnTime, habits.delay);
    const actKey = `WI-${year}-${String(month).padStart(2, '0')}-${member.login}-${n}`;
    result.push({
      actKey,
      entry,
      payload: {
        productCode: entry.code,
        description: describeProduct(rand, entry.code, member.agencyCode),
        assigned,
        completed,
        completedOnTime,
        evidence: Array.from({ length: completed > 0 ? intBetween(rand, 1, 2) : 0 }, (_, i) => `/sites/danhgia/MinhChung/${year}-${String(month).padStart(2, '0')}/${actKey}-${i + 1}.pdf`)
      },
      assessment: {
        workItemKey: actKey,
        completedMeetingQuality,
        majorErrors,
        delays,
        majorErrorsObjectiveCauseConfirmed: majorErrors > 0 && rand() < 0.15,
        delaysObjectiveCauseConfirmed: delays > 0 && rand() < 0.3
      }
    });
  }
  return result;
}

// The one mapping of a period's lines to the engine's products lives in the domain; the seed uses it too.
export { workProductsOf };

export interface MonthlyContext {
  rand: Rand;
  year: number;
  today: Date;
  folders: Folders;
  acts: ActsByList;
}

/** Where the open month stands for each person on `today`. */
type OpenState = 'NOTHING' | 'DRAFT' | 'SUBMITTED';

export interface MonthlyStory {
  returned?: { login: string; month: number };
  pendingForWellKnownManager: string[];
}

/**
 * NĐ 335/2025 tracking for one year: each closed month reported, submitted and approved by the direct
 * manager; the open month half done; one period returned for correction. Leaders (unit heads and
 * deputies) report their months like everyone else, and their manager's review adds the components
 * d, đ, e of the leaders' formula.
 */
export function seedMonthlyYear(ctx: MonthlyContext, cast: readonly CastMember[], months: readonly MonthPeriod[]): MonthlyStory {
  const { rand, year, today, folders, acts } = ctx;
  const tracked = cast;
  const closed = months.filter((m) => m.status !== 'OPEN').sort((a, b) => a.month - b.month);
  const open = months.find((m) => m.status === 'OPEN');
  const lastClosed = closed.length > 0 ? closed[closed.length - 1] : undefined;

  // The well-known manager's team, the well-known civil servant first.
  const team = tracked
    .filter((m) => m.managerLogin === DEV_ACCOUNTS.manager.upn)
    .sort((a, b) => (a.login === DEV_ACCOUNTS.staff.upn ? -1 : b.login === DEV_ACCOUNTS.staff.upn ? 1 : a.login < b.login ? -1 : 1));
  // One period returned for correction: a colleague of the well-known civil servant when there is one.
  const returnedMember = team.length > 1 ? team[1] : tracked.find((m) => !m.isLeader && m.login !== DEV_ACCOUNTS.staff.upn);
  const story: MonthlyStory = { pendingForWellKnownManager: [] };
  if (returnedMember && lastClosed) {
    story.returned = { login: returnedMember.login, month: lastClosed.month };
  }

  const push = (list: string, item: BulkItem): void => {
    (acts[list] = acts[list] || []).push(item);
  };

  for (const member of tracked) {
    const folder = (list: string): string => folders.of(list, member.unitCode, year);
    const record = (period: MonthPeriod, lines: WorkLine[], h: Habits, state: 'DRAFT' | 'SUBMITTED', submittedAt: string, lastDay: number, review?: { at: string; returned: boolean }): void => {
      const mm = String(period.month).padStart(2, '0');
      const title = `Tháng ${period.month}/${year}`;
      for (const line of lines) {
        const day = Math.min(daysInMonth(year, period.month), intBetween(rand, 1, lastDay));
        push(LISTS.workItems.title, {
          authorUpn: member.login,
          folderPath: folder(LISTS.workItems.title),
          created: notAfter(workTime(rand, year, period.month, day), today, 180),
          values: {
            Title: line.payload.description.slice(0, 255),
            PeriodId: period.id,
            EvalYear: year,
            EmployeeLogin: member.login,
            UnitCode: member.unitCode,
            ActKey: line.actKey,
            ProductCode: line.payload.productCode,
            Payload: JSON.stringify(line.payload)
          }
        });
      }
      const managerGeneral = intBetween(rand, Math.max(0, h.general[0]), Math.min(30, h.general[1]));
      const selfGeneral = Math.min(30, managerGeneral + intBetween(rand, 0, 2));
      const products = (withAssessment: boolean): WorkProduct[] =>
        workProductsOf(lines.map((l) => ({ payload: l.payload, factor: l.entry.conversionFactor, assessment: withAssessment ? l.assessment : undefined })));
      const self: PeriodScore = scorePeriod({ period: { kind: 'MONTH', index: period.month }, isLeader: false, generalCriteriaScore: selfGeneral, products: products(false) });
      // The submission keeps its lines (keyed as the work items), so the review refers to exactly them.
      const submission: PeriodSubmissionPayload = {
        generalCriteriaSelfScore: selfGeneral,
        generalCriteriaSelfParts: seededParts(selfGeneral),
        ...strengthsAndWeaknesses(member.profile),
        comment: submissionComment(rand),
        lines: lines.map((l) => ({ key: l.actKey, ...l.payload }))
      };
      if (state === 'DRAFT') {
        // A working copy is private, in the drafts list (PeriodJourney finds it by PD-<periodId>-<login>).
        push(LISTS.drafts.title, {
          authorUpn: member.login,
          created: submittedAt,
          values: {
            Title: `${title} – ${member.displayName}`,
            DraftKey: `PD-${period.id}-${member.login}`,
            PeriodId: period.id,
            EvalYear: year,
            EmployeeLogin: member.login,
            UnitCode: member.unitCode,
            Payload: JSON.stringify(submission)
          }
        });
        return;
      }
      push(LISTS.periodScores.title, {
        authorUpn: member.login,
        folderPath: folders.personal(LISTS.periodScores.title, member.login),
        created: submittedAt,
        values: {
          Title: `${title} – ${member.displayName}`,
          PeriodId: period.id,
          EvalYear: year,
          EmployeeLogin: member.login,
          UnitCode: member.unitCode,
          ActKey: `PS-${year}-${mm}-${member.login}`,
          EmployeeName: member.displayName,
          Step: state,
          ReviewerLogin: member.managerLogin,
          Score: self.score,
          Rating: self.level,
          Payload: JSON.stringify(submission)
        }
      });
      if (!review) return;
      const leaderComponents = member.isLeader ? leaderComponentsFor(rand, member.profile) : undefined;
      const scored = scorePeriod({
        period: { kind: 'MONTH', index: period.month },
        isLeader: member.isLeader,
        generalCriteriaScore: managerGeneral,
        products: products(true),
        leaderComponents: leaderRatios(leaderComponents)
      });
      const payload: PeriodReviewPayload = review.returned
        ? {
            outcome: 'RETURNED',
            returnReason: RETURN_REASONS[intBetween(rand, 0, RETURN_REASONS.length - 1)],
            generalCriteriaScore: managerGeneral,
            generalCriteriaParts: seededParts(managerGeneral),
            assessments: lines.map((l) => l.assessment),
            leaderComponents,
            comment: 'Trả lại để hoàn thiện.'
          }
        : {
            outcome: 'APPROVED',
            generalCriteriaScore: managerGeneral,
            generalCriteriaParts: seededParts(managerGeneral),
            assessments: lines.map((l) => l.assessment),
            leaderComponents,
            comment: reviewComment(rand, scored.level),
            score: scored.score,
            level: scored.level
          };
      push(LISTS.reviews.title, {
        authorUpn: member.managerLogin,
        folderPath: folder(LISTS.reviews.title),
        created: review.at,
        values: {
          Title: `Đánh giá ${title.toLowerCase()} – ${member.displayName}`,
          EvalYear: year,
          PeriodId: period.id,
          EmployeeLogin: member.login,
          UnitCode: member.unitCode,
          ActKey: `RV-${year}-${mm}-${member.login}`,
          Payload: JSON.stringify(payload)
        }
      });
    };

    for (const period of closed) {
      const habits = habitsFor(rand, member.profile);
      const lines = drawMonth(rand, member, year, period.month, intBetween(rand, 2, 5), habits);
      const nextMonth = period.month === 12 ? 1 : period.month + 1;
      const nextYear = period.month === 12 ? year + 1 : year;
      const submittedDay = intBetween(rand, 1, 4);
      const submittedAt = notAfter(workTime(rand, nextYear, nextMonth, submittedDay), today, 120);
      const reviewedAt = notAfter(workTime(rand, nextYear, nextMonth, submittedDay + intBetween(rand, 1, 5)), today, 30);
      const returned = !!story.returned && story.returned.login === member.login && story.returned.month === period.month;
      record(period, lines, habits, 'SUBMITTED', submittedAt, daysInMonth(year, period.month) - 2, { at: reviewedAt < submittedAt ? submittedAt : reviewedAt, returned });
    }
    if (open) {
      const inTeam = team.indexOf(member);
      const draw = rand();
      const state: OpenState = inTeam >= 0 && inTeam < 3 ? 'SUBMITTED' : draw < 0.3 ? 'NOTHING' : draw < 0.65 ? 'DRAFT' : 'SUBMITTED';
      if (state === 'NOTHING') continue;
      const habits = habitsFor(rand, member.profile);
      const lines = drawMonth(rand, member, year, open.month, state === 'DRAFT' ? intBetween(rand, 1, 3) : intBetween(rand, 2, 5), habits);
      const day = Math.max(1, today.getDate() - intBetween(rand, 0, 6));
      record(open, lines, habits, state, notAfter(workTime(rand, year, open.month, day), today, 60), day);
      if (state === 'SUBMITTED' && member.managerLogin === DEV_ACCOUNTS.manager.upn) {
        story.pendingForWellKnownManager.push(member.login);
      }
    }
  }
  return story;
}

