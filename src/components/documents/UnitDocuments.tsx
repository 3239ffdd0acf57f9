import * as React from 'react';
import type { AppServices } from '../../services/contracts';
import type { UnitYearView } from '../../services/journey/unitYear';
import { format } from '../common/format';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { DocumentButton } from './DocumentButton';

/**
 * The unit's documents on its year's sheet (for its keepers and its evaluator): the approved minutes
 * (biên bản), the decision on the results with its list (quyết định), the results list (Excel).
 */
export function UnitDocuments(props: { services: Pick<AppServices, 'documents'>; view: UnitYearView }): JSX.Element {
  const { strings } = useUi();
  const { view, services } = props;
  // Offered to the unit's keepers and its people's evaluator, whatever the step (a colleague reaching the sheet by its address gets none).
  const keeps = view.canRecordMinutes.allowed || view.canRecordMinutes.reason !== 'NOT_MINUTES_KEEPER';
  const decides = view.people.some((p) => p.canDecide.allowed || p.canDecide.reason !== 'NOT_COMPETENT_EVALUATOR');
  if (!services.documents || (!keeps && !decides)) return <></>;
  const args = { year: view.year, unitCode: view.unit.code };
  const decided = view.people.some((p) => p.decisions.length > 0);
  const headingId = `dgcc-documents-${view.unit.code}-${view.year}`;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{strings.DocumentsHeading}</h4>
      <div className={styles.actions}>
        {view.minutes && view.minutes.approved ? <DocumentButton services={services} kind="bien-ban" args={args} label={strings.DocumentsBienBan} /> : undefined}
        {decided ? <DocumentButton services={services} kind="quyet-dinh" args={args} label={strings.DocumentsQuyetDinh} /> : undefined}
        <DocumentButton services={services} kind="danh-sach" args={args} label={strings.DocumentsDanhSach} />
      </div>
      <PersonSheet services={services} view={view} />
    </section>
  );
}

/** A person's yearly sheet, chosen by name (one button for the unit, not one per person). */
function PersonSheet(props: { services: Pick<AppServices, 'documents'>; view: UnitYearView }): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  const people = view.people.filter((p) => (p.selfEvaluation && p.selfEvaluation.submitted) || p.decisions.length > 0);
  const [chosen, setChosen] = React.useState(people.length ? people[0].person.userPrincipalName : '');
  if (people.length === 0) return <></>;
  const person = people.find((p) => p.person.userPrincipalName === chosen) || people[0];
  const selectId = `dgcc-documents-person-${view.unit.code}-${view.year}`;
  return (
    <div className={styles.actions}>
      <label htmlFor={selectId}>{strings.DocumentsPersonSheet}</label>{' '}
      <select id={selectId} value={person.person.userPrincipalName} onChange={(e) => setChosen(e.target.value)}>
        {people.map((p) => (
          <option key={p.person.userPrincipalName} value={p.person.userPrincipalName}>
            {p.person.jobTitle ? `${p.person.displayName}, ${p.person.jobTitle}` : p.person.displayName}
          </option>
        ))}
      </select>{' '}
      <DocumentButton
        services={props.services}
        kind="phieu-nam"
        args={{ year: view.year, personLogin: person.person.userPrincipalName }}
        label={format(strings.DocumentsPhieuNamOfPerson, view.year, person.person.displayName)}
      />
    </div>
  );
}
