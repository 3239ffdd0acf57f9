/**
 * Work products (sản phẩm / công việc) and their conversion (quy đổi) under ND 335 (law.md 5.1).
 */

/** Hệ số quy đổi: product score / score of the standard product (sản phẩm chuẩn). */
export type ConversionFactor = number;

export interface ProductType {
  code: string;
  name: string;
  conversionFactor: ConversionFactor;
}

/** One line of a period's work: a product type, how many were assigned and what became of them. */
export interface WorkProduct {
  productType: ProductType;
  assigned: number;
  completed: number;
  /** completed items that meet the quality requirements */
  completedMeetingQuality: number;
  /** completed items delivered on time or early */
  completedOnTime: number;
  /** lỗi lớn về nội dung, over the line: each takes 25 % of the quality points of the one product it is in */
  majorErrors: number;
  /** chậm tiến độ, over the line: each takes 25 % of the timeliness points of the one product delayed */
  delays: number;
  /** nguyên nhân khách quan được cấp có thẩm quyền xác nhận: cancels the error deductions */
  majorErrorsObjectiveCauseConfirmed: boolean;
  /** same, for the delay deductions */
  delaysObjectiveCauseConfirmed: boolean;
}

/** Conversion factor of a product type from its score and the standard product's score. */
export function conversionFactorOf(productScore: number, standardProductScore: number): ConversionFactor {
  if (!(standardProductScore > 0) || !(productScore >= 0)) {
    throw new RangeError('conversion factor: scores must be positive');
  }
  return productScore / standardProductScore;
}

/** Converted points of one work product: the numerators and the denominator of the three ratios. */
export interface ConvertedProduct {
  assigned: number;
  quantity: number;
  quality: number;
  timeliness: number;
}

/**
 * Converts one line. Items beyond the assigned number are not counted: the ratios compare what was
 * done with what was assigned (law.md 5.1), and over-delivery of one product must not hide a shortfall
 * of another (an UNCONFIRMED reading; "vượt mức" is not part of the 70 points).
 * Deductions (law.md 5.1): each major error takes 25 % of the quality points of the one product it was
 * found in, each delay 25 % of the timeliness points of the one product delayed: one item's converted
 * points (the factor) per error or delay, not a quarter of the whole line. Otherwise the same error
 * would cost more when a line groups more products of its type, and the other products of the line,
 * which had no error, would lose points. Never below 0; none when the cause is confirmed objective.
 * The counts are per line, so a product with more than four errors (or delays) is best recorded on a
 * line of its own: on a shared line the excess would come off its neighbours' points.
 */
export function convertProduct(product: WorkProduct, majorErrorDeduction: number, delayDeduction: number): ConvertedProduct {
  const factor = product.productType.conversionFactor;
  const cap = (count: number): number => Math.max(0, Math.min(count, product.assigned));
  const afterDeduction = (items: number, share: number, events: number, objective: boolean): number =>
    objective ? items : Math.max(0, items - share * events);
  return {
    assigned: product.assigned * factor,
    quantity: cap(product.completed) * factor,
    quality: afterDeduction(cap(product.completedMeetingQuality), majorErrorDeduction, product.majorErrors, product.majorErrorsObjectiveCauseConfirmed) * factor,
    timeliness: afterDeduction(cap(product.completedOnTime), delayDeduction, product.delays, product.delaysObjectiveCauseConfirmed) * factor
  };
}

/** Problems with a work product's numbers, empty when it is consistent. */
export function workProductProblems(product: WorkProduct): string[] {
  const problems: string[] = [];
  const count = (name: string, value: number): void => {
    if (!(isFinite(value) && value >= 0)) {
      problems.push(`${name}: expected a number ≥ 0, got ${value}`);
    }
  };
  if (!(isFinite(product.productType.conversionFactor) && product.productType.conversionFactor > 0)) {
    problems.push(`productType.conversionFactor: expected a number > 0, got ${product.productType.conversionFactor}`);
  }
  count('assigned', product.assigned);
  count('completed', product.completed);
  count('completedMeetingQuality', product.completedMeetingQuality);
  count('completedOnTime', product.completedOnTime);
  count('majorErrors', product.majorErrors);
  count('delays', product.delays);
  if (product.completedMeetingQuality > product.completed) {
    problems.push('completedMeetingQuality: cannot exceed completed');
  }
  if (product.completedOnTime > product.completed) {
    problems.push('completedOnTime: cannot exceed completed');
  }
  return problems;
}
