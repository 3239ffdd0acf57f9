import * as React from 'react';
import { periodToFillIn } from '../../domain/evaluation/periodToFillIn';
import type { AppServices, MyEvaluationOverview } from '../../services/contracts';
import { format, formatDate, formatScore } from '../common/format';
import { periodName, periodNameInSentence, periodStatusLabel, ratingLabel, stepLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { Notice, PlainButton } from '../common/ViewControls';
import { EmptySection, evaluationYearOf, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { Deferred } from '../common/Deferred';
import { usePlace } from '../common/usePlace';
import type { Place } from '../../domain/place';
import { MyYear, PeriodForm } from '../journeyForms';
import { PeriodSheetButton } from '../documents/SheetButtons';

export { periodToFillIn };

export interface MyEvaluationProps extends RootProps {
  /** The year to show; the current year when absent. */
  evaluationYear?: number;
}

/**
 * "Đánh giá của tôi": the period to fill in now, every period of the year, and the year's self-evaluation.
 * Where the reader is (the year, the period open, the year's form) is a place in the address: a notice's
 * link opens that period's form or the year's, a reload stays there, the back button goes back.
 */
export function MyEvaluation(props: MyEvaluationProps): JSX.Element {
  const { services } = props;
  const [place, go] = usePlace('my');
  const configured = evaluationYearOf(props);
  const year = place.year || configured;
  const [generation, setGeneration] = React.useState(0);
  const refresh = React.useCallback(() => setGeneration((n) => n + 1), []);
  // This year and the two before: a year is decided early the next, and complaints come after.
  const thisYear = services.today().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2].concat([configured, year].filter((y, i, all) => (y < thisYear - 2 || y > thisYear) && all.indexOf(y) === i));
  return (
    <WebPartRoot root={props} title={props.strings.MyEvaluationTitle}>
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
      <Loaded load={() => services.evaluation.getMyOverview(year)} deps={[services, year, generation]}>
        {(overview) => <Overview key={overview.year} overview={overview} services={services} onChanged={refresh} place={place} go={go} />}
      </Loaded>
    </WebPartRoot>
  );
}

interface OverviewProps {
  overview: MyEvaluationOverview;
  services: AppServices;
  onChanged: () => void;
  place: Place;
  go: (place: Place, options?: { replace?: boolean }) => void;
}

function Overview(props: OverviewProps): JSX.Element {
  const { strings, locale } = useUi();
  const { overview, services, place, go } = props;
  const { me } = overview;
  const formRef = React.useRef<HTMLDivElement>(null);
  const yearRef = React.useRef<HTMLDivElement>(null);
  const heading = format(strings.MyPeriodsHeading, overview.year);
  // The period in the address (a notice's link, a reload), else the one to fill in now. A period of
  // another year than the one shown still opens: the form reads it by its id.
  const chosen = place.periodId;
  const listed = chosen !== undefined ? overview.periods.find((p) => p.period.id === chosen) : undefined;
  const currentId = chosen !== undefined ? chosen : periodToFillIn(overview.periods)?.id;
  const current = listed ? listed.period : currentId !== undefined ? overview.periods.find((p) => p.period.id === currentId)?.period : undefined;
  const choose = (id: number): void => {
    go({ screen: 'period', periodId: id, year: overview.year });
    // Take keyboard and screen-reader users to the form they asked for.
    setTimeout(() => formRef.current && formRef.current.focus(), 0);
  };
  // Landing on the year's form (a notice about the self-evaluation, the result, a complaint): shown and focused once it is there.
  const landOnYear = place.screen === 'year';
  React.useEffect(() => {
    if (!landOnYear) return undefined;
    let tries = 0;
    // The year's section loads with its chunk: wait for its heading (at most a few seconds).
    const timer = setInterval(() => {
      const heading = yearRef.current ? yearRef.current.querySelector<HTMLElement>('h3') : null;
      tries++;
      if (heading || tries > 50) clearInterval(timer);
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        if (typeof heading.scrollIntoView === 'function') heading.scrollIntoView();
        heading.focus();
      }
    }, 100);
    return () => clearInterval(timer);
  }, [landOnYear]);
  return (
    <>
      <p>
        <strong>{me.displayName}</strong>
        {me.jobTitle || me.department ? <span className={styles.muted}> · {[me.jobTitle, me.department].filter(Boolean).join(', ')}</span> : undefined}
      </p>
      {overview.ignoredActs > 0 ? (
        <Notice kind="warning">{format(strings.IgnoredActsMine, overview.ignoredActs)}</Notice>
      ) : undefined}
      {currentId !== undefined ? (
        <div ref={formRef} tabIndex={-1} aria-label={current ? periodName(strings, current) : strings.MyPeriodOpen}>
          <Deferred>
            <PeriodForm
              key={currentId}
              services={services}
              periodId={currentId}
              onChanged={() => {
                // Stay on this period (and its message) while the list below catches up: it is where the reader is.
                go({ screen: 'period', periodId: currentId, year: overview.year }, { replace: true });
                props.onChanged();
              }}
            />
          </Deferred>
        </div>
      ) : undefined}
      {overview.periods.length === 0 ? (
        <EmptySection heading={heading} text={format(strings.MyPeriodsEmpty, overview.year)} />
      ) : (
        <table className={styles.table}>
          <caption>{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnPeriod}</th>
              <th scope="col">{strings.ColumnStatus}</th>
              <th scope="col">{strings.ColumnDeadline}</th>
              <th scope="col">{strings.ColumnStep}</th>
              <th scope="col" className={styles.number}>{strings.ColumnScore}</th>
              <th scope="col">{strings.ColumnRating}</th>
              <th scope="col">
                <span className={styles.visuallyHidden}>{strings.MyPeriodOpen}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.periods.map(({ period, result }) => (
              <tr key={period.id}>
                <th scope="row">{periodName(strings, period)}</th>
                <td>{periodStatusLabel(strings, period.status)}</td>
                <td>{period.deadline ? formatDate(period.deadline, locale) : ''}</td>
                <td>{stepLabel(strings, result ? result.step : 'NOT_STARTED')}</td>
                <td className={styles.number}>{result && result.score !== undefined ? formatScore(result.score, locale) : strings.NotScored}</td>
                <td>{result && result.rating ? ratingLabel(strings, result.rating) : ''}</td>
                <td>
                  {period.kind !== 'YEAR' && currentId !== period.id ? (
                    <PlainButton onClick={() => choose(period.id)} aria-label={format(strings.MyPeriodOpenNamed, periodNameInSentence(strings, period))}>
                      {strings.MyPeriodOpen}
                    </PlainButton>
                  ) : undefined}
                  <PeriodSheetButton services={services} period={period} step={result ? result.step : 'NOT_STARTED'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div ref={yearRef}>
        <Deferred>
          <MyYear services={services} year={overview.year} />
        </Deferred>
      </div>
    </>
  );
}
