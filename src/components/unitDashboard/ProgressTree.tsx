import * as React from 'react';
import {
  dashboardTree,
  filterTree,
  sortTree,
  totalsOfRows,
  unitsOf,
  type DashboardNode,
  type DashboardSort,
  type StepFigures
} from '../../domain/evaluation/dashboardTree';
import type { DashboardView, PersonProgress } from '../../domain/evaluation/model';
import { placeLink } from '../../domain/place';
import { RATING_LEVELS } from '../../domain/rating/ratingCodes';
import { format, formatScore } from '../common/format';
import { periodName, periodNameInSentence, ratingLabel } from '../common/labels';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import compact from './UnitDashboard.module.scss';

/** A person's name opens their history (issue 13): a real link (a new tab works), followed in the page. */
export interface PersonLink {
  href: (login: string) => string;
  open: (login: string) => void;
}

/** A plain click moves in the page (the back button returns); Ctrl/Shift/middle click keep the browser's own behaviour. */
function followInPage(e: React.MouseEvent<HTMLAnchorElement>, open: () => void): void {
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  open();
}

/** "Tiến độ tháng 11/2026 và năm 2026": the table's caption, and the title of its Excel file. */
export function progressCaption(strings: IDanhGiaStrings, view: Pick<DashboardView, 'year' | 'period'>): string {
  const { year, period } = view;
  return period ? format(strings.DashCaption, periodNameInSentence(strings, period), periodNameInSentence(strings, { kind: 'YEAR', year })) : format(strings.DashCaptionYear, year);
}

const SORTS: readonly DashboardSort[] = ['NAME', 'SUBMITTED_SHARE', 'LATE'];

/**
 * The units' progress as one table (issue 13): the period's steps and the year's, per unit, as a tree
 * (a Cục's row sums its own people and its phòng, a disclosure button opens them), a totals row, and a
 * unit's people for readers entitled to them. Sorted, filtered and searched in the page: the view was
 * read once, each figure already screened by the service.
 */
