import * as React from 'react';
import type { UnitProgress } from '../../domain/evaluation/model';
import { placeLink } from '../../domain/place';
import { RATING_LEVELS } from '../../domain/rating/ratingCodes';
import { format } from '../common/format';
import { ratingLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { usePlace } from '../common/usePlace';
import { EmptySection, evaluationYearOf, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { DashboardDocuments } from '../documents/DashboardDocuments';
import compact from './UnitDashboard.module.scss';
import { DashboardCharts } from './DashboardCharts';

export interface UnitDashboardProps extends RootProps {
  evaluationYear?: number;
}

/**
 * "Tổng hợp đơn vị": progress and results of the units the user may see; a unit whose year the user acts
 * in (minutes, decisions) links to its screen in "Duyệt và quyết định", which lands on it from the address.
 */
export function UnitDashboard(props: UnitDashboardProps): JSX.Element {
  const { services } = props;
  // The year shown is a place in the address (a reload and the back button keep it): this year and the
  // two before, as a year is decided early the next one and compared with the years before it.
  const [place, go] = usePlace('dashboard');
  const configured = evaluationYearOf(props);
  const thisYear = services.today().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2].concat(configured < thisYear - 2 || configured > thisYear ? [configured] : []);
  const year = place.year !== undefined && years.indexOf(place.year) >= 0 ? place.year : configured;
  return (
    <WebPartRoot root={props} title={props.strings.DashboardTitle}>
      {/* A native list: Fluent's Dropdown would bring its callout into every page's bundle. */}
      <label className={styles.yearChooser}>
        {props.strings.YearFieldLabel}{' '}
        <select value={year} onChange={(e) => go({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <Loaded load={() => services.evaluation.getUnitProgress(year)} deps={[services, year]}>
        {(units) => (
          <>
            <DashboardCharts units={units} year={year} />
            <ProgressTable units={units} year={year} />
            <DashboardDocuments services={services} units={units} year={year} />
            {units
              .filter((unit) => unit.readerIsMember && unit.published && unit.published.length > 0)
              .map((unit) => (
                <PublishedResults key={unit.unitCode} unit={unit} year={year} />
              ))}
          </>
        )}
      </Loaded>
    </WebPartRoot>
  );
}

function ProgressTable({ units, year }: { units: UnitProgress[]; year: number }): JSX.Element {
  const { strings, locale } = useUi();
  const heading = format(strings.DashboardHeading, year);
  if (units.length === 0) {
    return <EmptySection heading={heading} text={format(strings.DashboardEmpty, year)} />;
  }
  const count = (n: number): string => new Intl.NumberFormat(locale).format(n);
  const hintId = `dgcc-dashboard-sheet-${year}`;
  return (
    <>
      {/* What a unit's link opens, read with each link (the unit's name alone is the link's text). */}
      <span id={hintId} hidden>
        {format(strings.DashboardOpenSheet, year)}
      </span>
      {/* On a phone the table scrolls inside its own box (reachable with Tab to scroll it with the arrow keys). */}
      <div className={compact.scroll} role="region" aria-label={heading} tabIndex={0}>
        <table className={`${styles.table} ${compact.progress}`}>
          <caption>{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnUnit}</th>
              <th scope="col" className={styles.number}>{strings.ColumnStaff}</th>
              <th scope="col" className={styles.number}>{strings.ColumnSubmitted}</th>
              <th scope="col" className={styles.number}>{strings.ColumnReviewed}</th>
              <th scope="col" className={styles.number}>{strings.ColumnDecided}</th>
              {RATING_LEVELS.map((level) => (
                <th scope="col" className={styles.number} key={level}>
                  <abbr title={ratingLabel(strings, level)} aria-hidden="true">
                    {level}
                  </abbr>
                  <span className={styles.visuallyHidden}>{ratingLabel(strings, level)}</span>
                </th>
              ))}
              <th scope="col" className={styles.number}>{strings.ColumnIgnored}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.unitCode}>
                <th scope="row">
                  {unit.readerActsOnYear ? (
                    <a href={placeLink(window.location.href, { view: 'review', screen: 'unitYear', year, unit: unit.unitCode })} aria-describedby={hintId}>
                      {unit.unitName}
                    </a>
                  ) : (
                    unit.unitName
                  )}
                </th>
                <td className={styles.number}>{count(unit.staffCount)}</td>
                <td className={styles.number}>{count(unit.submittedCount)}</td>
                <td className={styles.number}>{count(unit.reviewedCount)}</td>
                <td className={styles.number}>{count(unit.decidedCount)}</td>
                {RATING_LEVELS.map((level) => (
                  <td className={styles.number} key={level}>
                    {count(unit.ratings[level] || 0)}
                  </td>
                ))}
                <td className={styles.number}>{unit.ignoredActs ? <strong>{count(unit.ignoredActs)}</strong> : count(0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The unit's results as published to it (NĐ 90/2020 Điều 21): each colleague and their rating. */
function PublishedResults({ unit, year }: { unit: UnitProgress; year: number }): JSX.Element {
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
