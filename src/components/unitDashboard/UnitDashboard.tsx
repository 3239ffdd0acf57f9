import * as React from 'react';
import type { DashboardView, UnitDashboardRow } from '../../domain/evaluation/model';
import { format, formatDate } from '../common/format';
import { periodName, ratingLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { usePlace } from '../common/usePlace';
import { EmptySection, evaluationYearOf, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { DashboardDocuments } from '../documents/DashboardDocuments';
import compact from './UnitDashboard.module.scss';
import { DashboardCharts } from './DashboardCharts';
import { ProgressTree } from './ProgressTree';

export interface UnitDashboardProps extends RootProps {
  evaluationYear?: number;
}

/**
 * "Tổng hợp đơn vị" (issue 13): a year and one of its periods, chosen and kept in the address; the
 * view's charts; one table of the period's and the year's steps per unit, as a tree down to people for
 * readers entitled to them; the documents; the unit's published results for its own people.
 */
export function UnitDashboard(props: UnitDashboardProps): JSX.Element {
  const { services, strings } = props;
  // The year and the period shown are a place in the address (a reload and the back button keep them):
  // this year and the two before, as a year is decided early the next one and compared with the years before it.
  const [place, go] = usePlace('dashboard');
  const configured = evaluationYearOf(props);
  const thisYear = services.today().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2].concat(configured < thisYear - 2 || configured > thisYear ? [configured] : []);
  const year = place.year !== undefined && years.indexOf(place.year) >= 0 ? place.year : configured;
  const periodId = place.year === undefined || place.year === year ? place.periodId : undefined;
  return (
    <WebPartRoot root={props} title={strings.DashboardTitle}>
      {/* Native lists: Fluent's Dropdown would bring its callout into every page's bundle. */}
      <label className={`${styles.yearChooser} ${compact.chooser}`}>
        {strings.YearFieldLabel}{' '}
        <select value={year} onChange={(e) => go({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <Loaded load={() => services.evaluation.getDashboard(periodId === undefined ? { year } : { year, periodId })} deps={[services, year, periodId]}>
        {(view) => <DashboardBody services={services} view={view} onPeriod={(id) => go({ year, periodId: id })} />}
      </Loaded>
    </WebPartRoot>
  );
}

function DashboardBody(props: { services: UnitDashboardProps['services']; view: DashboardView; onPeriod: (id: number) => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { services, view } = props;
  const { year } = view;
  return (
    <>
      {view.periods.length > 0 && view.period ? (
        <label className={`${styles.yearChooser} ${compact.chooser}`}>
          {strings.DashPeriodLabel}{' '}
          <select value={view.period.id} onChange={(e) => props.onPeriod(Number(e.target.value))}>
            {view.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {periodName(strings, p)}
              </option>
            ))}
          </select>
        </label>
      ) : undefined}
      {view.units.length === 0 ? (
        <EmptySection heading={format(strings.DashboardHeading, year)} text={format(strings.DashboardEmpty, year)} />
      ) : (
        <>
          <DashboardCharts view={view} />
          <ProgressTree view={view} />
          {view.orgAsOf ? <p className={styles.muted}>{format(strings.DashOrgAsOf, formatDate(view.orgAsOf, locale))}</p> : undefined}
        </>
      )}
      <DashboardDocuments services={services} units={view.units} year={year} />
      {view.units
        .filter((unit) => unit.readerIsMember && unit.published && unit.published.length > 0)
        .map((unit) => (
          <PublishedResults key={unit.unitCode} unit={unit} year={year} />
        ))}
    </>
  );
}

/** The unit's results as published to it (NĐ 90/2020 Điều 21): each colleague and their rating. */
function PublishedResults({ unit, year }: { unit: UnitDashboardRow; year: number }): JSX.Element {
  const { strings } = useUi();
  return (
    <table className={styles.table}>
      <caption>{format(strings.DashboardPublishedHeading, year, unit.unitName)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ColumnPerson}</th>
          <th scope="col">{strings.ColumnRating}</th>
        </tr>
      </thead>
      <tbody>
        {(unit.published || []).map((person) => (
          <tr key={person.login}>
            <th scope="row">{person.displayName}</th>
            <td>{ratingLabel(strings, person.rating)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
