import { DefaultButton } from '@fluentui/react/lib/Button';
import * as React from 'react';
import type { AppServices } from '../../services/contracts';
import type { UnitYearView } from '../../services/journey/unitYear';
import { format } from '../common/format';
import { LoadView } from '../common/LoadView';
import { screenStyles as styles } from '../common/Screen';
import { useLoad } from '../common/useLoad';
import { useUi } from '../common/UiContext';
import { ComplaintAnswers } from './ComplaintAnswers';
import { DecisionSheetForm } from './DecisionSheet';
import { UnitMinutes } from './UnitMinutes';
import { UnitDocuments } from '../documents/UnitDocuments';

/**
 * A unit's year for its minutes keepers and its competent evaluator: the meeting's minutes, the
 * decision sheet with the HTXSNV quota live, publication, and the answers to complaints.
 */
export function UnitYearScreen(props: { services: AppServices; unitCode: string; year: number; onDone: () => void }): JSX.Element {
  const { services, unitCode, year } = props;
  const [load, reload] = useLoad(() => services.journey.unitYear.getUnitYear(unitCode, year), [services, unitCode, year]);
  return (
    <LoadView load={load} onRetry={reload}>
      {(view) => <UnitYearContent view={view} services={services} onChanged={reload} onDone={props.onDone} />}
    </LoadView>
  );
}

function UnitYearContent(props: { view: UnitYearView; services: AppServices; onChanged: () => void; onDone: () => void }): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  return (
    <div>
      <h3 className={styles.heading}>{format(strings.UnitTitle, view.year, view.unit.name)}</h3>
      <UnitMinutes view={view} services={props.services} onChanged={props.onChanged} />
      <DecisionSheetForm view={view} services={props.services} onChanged={props.onChanged} />
      <UnitDocuments view={view} services={props.services} />
      <ComplaintAnswers view={view} services={props.services} onChanged={props.onChanged} />
      <div className={styles.actions}>
        <DefaultButton onClick={props.onDone}>{strings.UnitBack}</DefaultButton>
      </div>
    </div>
  );
}
