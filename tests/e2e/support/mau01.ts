/**
 * Mẫu 01's general criteria (official-documents.md 1.1) as the browser journeys type them: a total of the
 * 30 points spread over the national form's ten criteria (the seed's own spread), each box found by the
 * name a screen reader says, "Điểm tiêu chí I.1 (tối đa 5)", and typed with a decimal comma.
 */
import { Locator, Page } from 'playwright-core';
import { seededParts } from '../../../dev/product/history/monthly';
import { generalCriteriaLeaves, type GeneralCriterionLeaf } from '../../../src/domain/evaluation/generalCriteria';
import { DEFAULT_MAU01 } from '../../../src/domain/rating/mau01';

export const MAU01_LEAVES: GeneralCriterionLeaf[] = generalCriteriaLeaves(DEFAULT_MAU01);

const comma = (n: number): string => String(n).replace('.', ',');

/** The accessible name of a criterion's box. */
export function criterionBoxName(leaf: GeneralCriterionLeaf): string {
  return `Điểm tiêu chí ${leaf.key} (tối đa ${comma(leaf.max)})`;
}

/** Types the parts that make `total` into the form's boxes (Vietnamese decimal comma). */
export async function fillGeneralCriteria(scope: Locator, total: number): Promise<void> {
  const parts = seededParts(total);
  for (const leaf of MAU01_LEAVES) {
    await scope.getByLabel(criterionBoxName(leaf), { exact: true }).fill(comma(parts[leaf.key]));
  }
}

/** The same with the keyboard alone: Tab to each box in turn (focus lands on the first with `tabTo`). */
export async function typeGeneralCriteria(page: Page, tabTo: (name: string) => Promise<void>, total: number): Promise<void> {
  const parts = seededParts(total);
  for (const leaf of MAU01_LEAVES) {
    await tabTo(criterionBoxName(leaf));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(comma(parts[leaf.key]));
  }
}
