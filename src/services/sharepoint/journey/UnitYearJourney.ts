import type { MeetingMinutesPayload } from '../../../domain/evaluation/actPayloads';
import type { PendingTask } from '../../../domain/evaluation/model';
import type { DecisionInput, IUnitYearJourney, UnitYearView } from '../../journey/unitYear';
import type { NoticeOutcome } from '../../notifications/contracts';
import type { JourneyDeps } from './deps';

const notYet = (): Error => new Error('Not built yet (issue 6).');

export class UnitYearJourney implements IUnitYearJourney {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public getLeaderTasks(_year: number): Promise<PendingTask[]> {
    return Promise.resolve([]);
  }
  public getUnitYear(_unitCode: string, _year: number): Promise<UnitYearView> {
    return Promise.reject(notYet());
  }
  public recordMinutes(_unitCode: string, _year: number, _minutes: MeetingMinutesPayload): Promise<{ notice: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
  public decide(_unitCode: string, _year: number, _decisions: DecisionInput[]): Promise<{ notice: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
  public publish(_unitCode: string, _year: number): Promise<{ notice: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
  public answerComplaint(_complaintId: number, _answer: { text: string; outcome: 'UPHELD' | 'REJECTED'; newDecision?: DecisionInput }): Promise<{ notice: NoticeOutcome }> {
    return Promise.reject(notYet());
  }
}
