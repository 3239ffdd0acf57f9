import type { EvaluationPeriod, PendingTask, Person, UnitProgress } from '../../src/domain/evaluation/model';
import type { AppServices, IEvaluationService, MyEvaluationOverview, ProvisioningReport, SetupStatus } from '../../src/services/contracts';

/** Services a test hands to a root component: each answer is what the test says, or a failure. */
export interface FakeData {
  me?: Person;
  overview?: MyEvaluationOverview | Error;
  tasks?: PendingTask[] | Error;
  progress?: UnitProgress[] | Error;
  periods?: EvaluationPeriod[] | Error;
  setup?: SetupStatus | Error;
  provisioning?: ProvisioningReport | Error;
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
    getUnitProgress: (year) => answer(`getUnitProgress(${year})`, data.progress),
    getPeriods: (year) => answer(`getPeriods(${year})`, data.periods),
    getSetupStatus: () => answer('getSetupStatus()', data.setup)
  };
  return {
    calls,
    directory: { getMe: () => answer('getMe()', data.me || SAMPLE_PERSON), getDirectReports: () => answer('getDirectReports()', []) },
    evaluation,
    provisioning: { ensureSchema: () => answer('ensureSchema()', data.provisioning) },
    today: () => today
  };
}
