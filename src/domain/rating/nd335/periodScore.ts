import * as clauses from '../clauses';
import type { RatingLevel } from '../ratingCodes';
import { formatNumberVi, reason, type RatingReason } from '../reasons';
import type { Nd335RuleSet, PeriodKind } from '../ruleSet';
import { ND335_RULE_SET } from '../ruleSets';
import { DEFAULT_SETTINGS, type Nd335Settings } from '../settings';
import { cleanScore, levelForScore, roundScore } from './levels';
import { convertProduct, workProductProblems, type WorkProduct } from './workProduct';

/**
 * The leader components d, đ, e of the six-component formula, each a ratio 0..1.
 * UNCONFIRMED (law.md 5.1): the formula is known only as (a+b+c+d+đ+e)/6; the meaning given to
 * d, đ, e here follows ND 90 Mẫu 02's leader items (unit results, leadership, uniting capacity).
 */
export interface LeaderComponents {
  unitResults: number;
  leadershipCapacity: number;
  unitingCapacity: number;
}

export interface PeriodRef {
  kind: PeriodKind;
  /** month 1..12 or quarter 1..4 */
  index: number;
}

export interface PeriodEvaluationInput {
  period?: PeriodRef;
  isLeader: boolean;
  /** 0..30, as scored by the direct manager */
  generalCriteriaScore: number;
  products: readonly WorkProduct[];
  leaderComponents?: LeaderComponents;
}

/** Số lượng (a), chất lượng (b), tiến độ (c), each 0..1. */
export interface TaskRatios {
  quantity: number;
  quality: number;
  timeliness: number;
}

/** Điểm theo dõi, đánh giá of one period. `score` is undefined when the period cannot be scored. */
export interface PeriodScore {
  period?: PeriodRef;
  score?: number;
  level?: RatingLevel;
  generalCriteriaScore: number;
  taskScore?: number;
  ratios?: TaskRatios;
  reasons: RatingReason[];
}

function inUnitRange(value: number): boolean {
  return isFinite(value) && value >= 0 && value <= 1;
}

/** Ratios a, b, c over the converted assigned total; undefined when nothing was assigned. */
export function taskRatios(products: readonly WorkProduct[], ruleSet: Nd335RuleSet = ND335_RULE_SET): TaskRatios | undefined {
  let assigned = 0;
  let quantity = 0;
  let quality = 0;
  let timeliness = 0;
  for (const product of products) {
    const converted = convertProduct(product, ruleSet.scoring.majorErrorDeduction, ruleSet.scoring.delayDeduction);
    assigned += converted.assigned;
    quantity += converted.quantity;
    quality += converted.quality;
    timeliness += converted.timeliness;
  }
  if (!(assigned > 0)) {
    return undefined;
  }
  return { quantity: quantity / assigned, quality: quality / assigned, timeliness: timeliness / assigned };
}

function ownShare(ratios: TaskRatios, settings: Nd335Settings): number {
  if (settings.taskScoreFormula === 'WEIGHTED_RATIOS_TIMES_70') {
    const w = settings.taskRatioWeights;
    return ratios.quantity * w.quantity + ratios.quality * w.quality + ratios.timeliness * w.timeliness;
  }
  return (ratios.quantity + ratios.quality + ratios.timeliness) / 3;
}

function percent(ratio: number): string {
  return `${formatNumberVi(ratio * 100)} %`;
}

/**
 * Scores one period on 100 points: general criteria (≤ 30) + task results (≤ 70).
 * Task results = (a+b+c)/3 × 70 by default, (a+b+c+d+đ+e)/6 × 70 for leaders (both UNCONFIRMED,
 * law.md 5.1, hence settings).
 */
