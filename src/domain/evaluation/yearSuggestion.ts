import { rateNd335Year, type PeriodScoreEntry } from '../rating/nd335/annualRating';
import { rateNd90Year } from '../rating/nd90/annualRating';
import type { Nd90Criteria, Nd90Performance, Nd90YearInput } from '../rating/nd90/nd90Input';
import type { RatingLevel, RatingOutcome } from '../rating/ratingCodes';
import type { RatingResult } from '../rating/ratingResult';
import type { RatingReason } from '../rating/reasons';
import type { RuleSetId } from '../rating/ruleSet';
import { DEFAULT_SETTINGS, type RatingSettings } from '../rating/settings';
import type { SelfEvaluationCircumstances, SelfEvaluationPayload } from './actPayloads';

/** The engine's suggestion for a person's year, with every clause it checked. */
export interface YearSuggestion {
  outcome: RatingOutcome;
  /** More than one when the law does not decide (NEEDS_DECISION): the evaluator chooses. */
  possibleOutcomes: RatingOutcome[];
  /** The yearly score (NĐ 335/2025) where there is one. */
  score?: number;
  reasons: RatingReason[];
}

/** A period of the year with the direct manager's approved score, if any. */
export interface YearPeriodScore {
  kind: 'MONTH' | 'QUARTER';
  index: number;
  score?: number;
  level?: RatingLevel;
}

export interface YearSuggestionInput {
  year: number;
  ruleSetId: RuleSetId;
  isLeader: boolean;
  /** The periods of the year (NĐ 335/2025); a period without an approved score is left out of the roll-up. */
  periodScores: YearPeriodScore[];
  selfEvaluation?: SelfEvaluationPayload;
  /** HR's settings (what the law leaves open); the defaults when absent. */
  settings?: RatingSettings;
}

/** Stated nowhere: a whole year worked, no leave, no discipline. */
const ORDINARY_YEAR: SelfEvaluationCircumstances = { monthsWorked: 12, monthsAbsent: 0, maternityMonths: 0, disciplinedThisYear: false };

/**
 * What the engine suggests for a person's year: under NĐ 335/2025 the yearly rating over the approved
 * period scores (law.md 5.1), under NĐ 90/2020 as amended by NĐ 48/2023 the criteria tables over what
 * the self-evaluation records (law.md 2–3). Undefined when there is nothing to rate yet.
 * A suggestion only: the competent evaluator decides (NĐ 90/2020 Điều 18).
 */
export function suggestYear(input: YearSuggestionInput): YearSuggestion | undefined {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const result = input.ruleSetId === 'ND335' ? suggestNd335(input, settings) : suggestNd90(input, settings);
  return result && { outcome: result.outcome, possibleOutcomes: result.possibleOutcomes, score: result.score, reasons: result.reasons };
}

function suggestNd335(input: YearSuggestionInput, settings: RatingSettings): RatingResult | undefined {
  // Only approved periods count; a period not yet scored is not leave, so it is left out rather than skipped as leave.
  const scored = input.periodScores.filter((p) => typeof p.score === 'number' && isFinite(p.score));
  if (scored.length === 0) return undefined;
  // The months a period covers follow the periods themselves, whatever the ministry's setting says today.
  const periodKind = scored.every((p) => p.kind === 'QUARTER') ? 'QUARTER' : scored.every((p) => p.kind === 'MONTH') ? 'MONTH' : settings.nd335.periodKind;
  const stated = input.selfEvaluation?.circumstances;
  const entries: PeriodScoreEntry[] = scored.map((p) => ({ score: p.score }));
  return rateNd335Year(
    {
      evaluationYear: input.year,
      isLeader: input.isLeader,
      periodScores: entries,
      monthsWorked: stated ? stated.monthsWorked : undefined,
      // (b) is the competent level's conclusion, never the person's own statement.
      degradationConcluded: false,
      disciplinedForPublicServiceViolationReprimandOrAbove: stated?.disciplinedForPublicServiceViolationReprimandOrAbove === true,
      unitInvolvedInCorruptionAndHandled: input.isLeader && stated?.unitInvolvedInCorruptionAndHandled === true
    },
    { ...settings.nd335, periodKind }
  );
}

function suggestNd90(input: YearSuggestionInput, settings: RatingSettings): RatingResult | undefined {
  const self = input.selfEvaluation;
  if (!self) return undefined;
  const stated = self.circumstances ?? ORDINARY_YEAR;
  const performance = completePerformance(self, input.isLeader);
  const nd90Input: Nd90YearInput = {
    evaluationYear: input.year,
    isLeader: input.isLeader,
    monthsWorked: stated.monthsWorked,
    monthsAbsent: stated.monthsAbsent,
    onMaternityLeave: stated.maternityMonths > 0,
    maternityMonths: stated.maternityMonths,
    monthsAtPreviousAgency: stated.monthsAtPreviousAgency,
    previousAgencyDissolved: stated.previousAgencyDissolved,
    // Điều 11 điểm a needs the competent level's assessment, not the person's own.
    degradationConcluded: false,
    disciplinedThisYear: stated.disciplinedThisYear,
    disciplineForEarlierYearViolation: stated.disciplineForEarlierYearViolation === true,
    disciplineViolationAlreadyUsedForKHTNVInEarlierYear: stated.disciplineViolationAlreadyUsedForKHTNVInEarlierYear === true,
    disciplinePartyAndAdministrativeInDifferentYears: stated.disciplinePartyAndAdministrativeInDifferentYears,
    performance
  };
  const result = rateNd90Year(nd90Input, settings.nd90);
  // Without the criteria and the tasks only the special cases can decide (e.g. under 6 months: not rated);
  // anything else would be the engine saying "every level is possible", which suggests nothing.
  if (!performance && result.outcome !== 'NOT_CLASSIFIED' && result.outcome !== 'KHTNV') return undefined;
  return result;
}

/** The criteria and tasks as the engine needs them, or undefined while the form leaves any of them out or inconsistent. */
function completePerformance(self: SelfEvaluationPayload, isLeader: boolean): Nd90Performance | undefined {
  const given = self.criteria ?? {};
  const tasks = self.tasks;
  if (!tasks || !consistentTasks(tasks.tasksTotal, tasks.tasksCompleted, tasks.tasksOnTimeQuality, tasks.tasksExceeded)) return undefined;
  if (isLeader && !self.leader) return undefined;
  const { chinhTriTuTuong, daoDucLoiSong, tacPhongLeLoi, yThucKyLuat, ketQuaLanhDaoDiemA } = given;
  if (!chinhTriTuTuong || !daoDucLoiSong || !tacPhongLeLoi || !yThucKyLuat || (isLeader && !ketQuaLanhDaoDiemA)) return undefined;
  const criteria: Nd90Criteria = { chinhTriTuTuong, daoDucLoiSong, tacPhongLeLoi, yThucKyLuat };
  if (isLeader) criteria.ketQuaLanhDaoDiemA = ketQuaLanhDaoDiemA;
  return { criteria, tasks, leader: isLeader ? self.leader : undefined };
}

/** At least one task; on time and exceeded are parts of the completed, which are part of the total. */
export function consistentTasks(total: number, completed: number, onTimeQuality: number, exceeded: number): boolean {
  const counts = [total, completed, onTimeQuality, exceeded];
  if (counts.some((n) => typeof n !== 'number' || !isFinite(n) || n < 0 || Math.floor(n) !== n)) return false;
  return total >= 1 && completed <= total && onTimeQuality <= completed && exceeded <= completed;
}
