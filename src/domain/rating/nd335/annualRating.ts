import * as clauses from '../clauses';
import type { RatingOutcome } from '../ratingCodes';
import { resultFrom, type RatingResult } from '../ratingResult';
import { formatNumberVi, reason, type RatingReason } from '../reasons';
import type { Nd335RuleSet } from '../ruleSet';
import { ND335_RULE_SET } from '../ruleSets';
import { DEFAULT_SETTINGS, type Nd335Settings } from '../settings';
import { cleanScore, levelForScore, roundScore } from './levels';

/**
 * A period's tracking score as the roll-up needs it. `score` undefined: the period was not worked
 * (leave) and is skipped. A PeriodScore from scorePeriod fits this shape.
 */
export interface PeriodScoreEntry {
  score?: number;
  /** share of the period actually worked, 0 < f ≤ 1 (1 when undefined); used by WEIGHTED_BY_TIME_WORKED */
  workedFraction?: number;
}

export interface Nd335YearInput {
  evaluationYear: number;
  isLeader: boolean;
  /** the yearly score when already known; otherwise periodScores are rolled up */
  annualScore?: number;
  periodScores?: readonly PeriodScoreEntry[];
  /** months actually worked in the year (across agencies); without it, the months of the scored periods */
  monthsWorked?: number;
  /** (b) the competent level concluded signs of degradation */
  degradationConcluded: boolean;
  /** (c) disciplined, reprimand or above, for a public-service violation, in the year */
  disciplinedForPublicServiceViolationReprimandOrAbove: boolean;
  /** (d) leaders: a body they manage directly was involved in corruption or waste and dealt with */
  unitInvolvedInCorruptionAndHandled: boolean;
}

export interface YearlyRollUp {
  score?: number;
  periodsWorked: number;
  monthsWorked: number;
  reasons: RatingReason[];
}

const MIN_MONTHS_FOR_RATING = 6;

/**
 * The year's score from the period scores of the time actually worked: periods without a score
 * (leave) are skipped. Method UNCONFIRMED (law.md 5.1 "Roll-up to the year"), hence a setting.
 */
export function rollUpPeriodScores(
  periods: readonly PeriodScoreEntry[],
  settings: Nd335Settings = DEFAULT_SETTINGS.nd335
): YearlyRollUp {
  const monthsPerPeriod = settings.periodKind === 'QUARTER' ? 3 : 1;
  const weighted = settings.yearlyRollUp === 'WEIGHTED_BY_TIME_WORKED';
  let sum = 0;
  let weights = 0;
  let periodsWorked = 0;
  let monthsWorked = 0;
  for (const p of periods) {
    if (p.score === undefined) {
      continue;
    }
    const fraction = p.workedFraction === undefined ? 1 : p.workedFraction;
    const weight = weighted ? fraction : 1;
    sum += p.score * weight;
    weights += weight;
    periodsWorked += 1;
    monthsWorked += fraction * monthsPerPeriod;
  }
  const skipped = periods.length - periodsWorked;
  if (periodsWorked === 0 || !(weights > 0)) {
    return {
      periodsWorked,
      monthsWorked,
      reasons: [reason(clauses.ND335_YEARLY, 'Không có kỳ nào có điểm theo dõi, đánh giá trong năm', false)]
    };
  }
  const score = roundScore(sum / weights, settings.scoreDecimals);
  const how = weighted ? 'bình quân có trọng số theo thời gian làm việc thực tế' : 'trung bình cộng';
  return {
    score,
    periodsWorked,
    monthsWorked: cleanScore(monthsWorked),
    reasons: [
      reason(
        clauses.ND335_YEARLY,
        `Điểm năm = ${how} điểm của ${periodsWorked} kỳ có làm việc thực tế` +
          (skipped > 0 ? ` (bỏ qua ${skipped} kỳ nghỉ không có điểm)` : '') +
          ` = ${formatNumberVi(score)} điểm (phương pháp tổng hợp chưa xác minh, là thiết lập)`,
        true
      )
    ]
  };
}

/**
 * The yearly rating under ND 335: score → level at 90/70/50, KHTNV whatever the score for (b), (c),
 * and (d) for leaders.
 */
