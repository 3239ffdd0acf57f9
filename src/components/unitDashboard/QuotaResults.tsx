import * as React from 'react';
import { percentOf } from '../../domain/evaluation/dashboardTotals';
import type { ScopeResult } from '../../domain/evaluation/resultsSummary';
import { RATING_LEVELS, type RatingLevel } from '../../domain/rating/ratingCodes';
import type { AgencyResults, AppServices, ResultsView } from '../../services/contracts';
import { format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { EmptySection, Loaded } from '../common/WebPartRoot';
import { BarChart, type ChartBar } from './BarChart';
import chartStyles from './BarChart.module.scss';
import own from './QuotaResults.module.scss';
import { ExportTables } from '../common/ExportTables';

export interface QuotaResultsProps {
  services: AppServices;
  year: number;
  /** Opens a person's history (the dashboard's drill-down); without it, names are plain text. */
  onOpenPerson?: (login: string) => void;
}

/**
 * "Kết quả": the year's HTXSNV quota per agency and per group of similar tasks (law.md 3.7), the
 * exceptions with their reasons, and the ratings of the same agencies in the two years before, for
 * HR and the leaders who may read an agency whole (the service leaves out the others).
 */
export function QuotaResults(props: QuotaResultsProps): JSX.Element {
  const { services, year } = props;
  return (
    <Loaded load={() => services.evaluation.getResults(year)} deps={[services, year]}>
      {(view) => <ResultsSections view={view} onOpenPerson={props.onOpenPerson} />}
    </Loaded>
  );
}

/** A level written short (HTXSNV…) where columns are narrow; the full words for screen readers and the tooltip. */
function LevelShort(props: { level: RatingLevel }): JSX.Element {
  const { strings } = useUi();
  return (
    <>
      <abbr title={ratingLabel(strings, props.level)} aria-hidden="true">
        {props.level}
      </abbr>
      <span className={styles.visuallyHidden}>{ratingLabel(strings, props.level)}</span>
    </>
  );
}

function ResultsSections(props: { view: ResultsView; onOpenPerson?: (login: string) => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { view } = props;
  const heading = format(strings.ResultsHeading, view.year);
  const headingId = `dgcc-results-${view.year}`;
  const shown = React.useRef<HTMLElement>(null);
  if (view.agencies.length === 0) return <EmptySection heading={heading} text={format(strings.ResultsEmpty, view.year)} />;
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(view.quota.rate * 100);
  return (
    <section aria-labelledby={headingId} ref={shown}>
      <h3 className={styles.heading} id={headingId}>
        {heading}
      </h3>
      <p>{format(view.quota.base === 'HTTNV' ? strings.ResultsQuotaRule : strings.ResultsQuotaRuleOrAbove, percent)}</p>
      {view.ignoredActs > 0 ? <p>{format(strings.ResultsIgnored, view.ignoredActs)}</p> : undefined}
      <ExportTables target={shown} title={heading} fileName={`ket-qua-ty-le-${view.year}.xlsx`} label={strings.ResultsExport} />
      <AgencyTable view={view} />
      <GroupTable view={view} />
      <ExceptionsTable view={view} onOpenPerson={props.onOpenPerson} />
      <YearsCompared view={view} />
    </section>
  );
}

function StateCell(props: { scope: ScopeResult }): JSX.Element {
  const { strings } = useUi();
  return <td>{props.scope.violated ? format(strings.ResultsOver, props.scope.excess) : strings.ResultsWithin}</td>;
}

function AllowedCell(props: { scope: ScopeResult }): JSX.Element {
  const { strings } = useUi();
  const { scope } = props;
  return (
    <td className={styles.number}>{scope.allowed === scope.plainAllowed ? String(scope.allowed) : format(strings.ResultsAllowedWithExceptions, scope.allowed, scope.plainAllowed)}</td>
  );
}

const wholeOf = (agency: AgencyResults): ScopeResult => agency.scopes[agency.scopes.length - 1];

function AgencyTable({ view }: { view: ResultsView }): JSX.Element {
  const { strings } = useUi();
  return (
    <table className={styles.table}>
      <caption>{format(strings.ResultsAgencyCaption, view.year)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ResultsColAgency}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColStaff}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColRated}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColBase}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColUsed}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColAllowed}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColExceptions}</th>
          <th scope="col">{strings.ResultsColState}</th>
        </tr>
      </thead>
      <tbody>
        {view.agencies.map((agency) => {
          const whole = wholeOf(agency);
          return (
            <tr key={agency.agencyCode} data-agency={agency.agencyCode}>
              <th scope="row">{agency.agencyName}</th>
              <td className={styles.number}>{agency.staff}</td>
              <td className={styles.number}>{agency.rated}</td>
              <td className={styles.number}>{whole.base}</td>
              <td className={styles.number}>{whole.used}</td>
              <AllowedCell scope={whole} />
              <td className={styles.number}>{whole.exceptions}</td>
              <StateCell scope={whole} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function GroupTable({ view }: { view: ResultsView }): JSX.Element {
  const { strings } = useUi();
  return (
    <table className={styles.table}>
      <caption>{format(strings.ResultsGroupCaption, view.year)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ResultsColGroup}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColRated}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColBase}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColUsed}</th>
          <th scope="col" className={styles.number}>{strings.ResultsColAllowed}</th>
          <th scope="col">{strings.ResultsColState}</th>
        </tr>
      </thead>
      {view.agencies.map((agency) => (
        <tbody key={agency.agencyCode} data-agency={agency.agencyCode}>
          <tr>
            <th scope="rowgroup" colSpan={6}>
              {agency.agencyName}
            </th>
          </tr>
          {agency.scopes
            .filter((scope) => !scope.wholeAgency)
            .map((scope) => (
              <tr key={scope.scope} data-group={scope.scope}>
                <th scope="row">{scope.scope}</th>
                <td className={styles.number}>{scope.rated}</td>
                <td className={styles.number}>{scope.base}</td>
                <td className={styles.number}>{scope.used}</td>
                <AllowedCell scope={scope} />
                <StateCell scope={scope} />
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
}

function ExceptionsTable(props: { view: ResultsView; onOpenPerson?: (login: string) => void }): JSX.Element {
  const { strings } = useUi();
  const { view, onOpenPerson } = props;
  const rows = view.agencies.reduce<Array<AgencyResults['exceptions'][number] & { agencyName: string }>>(
    (all, agency) => all.concat(agency.exceptions.map((e) => ({ ...e, agencyName: agency.agencyName }))),
    []
  );
  if (rows.length === 0) return <p>{format(strings.ResultsExceptionsNone, view.year)}</p>;
  return (
    <table className={styles.table}>
      <caption>{format(strings.ResultsExceptionsCaption, view.year)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ResultsColPerson}</th>
          <th scope="col">{strings.ResultsColGroup}</th>
          <th scope="col">{strings.ResultsColReason}</th>
          <th scope="col">{strings.ResultsColReference}</th>
          <th scope="col">{strings.ResultsColPublished}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.login}>
            <th scope="row">
              {onOpenPerson ? (
                <button type="button" className={own.personLink} onClick={() => onOpenPerson(row.login)} aria-label={format(strings.ResultsOpenPerson, row.displayName)}>
                  {row.displayName}
                </button>
              ) : (
                row.displayName
              )}
            </th>
            <td>{`${row.agencyName} › ${row.taskGroup}`}</td>
            <td>{row.reason}</td>
            <td>{row.decisionReference || ''}</td>
            <td>{row.published ? strings.ResultsPublished : strings.ResultsNotPublished}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The agencies shown, their ratings over the years compared: one chart (with its own table) and one table by agency. */
function YearsCompared({ view }: { view: ResultsView }): JSX.Element {
  const { strings } = useUi();
  const totals = view.years.map((year, i) => {
    const ratings: { [level: string]: number } = {};
    let rated = 0;
    view.agencies.forEach((agency) => {
      const y = agency.byYear[i];
      rated += y.rated;
      RATING_LEVELS.forEach((level) => (ratings[level] = (ratings[level] || 0) + y.ratings[level]));
    });
    return { year, rated, ratings };
  });
  // The two levels the quota weighs (law.md 3.7): the share of each over those rated, year by year.
  const charted: RatingLevel[] = ['HTXSNV', 'HTTNV'];
  const barsOf = (level: RatingLevel): ChartBar[] =>
    totals.map((t) => ({ key: String(t.year), label: format(strings.ResultsYearsBar, t.year), count: t.ratings[level], of: t.rated, percent: percentOf(t.ratings[level], t.rated) }));
  const first = view.years[0];
  const last = view.years[view.years.length - 1];
  return (
    <>
      <div className={chartStyles.charts}>
        {charted.map((level) => (
          <BarChart
            key={level}
            id={`dgcc-results-years-${view.year}-${level}`}
            title={format(strings.ResultsYearsChart, ratingLabel(strings, level), first, last, view.agencies.length)}
            bars={barsOf(level)}
          />
        ))}
      </div>
      <table className={styles.table}>
        <caption>{format(strings.ResultsYearsCaption, first, last)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.ResultsColAgency}</th>
            <th scope="col">{strings.ResultsColYear}</th>
            <th scope="col" className={styles.number}>{strings.ResultsColRated}</th>
            {RATING_LEVELS.map((level) => (
              <th scope="col" className={styles.number} key={level}>
                <LevelShort level={level} />
              </th>
            ))}
          </tr>
        </thead>
        {view.agencies.map((agency) => (
          <tbody key={agency.agencyCode} data-agency={agency.agencyCode}>
            {agency.byYear.map((y, i) => (
              <tr key={y.year}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={agency.byYear.length}>
                    {agency.agencyName}
                  </th>
                ) : undefined}
                <th scope="row">{y.year}</th>
                <td className={styles.number}>{y.rated}</td>
                {RATING_LEVELS.map((level) => (
                  <td className={styles.number} key={level}>
                    {y.ratings[level]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}
