import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { RATING_LEVELS, type RatingOutcome } from '../../domain/rating';
import type { AppServices } from '../../services/contracts';
import type { UnitYearView } from '../../services/journey/unitYear';
import { ratingLabel } from '../common/labels';

/** What the sections of a unit's year share: the minutes, the decision sheet and the complaint answers. */

/** What each section of a unit's year is given. */
export interface UnitYearSectionProps {
  view: UnitYearView;
  services: AppServices;
  /** An act was recorded (minutes approved, decisions made or published, a complaint answered): the year is read again. */
  onChanged: () => void;
}

/** The four levels and "not rated" (law.md 3.1): what a decision may say. */
export const DECISION_OUTCOMES: readonly RatingOutcome[] = [...RATING_LEVELS, 'NOT_CLASSIFIED'];

/** Ratings as a list's options, each in the reader's words. */
export function ratingOptions(strings: IDanhGiaStrings, ratings: readonly RatingOutcome[]): IDropdownOption[] {
  return ratings.map((rating) => ({ key: rating, text: ratingLabel(strings, rating) }));
}