export function rateNd335Year(
  input: Nd335YearInput,
  settings: Nd335Settings = DEFAULT_SETTINGS.nd335,
  ruleSet: Nd335RuleSet = ND335_RULE_SET
): RatingResult {
  const reasons: RatingReason[] = [];
  let score = input.annualScore;
  // A scored period covers at most its own months, so the periods rolled up bound the time worked
  // from above: fewer than 6 months of them is fewer than 6 months worked, even when not stated.
  let monthsBound: number | undefined;
  if (score === undefined && input.periodScores !== undefined) {
    const rolled = rollUpPeriodScores(input.periodScores, settings);
    reasons.push(...rolled.reasons);
    score = rolled.score;
    monthsBound = rolled.monthsWorked;
  } else if (score !== undefined) {
    reasons.push(reason(clauses.ND335_YEARLY, `Điểm năm: ${formatNumberVi(score)} điểm`, true));
  }
  if (score === undefined || !isFinite(score)) {
    reasons.push(reason(clauses.ND335_YEARLY, 'Không có điểm để xếp loại: không xếp loại năm nay (vẫn kiểm điểm)', false));
    return resultFrom(ruleSet, ['NOT_CLASSIFIED'], reasons, undefined);
  }
  score = roundScore(score, settings.scoreDecimals);

  const byScore = levelForScore(score, ruleSet.scoring.levelThresholds);
  reasons.push(
    reason(
      clauses.ND335_LEVELS,
      `${formatNumberVi(score)} điểm: mức ${byScore} (từ 90 điểm HTXSNV, từ 70 đến dưới 90 HTTNV, từ 50 đến dưới 70 HTNV, dưới 50 KHTNV)`,
      true
    )
  );

  reasons.push(
    reason(
      clauses.ND335_KHTNV_DEGRADATION,
      input.degradationConcluded
        ? 'Cấp có thẩm quyền kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hóa": xếp loại không hoàn thành nhiệm vụ'
        : 'Không có kết luận về biểu hiện suy thoái, "tự diễn biến", "tự chuyển hóa"',
      input.degradationConcluded
    )
  );
  reasons.push(
    reason(
      clauses.ND335_KHTNV_DISCIPLINE,
      input.disciplinedForPublicServiceViolationReprimandOrAbove
        ? 'Bị kỷ luật từ khiển trách trở lên trong năm đánh giá vì vi phạm liên quan đến hoạt động công vụ: xếp loại không hoàn thành nhiệm vụ'
        : 'Không bị kỷ luật từ khiển trách trở lên vì vi phạm liên quan đến hoạt động công vụ trong năm đánh giá',
      input.disciplinedForPublicServiceViolationReprimandOrAbove
    )
  );
  const corruption = input.isLeader && input.unitInvolvedInCorruptionAndHandled;
  if (input.isLeader || input.unitInvolvedInCorruptionAndHandled) {
    reasons.push(
      reason(
        clauses.ND335_KHTNV_CORRUPTION,
        !input.isLeader
          ? 'Trường hợp cơ quan, đơn vị liên quan đến tham ô, tham nhũng, lãng phí chỉ áp dụng với công chức lãnh đạo, quản lý: không áp dụng'
          : corruption
            ? 'Cơ quan, đơn vị do mình trực tiếp quản lý liên quan đến tham ô, tham nhũng, lãng phí và đã bị xử lý: xếp loại không hoàn thành nhiệm vụ'
            : 'Cơ quan, đơn vị trực tiếp quản lý không liên quan đến tham ô, tham nhũng, lãng phí bị xử lý',
        corruption
      )
    );
  }
  const overridden = input.degradationConcluded || input.disciplinedForPublicServiceViolationReprimandOrAbove || corruption;
  const level: RatingOutcome = overridden ? 'KHTNV' : byScore;

  // A given figure wins: a scored period may have been worked only in part, so the bound is not exact.
  const months = input.monthsWorked ?? monthsBound;
  if (months !== undefined && months < MIN_MONTHS_FOR_RATING) {
    // law.md has the "chưa đủ 06 tháng" rule for ND 90 (3.1) only; for ND 335 it is a setting.
    const policy = settings.shortService;
    reasons.push(
      reason(
        clauses.ND335_SHORT_SERVICE,
        (input.monthsWorked !== undefined
          ? `Thời gian làm việc thực tế trong năm ${formatNumberVi(months)} tháng, chưa đủ 06 tháng: `
          : `Các kỳ có điểm theo dõi, đánh giá chỉ gồm ${formatNumberVi(months)} tháng làm việc thực tế, chưa đủ 06 tháng: `) +
          (policy === 'NOT_CLASSIFIED'
            ? 'theo thiết lập, không xếp loại (vẫn kiểm điểm)'
            : policy === 'RATE_ON_TIME_WORKED'
              ? 'theo thiết lập, xếp loại theo điểm của thời gian làm việc thực tế'
              : 'chưa xác minh NĐ 335/2025 có giữ quy định không xếp loại khi chưa đủ 06 tháng'),
        false
      )
    );
    if (policy === 'NOT_CLASSIFIED') {
      return resultFrom(ruleSet, ['NOT_CLASSIFIED'], reasons, undefined, score);
    }
    if (policy === 'NEEDS_DECISION') {
      return resultFrom(ruleSet, [level, 'NOT_CLASSIFIED'], reasons, {
        clause: clauses.ND335_SHORT_SERVICE,
        why: 'chưa xác minh NĐ 335/2025 quy định thế nào với người làm việc chưa đủ 06 tháng trong năm'
      }, score);
    }
  }
  return resultFrom(ruleSet, [level], reasons, undefined, score);
}
