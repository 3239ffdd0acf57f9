import * as React from 'react';
import type { AppServices } from '../../services/contracts';
import { format } from '../common/format';
import { LoadView } from '../common/LoadView';
import { screenStyles as styles } from '../common/Screen';
import { useLoad } from '../common/useLoad';
import { useUi } from '../common/UiContext';
import { SelfEvaluationSection } from './SelfEvaluation';
import { YearComplaints } from './YearComplaints';
import type { YearSectionProps } from './YearParts';
import { YearResult } from './YearResult';
import { YearSheetButton } from '../documents/SheetButtons';

/**
 * "Đánh giá của tôi" for the year: the self-evaluation (Mẫu 02 under NĐ 90/48, the yearly summary under
 * NĐ 335) beside what the rules suggest, then the published result with its history, and complaints.
 */
export function MyYear(props: { services: AppServices; year: number }): JSX.Element {
  const { strings } = useUi();
  const { services, year } = props;
  const [load, reload] = useLoad(() => services.journey.year.getMyYear(year), [services, year]);
  const headingId = `dgcc-year-${year}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {format(strings.YearHeading, year)}
      </h3>
      <LoadView load={load} onRetry={reload}>
        {(view) => <YearContent view={view} services={services} onChanged={reload} />}
      </LoadView>
    </section>
  );
}

function YearContent(props: YearSectionProps): JSX.Element {
  return (
    <>
      <SelfEvaluationSection {...props} />
      <YearResult decisions={props.view.decisions} />
      <YearSheetButton services={props.services} view={props.view} />
      <YearComplaints {...props} />
    </>
  );
}