export function ProgressTree({ view, personLink }: { view: DashboardView; personLink?: PersonLink }): JSX.Element {
  const { strings, locale } = useUi();
  const { year, period } = view;
  const [sort, setSort] = React.useState<DashboardSort>('NAME');
  const [onlyLate, setOnlyLate] = React.useState(false);
  const [query, setQuery] = React.useState('');
  // What the reader opened or closed by hand; otherwise a row is open when the search found someone in it.
  const [toggled, setToggled] = React.useState<{ [code: string]: boolean }>({});
  const tree = React.useMemo(() => dashboardTree(view.units), [view.units]);
  const totals = React.useMemo(() => totalsOfRows(view.units), [view.units]);
  const sorted = React.useMemo(() => sortTree(tree, sort, locale), [tree, sort, locale]);
  const filtered = React.useMemo(() => filterTree(sorted, { query, onlyLate }), [sorted, query, onlyLate]);
  // A reader who sees one unit with units under it (the Bộ for HR, a Cục for its Cục trưởng) finds it open.
  const single = tree.length === 1 && tree[0].children.length > 0 ? tree[0].row.unitCode : undefined;
  const isOpen = (code: string): boolean => (code in toggled ? toggled[code] : code === single || filtered.opened.indexOf(code) >= 0);
  const toggle = (code: string): void => setToggled({ ...toggled, [code]: !isOpen(code) });
  const filtering = onlyLate || query.trim() !== '';
  const ignoredColumn = view.units.some((u) => u.ignoredActs > 0);

  const caption = progressCaption(strings, view);
  const searchId = `dgcc-dashboard-search-${year}`;
  const rows: JSX.Element[] = [];
  const walk = (node: DashboardNode): void => {
    const open = isOpen(node.row.unitCode);
    rows.push(<UnitRow key={node.row.unitCode} node={node} open={open} onToggle={() => toggle(node.row.unitCode)} view={view} ignoredColumn={ignoredColumn} />);
    if (!open) return;
    node.people.forEach((person) =>
      rows.push(<PersonRow key={`${node.row.unitCode}/${person.login}`} person={person} depth={node.depth + 1} hasPeriod={!!period} ignoredColumn={ignoredColumn} link={personLink} />)
    );
    node.children.forEach(walk);
  };
  filtered.nodes.forEach(walk);
  const shown = unitsOf(filtered.nodes).length;

  return (
    <section aria-labelledby={`dgcc-progress-caption-${year}`}>
      <div className={compact.controls}>
        <label>
          {strings.DashSortLabel}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as DashboardSort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {strings[`DashSort_${s}` as keyof IDanhGiaStrings]}
              </option>
            ))}
          </select>
        </label>
        {period ? (
          <label>
            <input type="checkbox" checked={onlyLate} onChange={(e) => setOnlyLate(e.target.checked)} /> {strings.DashOnlyLate}
          </label>
        ) : undefined}
        <label htmlFor={searchId}>{strings.DashSearchLabel}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        {/* Said when the reader is free: how many units the filter left. */}
        <span role="status" className={compact.found}>
          {filtering ? (shown ? format(strings.DashFound, new Intl.NumberFormat(locale).format(shown)) : strings.DashSearchNone) : ''}
        </span>
      </div>
      <span id={sheetHintId(year)} hidden>
        {format(strings.DashboardOpenSheet, year)}
      </span>
      {/* At 800 px and on a phone the table scrolls inside its own box (reachable with Tab to scroll it with the arrow keys). */}
      <div className={compact.scroll} role="region" aria-label={strings.DashRegion} tabIndex={0}>
        <table className={`${styles.table} ${compact.progress}`}>
          <caption id={`dgcc-progress-caption-${year}`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {strings.ColumnUnit}
              </th>
              {period ? (
                <th scope="colgroup" colSpan={5} className={compact.group}>
                  {periodName(strings, period)}
                </th>
              ) : undefined}
              <th scope="colgroup" colSpan={4} className={compact.group}>
                {periodName(strings, { kind: 'YEAR', year })}
              </th>
              {ignoredColumn ? (
                <th scope="col" rowSpan={2} className={styles.number}>
                  {strings.ColumnIgnored}
                </th>
              ) : undefined}
            </tr>
            <tr>
              {period
                ? [strings.DashColApplies, strings.DashColSubmitted, strings.DashColReturned, strings.DashColApproved, strings.DashColLate].map((h) => (
                    <th scope="col" key={h} className={styles.number}>
                      {h}
                    </th>
                  ))
                : undefined}
              {[strings.DashColSelfEvaluated, strings.DashColMinutes, strings.ColumnDecided, strings.DashColPublished].map((h) => (
                <th scope="col" key={h} className={styles.number}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className={compact.totals}>
              <th scope="row">{strings.DashTotal}</th>
              <FigureCells figures={totals} hasPeriod={!!period} ignoredColumn={ignoredColumn} />
            </tr>
            {rows}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function FigureCells({ figures, hasPeriod, ignoredColumn, late }: { figures: StepFigures; hasPeriod: boolean; ignoredColumn: boolean; late?: React.ReactNode }): JSX.Element {
  const { locale } = useUi();
  const count = (n: number): string => new Intl.NumberFormat(locale).format(n);
  const p = figures.period;
  const y = figures.year;
  return (
    <>
      {hasPeriod ? (
        <>
          <td className={styles.number}>{count(p.applies)}</td>
          <td className={styles.number}>{count(p.submitted)}</td>
          <td className={styles.number}>{count(p.returned)}</td>
          <td className={styles.number}>{count(p.approved)}</td>
          <td className={styles.number}>
            {p.late ? <strong>{count(p.late)}</strong> : count(0)}
            {late}
          </td>
        </>
      ) : undefined}
      <td className={styles.number}>{count(y.selfEvaluated)}</td>
      <td className={styles.number}>{count(y.inMinutes)}</td>
      <td className={styles.number}>{count(y.decided)}</td>
      <td className={styles.number}>{count(y.published)}</td>
      {ignoredColumn ? <td className={styles.number}>{figures.ignoredActs ? <strong>{count(figures.ignoredActs)}</strong> : count(0)}</td> : undefined}
    </>
  );
}

/** What a unit's link opens, read with each link (the unit's name alone is the link's text). */
function sheetHintId(year: number): string {
  return `dgcc-dashboard-sheet-${year}`;
}

/** A tree row's indent: a level is a step in. */
function indent(depth: number): React.CSSProperties {
  return { paddingLeft: `${0.375 + depth * 1.25}rem` };
}

function UnitRow(props: { node: DashboardNode; open: boolean; onToggle: () => void; view: DashboardView; ignoredColumn: boolean }): JSX.Element {
  const { strings } = useUi();
  const { node, open, view } = props;
  const { row } = node;
  const { year, period } = view;
  // A root shows where it sits ("Cục Báo chí › Phòng Báo in"); a nested row its own name under its parent.
  const name = node.depth === 0 ? row.unitName : row.shortName;
  const hasDetails = node.children.length > 0 || node.people.length > 0;
  const remind =
    row.readerIsHr && period && node.branch.period.late > 0 ? (
      <>
        {' '}
        <a
          className={compact.remind}
          href={placeLink(window.location.href, { view: 'admin', screen: 'reminders', periodId: period.id, unit: row.unitCode })}
          aria-label={format(strings.DashRemindLabel, periodNameInSentence(strings, period), row.unitName)}
        >
          {strings.DashRemind}
        </a>
      </>
    ) : undefined;
  return (
    <tr>
      <th scope="row" style={indent(node.depth)}>
        <span className={compact.unitName}>
          {hasDetails ? (
            <button type="button" className={compact.disclosure} aria-expanded={open} aria-label={format(strings.DashOpenUnit, row.unitName)} onClick={props.onToggle}>
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false" className={open ? compact.chevronOpen : compact.chevron}>
                <path d="M5 3l6 5-6 5z" />
              </svg>
            </button>
          ) : (
            <span className={compact.noDisclosure} aria-hidden="true" />
          )}
          {row.readerActsOnYear ? (
            // The full name is the link's name, so a nested row's link still says which unit (its words shown are part of it).
            <a
              href={placeLink(window.location.href, { view: 'review', screen: 'unitYear', year, unit: row.unitCode })}
              aria-label={row.unitName !== name ? row.unitName : undefined}
              aria-describedby={sheetHintId(year)}
            >
              {name}
            </a>
          ) : (
            <span>{name}</span>
          )}
        </span>
      </th>
      <FigureCells figures={node.branch} hasPeriod={!!period} ignoredColumn={props.ignoredColumn} late={remind} />
    </tr>
  );
}

/** One person of an opened unit: name and position, the period's status and score, late, the year's steps and rating. */
function PersonRow(props: { person: PersonProgress; depth: number; hasPeriod: boolean; ignoredColumn: boolean; link?: PersonLink }): JSX.Element {
  const { strings, locale } = useUi();
  const { person } = props;
  const yes = (done: boolean): string => (done ? strings.DashYes : strings.DashNotYet);
  const p = person.period;
  const status = p ? strings[`DashPerson_${p.status}` as keyof IDanhGiaStrings] : undefined;
  const rating = person.year.rating;
  return (
    <tr className={compact.person}>
      <th scope="row" style={indent(props.depth)}>
        <span className={compact.noDisclosure} aria-hidden="true" />
        {props.link ? (
          <a href={props.link.href(person.login)} onClick={(e) => followInPage(e, () => props.link && props.link.open(person.login))}>
            {person.displayName}
          </a>
        ) : (
          person.displayName
        )}
        {person.position ? ` – ${person.position}` : ''}
      </th>
      {props.hasPeriod ? (
        p ? (
          <>
            <td className={styles.number}>{strings.DashYes}</td>
            <td colSpan={3}>{p.status === 'APPROVED' && typeof p.score === 'number' ? format(strings.DashPersonScore, status || '', formatScore(p.score, locale)) : status}</td>
            <td className={styles.number}>{p.late ? <strong>{strings.DashColLate}</strong> : '–'}</td>
          </>
        ) : (
          <td colSpan={5}>{strings.DashNotApplicable}</td>
        )
      ) : undefined}
      <td className={styles.number}>{yes(person.year.selfEvaluated)}</td>
      <td className={styles.number}>{yes(person.year.inMinutes)}</td>
      <td className={styles.number}>
        {rating && (RATING_LEVELS as readonly string[]).indexOf(rating) >= 0 ? (
          <>
            <abbr title={ratingLabel(strings, rating)} aria-hidden="true">
              {rating}
            </abbr>
            <span className={styles.visuallyHidden}>{ratingLabel(strings, rating)}</span>
          </>
        ) : rating ? (
          ratingLabel(strings, rating)
        ) : (
          strings.DashNotYet
        )}
      </td>
      <td className={styles.number}>{yes(person.year.published)}</td>
      {props.ignoredColumn ? <td /> : undefined}
    </tr>
  );
}
