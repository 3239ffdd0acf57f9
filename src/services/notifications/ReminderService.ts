import type { JourneyDeps } from '../sharepoint/journey/deps';
import type { IReminderService, NoticeOutcome } from './contracts';

const notYet = (): Error => new Error('Not built yet (issue 6).');

export class ReminderService implements IReminderService {
  protected readonly deps: JourneyDeps;

  public constructor(deps: JourneyDeps) {
    this.deps = deps;
  }

  public getLate(_periodId: number): Promise<Array<{ login: string; displayName: string; unitName: string }>> {
    return Promise.reject(notYet());
  }
  public sendReminders(_periodId: number): Promise<NoticeOutcome> {
    return Promise.reject(notYet());
  }
}
