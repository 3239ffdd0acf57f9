import type * as React from 'react';
import type { CriterionAssessment, LocalizedText, Nd90Criteria } from '../../domain/rating';
import type { AppServices } from '../../services/contracts';
import type { MyYearView } from '../../services/journey/year';

/** What the sections of the year share: the self-evaluation, its summary, the result and the complaints. */

type Strings = IDanhGiaStrings;

/** What each section of the year that acts is given. */
export interface YearSectionProps {
  view: MyYearView;
  services: AppServices;
  /** An act was recorded (the self-evaluation submitted, a complaint filed): the year is read again. */
  onChanged: () => void;
}

/** The rule set the person's year is evaluated under. */
export type YearRuleSetId = NonNullable<MyYearView['ruleSetId']>;

/** What people typed keeps its line breaks, and is rendered as text. */
export const PRESERVE_LINES: React.CSSProperties = { whiteSpace: 'pre-wrap' };

/** A form's text in the page's language (the form definitions carry both). */
export function localized(text: LocalizedText, locale: string): string {
  return locale.toLowerCase().indexOf('en') === 0 ? text['en-US'] : text['vi-VN'];
}

export function criterionLabel(strings: Strings, key: keyof Nd90Criteria): string {
  return strings[`YearCriterion_${key}` as keyof Strings];
}

/** How a criterion is met, in words: the form's choices and the summary say it alike. */
export function assessmentLabel(strings: Strings, assessment: CriterionAssessment): string {
  return assessment === 'good' ? strings.YearCriterionGood : assessment === 'meets' ? strings.YearCriterionMeets : strings.YearCriterionFails;
}
