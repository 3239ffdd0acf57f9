import { AdminJournal } from './admin/AdminJournal';
import type { GraphApi } from './graph/GraphDirectoryService';
import type { IJourneyService } from './journey';
import { GraphNotifier } from './notifications/GraphNotifier';
import type { IReminderService } from './notifications/contracts';
import { ReminderService } from './notifications/ReminderService';
import type { JourneyDeps } from './sharepoint/journey/deps';
import { PeriodJourney } from './sharepoint/journey/PeriodJourney';
import { UnitYearJourney } from './sharepoint/journey/UnitYearJourney';
import { YearJourney } from './sharepoint/journey/YearJourney';

/** The services that write acts and send notices, built together when the first of them is used. */
export function createJourneyServices(deps: Omit<JourneyDeps, 'notifier'>, graph: GraphApi): { journey: IJourneyService; reminders: IReminderService } {
  const full: JourneyDeps = { ...deps, notifier: new GraphNotifier(graph, deps.sp) };
  return {
    journey: { period: new PeriodJourney(full), year: new YearJourney(full), unitYear: new UnitYearJourney(full) },
    reminders: new ReminderService(full, new AdminJournal(deps.sp))
  };
}
