import type { DashboardView, EvaluationPeriod, PendingTask, Person } from '../../src/domain/evaluation/model';
import type { AppServices, IEvaluationService, MyEvaluationOverview, PersonHistoryView, ProvisioningReport, ResultsView, SetupStatus, UnitHistoryEntry } from '../../src/services/contracts';
import type { IPeriodJourney, IUnitYearJourney, IYearJourney } from '../../src/services/journey';
import type { IReminderService } from '../../src/services/notifications/contracts';
import type { AdminServices } from '../../src/services/admin/contracts';

/** Services a test hands to a root component: each answer is what the test says, or a failure. */
export interface FakeData {
  me?: Person;
  overview?: MyEvaluationOverview | Error;
  tasks?: PendingTask[] | Error;
  dashboard?: DashboardView | Error;
  periods?: EvaluationPeriod[] | Error;
  setup?: SetupStatus | Error;
  provisioning?: ProvisioningReport | Error;
  unitHistory?: UnitHistoryEntry[] | Error;
  results?: ResultsView | Error;
  /** A person's history by login (an Error answers a refusal). */
  history?: { [login: string]: PersonHistoryView | Error };
  /** The journey's methods a test answers; any other method called fails the test's promise. */
  period?: Partial<IPeriodJourney>;
  year?: Partial<IYearJourney>;
  unitYear?: Partial<IUnitYearJourney>;
  reminders?: Partial<IReminderService>;
  /** The administration's services a test answers, by service then method. */
  admin?: { [K in keyof AdminServices]?: Partial<AdminServices[K]> };
}

/** A service whose given methods answer (each call recorded) and whose other methods reject. */
function partialService<T extends object>(name: string, given: Partial<T> | undefined, calls: string[]): T {
  return new Proxy({} as T, {
    get: (_target, method: string) => (...args: unknown[]) => {
      calls.push(`${name}.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      const fn = given ? (given as Record<string, unknown>)[method] : undefined;
      return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown)(...args) : Promise.reject(new Error(`the test gave no ${name}.${method}`));
    }
  });
}

export const SAMPLE_PERSON: Person = {
  id: 'u1',
  displayName: 'Nguyễn Thị Hương',
  userPrincipalName: 'nguyen.thi.huong@vhttdl.local',
  jobTitle: 'Chuyên viên',
  department: 'Vụ Kế hoạch, Tài chính'
};

export function fakeServices(data: FakeData, today = new Date('2026-11-28T09:00:00+07:00')): AppServices & { calls: string[] } {
  const calls: string[] = [];
  const answer = <T>(name: string, value: T | Error | undefined): Promise<T> => {
    calls.push(name);
    if (value instanceof Error) return Promise.reject(value);
    if (value === undefined) return Promise.reject(new Error(`the test gave no ${name}`));
    return Promise.resolve(value);
  };
  const evaluation: IEvaluationService = {
    getMyOverview: (year) => answer(`getMyOverview(${year})`, data.overview),
    getPendingTasks: () => answer('getPendingTasks()', data.tasks),
    getDashboard: (query) => answer(`getDashboard(${JSON.stringify(query)})`, data.dashboard),
    getPeriods: (year) => answer(`getPeriods(${year})`, data.periods),
    getSetupStatus: () => answer('getSetupStatus()', data.setup),
    getUnitHistory: () => answer('getUnitHistory()', data.unitHistory),
    getResults: (year) => answer(`getResults(${year})`, data.results),
    getPersonHistory: (login) => answer(`getPersonHistory(${login})`, data.history ? data.history[login] : undefined)
  };
  return {
    calls,
    directory: { getMe: () => answer('getMe()', data.me || SAMPLE_PERSON), getDirectReports: () => answer('getDirectReports()', []) },
    evaluation,
    journey: {
      period: partialService<IPeriodJourney>('period', data.period, calls),
      year: partialService<IYearJourney>('year', data.year, calls),
      unitYear: partialService<IUnitYearJourney>('unitYear', data.unitYear, calls)
    },
    reminders: partialService<IReminderService>('reminders', data.reminders, calls),
    provisioning: { ensureSchema: () => answer('ensureSchema()', data.provisioning) },
    admin: new Proxy({} as AdminServices, {
      get: (_target, name: string) => partialService<object>(`admin.${name}`, (data.admin as Record<string, object> | undefined)?.[name], calls)
    }),
    today: () => today
  };
}
