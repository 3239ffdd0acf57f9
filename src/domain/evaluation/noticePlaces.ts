import type { Place } from '../place';
import type { EvaluationPeriod } from './model';

/**
 * Where each notice's link lands: the exact item its reader acts on, never the site's front page. One
 * list, read by the journeys that send notices and by the web parts that land on them (placeFromSearch).
 */
export const noticePlaces = {
  /** A civil servant's own month or quarter ("Đánh giá của tôi"); their year's self-evaluation for the year. */
  myPeriod(period: Pick<EvaluationPeriod, 'id' | 'kind' | 'year'>): Place {
    return period.kind === 'YEAR' ? noticePlaces.myYear(period.year) : { view: 'my', periodId: period.id };
  },
  /** A civil servant's year: self-evaluation, result, complaints. */
  myYear(year: number): Place {
    return { view: 'my', screen: 'year', year };
  },
  /** The direct manager's review of one person's month or quarter ("Duyệt và quyết định"). */
  periodReview(periodId: number, person: string): Place {
    return { view: 'review', screen: 'period', periodId, person };
  },
  /** A unit's year sheet (minutes, decisions, complaints), with the person concerned when there is one. */
  unitYear(year: number, unit: string, person?: string): Place {
    return person ? { view: 'review', screen: 'unitYear', year, unit, person } : { view: 'review', screen: 'unitYear', year, unit };
  },
  /** A period's progress in the unit dashboard: where a direct manager sees who has not submitted. */
  periodProgress(periodId: number): Place {
    return { view: 'dashboard', periodId };
  }
};
