// A whole ministry's dashboard (architecture.md, "Budgets"): 2,000 staff, three years of history
// (>100,000 items across the lists), opened cold by HR: no threshold error, a bounded number of
// requests, and the time it takes.
import type { BenchCase } from '../benchCase';
import { measureFirstViews } from './firstViews';

export const benchCase: BenchCase = {
  name: 'Ministry dashboard, cold (2,000 staff, 3 years of history)',
  run: () => measureFirstViews(2000, ['unitDashboard', 'myEvaluation']),
  budgets: [
    // The organisation from its dated snapshot in the batch of the units list and the HR group (issue
    // 13: at most 8; measured 3, 23 when it paged the directory, 100 people a Graph page), the acts of
    // every unit in batches of 100 reads.
    { figure: 'unitDashboardRequests', max: 8, unit: 'requests' },
    { figure: 'unitDashboardMs', max: 20000, unit: 'ms' },
    { figure: 'myEvaluationRequests', max: 6, unit: 'requests' }
  ]
};
