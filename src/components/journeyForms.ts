import * as React from 'react';

/**
 * The journey's forms, each loaded on first use from one shared chunk ('dgcc-journey'): they carry
 * Fluent's input controls and the rules they compute live, which the lists and dashboards do not need.
 */
export const PeriodForm = React.lazy(() => import(/* webpackChunkName: 'dgcc-journey' */ './myEvaluation/PeriodForm').then((m) => ({ default: m.PeriodForm })));
export const MyYear = React.lazy(() => import(/* webpackChunkName: 'dgcc-journey' */ './myEvaluation/MyYear').then((m) => ({ default: m.MyYear })));
export const PeriodReviewForm = React.lazy(() =>
  import(/* webpackChunkName: 'dgcc-journey' */ './reviewAndDecide/PeriodReviewForm').then((m) => ({ default: m.PeriodReviewForm }))
);
export const UnitYearScreen = React.lazy(() =>
  import(/* webpackChunkName: 'dgcc-journey' */ './reviewAndDecide/UnitYearScreen').then((m) => ({ default: m.UnitYearScreen }))
);
// HR's screens: not a civil servant's or a leader's forms, so not in the journey's chunk.
export const Reminders = React.lazy(() => import(/* webpackChunkName: 'dgcc-reminders' */ './evaluationAdmin/Reminders').then((m) => ({ default: m.Reminders })));
export const UnitHistoryTable = React.lazy(() =>
  import(/* webpackChunkName: 'dgcc-reminders' */ './evaluationAdmin/UnitHistoryTable').then((m) => ({ default: m.UnitHistoryTable }))
);
