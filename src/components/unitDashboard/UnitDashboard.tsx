import * as React from 'react';
import type { DashboardView, UnitDashboardRow } from '../../domain/evaluation/model';
import { format, formatDate, formatTime } from '../common/format';
import { PlainButton } from '../common/ViewControls';
import { periodName, ratingLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { usePlace } from '../common/usePlace';
import { EmptySection, evaluationYearOf, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { Deferred } from '../common/Deferred';
import { placeLink } from '../../domain/place';
import { DashboardDocuments } from '../documents/DashboardDocuments';
import compact from './UnitDashboard.module.scss';
import { DashboardCharts } from './DashboardCharts';
import { ProgressExport } from './ProgressExport';
import { progressCaption, ProgressTree, type PersonLink } from './ProgressTree';

// The results and a person's history load on demand, with their reader (services' dgcc-results chunk):
// not every page's first view (issue 13's view bundle).
const QuotaResults = React.lazy(() => import(/* webpackChunkName: 'dgcc-results' */ './QuotaResults').then((m) => ({ default: m.QuotaResults })));
const PersonHistory = React.lazy(() => import(/* webpackChunkName: 'dgcc-results' */ './PersonHistory').then((m) => ({ default: m.PersonHistory })));

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
  const back = (): void => go({ year, periodId });
  // «Làm mới» reads the figures again past the 15-minute cache, for the year and period on screen only.
  const queryKey = `${year}/${periodId === undefined ? '' : periodId}`;
  const [refreshes, setRefreshes] = React.useState<{ count: number; of?: string }>({ count: 0 });
  // A person's name in the drill-down (or an exception in the results) opens their history, a place of its own.
  const personLink: PersonLink = {
    href: (login) => placeLink(window.location.href, { view: 'dashboard', screen: 'person', person: login, year, periodId }),
    open: (login) => go({ screen: 'person', person: login, year, periodId })
  };
  if (place.screen === 'person' && place.person) {
    return (
      <WebPartRoot root={props} title={strings.DashboardTitle}>
        <Deferred>
          <PersonHistory services={services} login={place.person} onClose={back} />
        </Deferred>
      </WebPartRoot>
    );
  }
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
      <Loaded
        load={() => services.evaluation.getDashboard({ year, ...(periodId === undefined ? {} : { periodId }), ...(refreshes.of === queryKey ? { refresh: true } : {}) })}
        deps={[services, year, periodId, refreshes.count]}
      >
        {(view) => (
          <DashboardBody
            services={services}
            view={view}
            onPeriod={(id) => go({ year, periodId: id })}
            personLink={personLink}
            onRefresh={() => setRefreshes({ count: refreshes.count + 1, of: queryKey })}
          />
        )}
      </Loaded>
    </WebPartRoot>
  );
}

function DashboardBody(props: {
  services: UnitDashboardProps['services'];
  view: DashboardView;
  onPeriod: (id: number) => void;
  personLink: PersonLink;
  onRefresh: () => void;
}): JSX.Element {
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
          <ProgressTree view={view} personLink={props.personLink} />
          <div className={`${styles.muted} ${compact.freshness}`}>
            {view.readAt ? format(strings.DashReadAt, formatTime(view.readAt, locale), formatDate(view.readAt, locale)) + ' ' : ''}
            {view.orgAsOf ? format(strings.DashOrgAsOf, formatDate(view.orgAsOf, locale)) + ' ' : ''}
            <PlainButton onClick={props.onRefresh}>{strings.DashRefresh}</PlainButton>
            <ProgressExport view={view} caption={progressCaption(strings, view)} />
          </div>
        </>
      )}
      {view.units.some((unit) => unit.readerIsHr || unit.readerActsOnYear) ? <ResultsDisclosure services={services} year={year} personLink={props.personLink} /> : undefined}
      <DashboardDocuments services={services} units={view.units} year={year} />
      {view.units
        .filter((unit) => unit.readerIsMember && unit.published && unit.published.length > 0)
        .map((unit) => (
          <PublishedResults key={unit.unitCode} unit={unit} year={year} />
        ))}
    </>
  );
}

/**
 * The ratings against the quota per agency and group, and the years compared, for those who decide or
 * run the cycle: read only when opened (its requests and its code), so the dashboard's first view stays light.
 */
function ResultsDisclosure(props: { services: UnitDashboardProps['services']; year: number; personLink: PersonLink }): JSX.Element {
  const { strings } = useUi();
  const [opened, setOpened] = React.useState(false);
  return (
    <details className={compact.results} onToggle={(e) => setOpened(opened || (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{format(strings.DashResultsSummary, props.year)}</summary>
      {opened ? (
        <Deferred>
          <QuotaResults services={props.services} year={props.year} onOpenPerson={props.personLink.open} />
        </Deferred>
      ) : undefined}
    </details>
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
