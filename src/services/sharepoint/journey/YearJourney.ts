import type { SelfEvaluationPayload } from '../../../domain/evaluation/actPayloads';
import type { IYearJourney, MyYearView } from '../../journey/year';
import type { NoticeOutcome } from '../../notifications/contracts';
import type { JourneyDeps } from './deps';

const notYet = (): Error => new Error('Not built yet (issue 6).');

export class YearJourney implements IYearJourney {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public getMyYear(_year: number): Promise<MyYearView> {
    return Promise.reject(notYet());
  }
  public saveSelfEvaluation(_year: number, _evaluation: SelfEvaluationPayload, _version?: string): Promise<{ version: string; notice?: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
  public fileComplaint(_year: number, _text: string): Promise<{ notice: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
}
