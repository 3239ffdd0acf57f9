import type { IPeriodJourney, MyPeriodView, PeriodDraft, PeriodReviewInput, PeriodReviewView } from '../../journey/period';
import type { NoticeOutcome } from '../../notifications/contracts';
import type { RatingLevel } from '../../../domain/rating';
import type { JourneyDeps } from './deps';

const notYet = (): Error => new Error('Not built yet (issue 6).');

export class PeriodJourney implements IPeriodJourney {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public getMyPeriod(_periodId: number): Promise<MyPeriodView> {
    return Promise.reject(notYet());
  }
  public saveMyPeriodDraft(_periodId: number, _draft: PeriodDraft, _version?: string): Promise<{ version: string }> {
    return Promise.reject(notYet());
  }
  public submitMyPeriod(_periodId: number, _draft: PeriodDraft): Promise<{ notice: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
  public getPeriodReview(_subjectLogin: string, _periodId: number): Promise<PeriodReviewView> {
    return Promise.reject(notYet());
  }
  public reviewPeriod(_subjectLogin: string, _periodId: number, _review: PeriodReviewInput): Promise<{ score?: number; level?: RatingLevel; notice: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
}