export function scorePeriod(
  input: PeriodEvaluationInput,
  settings: Nd335Settings = DEFAULT_SETTINGS.nd335,
  ruleSet: Nd335RuleSet = ND335_RULE_SET
): PeriodScore {
  const { generalCriteriaMax, taskResultsMax } = ruleSet.scoring;
  const reasons: RatingReason[] = [];
  const general = input.generalCriteriaScore;
  const generalValid = isFinite(general) && general >= 0 && general <= generalCriteriaMax;
  reasons.push(
    reason(
      clauses.ND335_GENERAL_CRITERIA,
      generalValid
        ? `Tiêu chí chung: ${formatNumberVi(general)}/${generalCriteriaMax} điểm`
        : `Điểm tiêu chí chung ${general} nằm ngoài khoảng 0–${generalCriteriaMax}: không tính được điểm kỳ`,
      generalValid
    )
  );
  const problems: string[] = [];
  input.products.forEach((p, i) => workProductProblems(p).forEach((msg) => problems.push(`products[${i}].${msg}`)));
  if (problems.length > 0) {
    reasons.push(reason(clauses.ND335_TASK_RESULTS, `Số liệu sản phẩm không hợp lệ: ${problems.join('; ')}`, false));
    return { period: input.period, generalCriteriaScore: general, reasons };
  }
  const ratios = taskRatios(input.products, ruleSet);
  if (ratios === undefined) {
    reasons.push(
      reason(clauses.ND335_TASK_RESULTS, 'Không có sản phẩm, công việc được giao (đã quy đổi) trong kỳ: không tính được kết quả thực hiện nhiệm vụ', false)
    );
    return { period: input.period, generalCriteriaScore: general, reasons };
  }
  reasons.push(
    reason(
      clauses.ND335_TASK_RESULTS,
      `Số lượng (a) ${percent(ratios.quantity)}, chất lượng (b) ${percent(ratios.quality)}, tiến độ (c) ${percent(ratios.timeliness)} so với sản phẩm được giao đã quy đổi (đã trừ 25% cho mỗi lỗi lớn, mỗi lần chậm tiến độ không do nguyên nhân khách quan)`,
      true
    )
  );
  let share = ownShare(ratios, settings);
  if (input.isLeader && settings.leaderTaskScoreFormula === 'AVERAGE_OF_SIX_COMPONENTS_TIMES_70') {
    const lc = input.leaderComponents;
    if (lc === undefined || !inUnitRange(lc.unitResults) || !inUnitRange(lc.leadershipCapacity) || !inUnitRange(lc.unitingCapacity)) {
      reasons.push(
        reason(clauses.ND335_TASK_RESULTS, 'Công chức lãnh đạo, quản lý: thiếu hoặc sai các thành phần d, đ, e (mỗi thành phần từ 0 đến 1): không tính được điểm kỳ', false)
      );
      return { period: input.period, generalCriteriaScore: general, ratios, reasons };
    }
    // (a+b+c+d+đ+e)/6: UNCONFIRMED (law.md 5.1).
    share = (ratios.quantity + ratios.quality + ratios.timeliness + lc.unitResults + lc.leadershipCapacity + lc.unitingCapacity) / 6;
    reasons.push(
      reason(
        clauses.ND335_TASK_RESULTS,
        `Lãnh đạo, quản lý: kết quả đơn vị (d) ${percent(lc.unitResults)}, năng lực lãnh đạo (đ) ${percent(lc.leadershipCapacity)}, năng lực tập hợp (e) ${percent(lc.unitingCapacity)}; công thức (a+b+c+d+đ+e)/6 × 70 (công thức chưa xác minh)`,
        true
      )
    );
  }
  if (!generalValid) {
    return { period: input.period, generalCriteriaScore: general, ratios, reasons };
  }
  const taskScore = cleanScore(share * taskResultsMax);
  const score = roundScore(general + taskScore, settings.scoreDecimals);
  const level = levelForScore(score, ruleSet.scoring.levelThresholds);
  reasons.push(
    reason(
      clauses.ND335_LEVELS,
      `Điểm kỳ: ${formatNumberVi(general)} + ${formatNumberVi(taskScore)} = ${formatNumberVi(score)} điểm, tương ứng mức ${level}`,
      true
    )
  );
  return { period: input.period, score, level, generalCriteriaScore: general, taskScore, ratios, reasons };
}
