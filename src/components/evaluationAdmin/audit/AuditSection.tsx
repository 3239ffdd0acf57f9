import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import * as React from 'react';
import type { OutsideChange } from '../../../domain/admin/audit';
import type { JournalEntry } from '../../../domain/admin/journal';
import type { ActStep } from '../../../domain/org/authority';
import type { AuditedActView, AuditReport } from '../../../services/admin/contracts';
import type { UnitHistoryEntry } from '../../../services/contracts';
import { format, formatDate } from '../../common/format';
import { periodName } from '../../common/labels';
import { LoadView } from '../../common/LoadView';
import type { RootProps } from '../../common/RootProps';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';
import { useLoad } from '../../common/useLoad';
import { usePlacedYear } from '../../common/usePlace';

type Strings = ReturnType<typeof useUi>['strings'];

/** "14:05 30/11/2026": the journal's times, to the minute, in the ministry's time zone. */
function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return iso;
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
  return `${time} ${formatDate(iso, locale)}`;
}

function subjectLabel(strings: Strings, subject: JournalEntry['subject']): string {
  const labels: { [key: string]: string } = {
    PERIOD: strings.AuditSubjectPeriod,
    SETTING: strings.AuditSubjectSetting,
    PRODUCT: strings.AuditSubjectProduct,
    UNIT: strings.AuditSubjectUnit,
    PLAN: strings.AuditSubjectPlan,
    IMPORT: strings.AuditSubjectImport,
    REMINDER: strings.AuditSubjectReminder
  };
  return labels[subject] || strings.AuditSubjectUnknown;
}

function stepName(strings: Strings, step: ActStep): string {
  const labels: { [key in ActStep]: string } = {
    SELF_ASSESSMENT: strings.AuditStepSelf,
    PERIOD_REVIEW: strings.AuditStepReview,
    MEETING_MINUTES: strings.AuditStepMinutes,
    DECISION: strings.AuditStepDecision,
    PUBLICATION: strings.AuditStepDecision,
    COMPLAINT: strings.AuditStepComplaint,
    COMPLAINT_ANSWER: strings.AuditStepAnswer
  };
  return labels[step];
}

/** A small JSON value as a line of text (the journal's before and after). */
function shown(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * HR's audit (tab "Nhật ký"): every change made through the administration (who, when, why, before and
 * after), what was changed around it (a period edited in its list, a dated row edited in place), the
 * units list's rows not counted or flagged, and, on request, every act of the year that does not count.
 */
export function AuditSection({ services, year }: Pick<RootProps, 'services'> & { year: number }): JSX.Element {
  const { strings } = useUi();
  // The year shown is kept in the address with the tab (a reload, the back button).
  const [chosenYear, setChosenYear] = usePlacedYear('admin', 'audit', year, [year + 1, year, year - 1, year - 2]);
  const years: IDropdownOption[] = [year + 1, year, year - 1, year - 2].map((y) => ({ key: y, text: String(y) }));
  const [load, reload] = useLoad(() => services.admin.audit.getAudit(chosenYear), [services, chosenYear]);
  return (
    <section aria-labelledby="dgcc-audit">
      <h3 className={styles.heading} id="dgcc-audit">
        {format(strings.AuditHeading, chosenYear)}
      </h3>
      <p>{strings.AuditIntro}</p>
      <Dropdown label={strings.AuditYear} options={years} selectedKey={chosenYear} onChange={(_e, o) => o && setChosenYear(Number(o.key))} styles={{ root: { maxWidth: 160 } }} />
      <LoadView load={load} onRetry={reload}>
        {(report) => <AuditTables report={report} />}
      </LoadView>
      <IgnoredActs services={services} year={chosenYear} key={chosenYear} />
    </section>
  );
}

function AuditTables({ report }: { report: AuditReport }): JSX.Element {
  const { strings } = useUi();
  const [subject, setSubject] = React.useState<string>('ALL');
  const subjects = ['ALL', 'PERIOD', 'SETTING', 'PRODUCT', 'UNIT', 'PLAN', 'IMPORT', 'REMINDER'];
  const entries = subject === 'ALL' ? report.journal : report.journal.filter((e) => e.subject === subject);
  return (
    <>
      <Dropdown
        label={strings.AuditFilter}
        options={subjects.map((s) => ({ key: s, text: s === 'ALL' ? strings.AuditFilterAll : subjectLabel(strings, s as JournalEntry['subject']) }))}
        selectedKey={subject}
        onChange={(_e, o) => o && setSubject(String(o.key))}
        styles={{ root: { maxWidth: 260 } }}
      />
      {entries.length === 0 ? <p>{format(strings.AuditJournalEmpty, report.year)}</p> : <JournalTable entries={entries} year={report.year} />}
      <OutsideTable changes={report.outsideChanges} />
      <UnitRowsTable rows={report.unitRows} />
    </>
  );
}

function JournalTable({ entries, year }: { entries: JournalEntry[]; year: number }): JSX.Element {
  const { strings, locale } = useUi();
  return (
    <table className={styles.table}>
      <caption>{format(strings.AuditJournalCaption, year)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.AuditColWhen}</th>
          <th scope="col">{strings.AuditColWho}</th>
          <th scope="col">{strings.AuditColWhat}</th>
          <th scope="col">{strings.AuditColAction}</th>
          <th scope="col">{strings.AuditColReason}</th>
          <th scope="col">{strings.AuditColChange}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{formatTime(e.at, locale)}</td>
            <td>{e.byName || e.byLogin}</td>
            <th scope="row">
              {subjectLabel(strings, e.subject)} {e.subjectKey}
            </th>
            <td>{e.action}</td>
            <td>{e.reason || ''}</td>
            <td>
              {shown(e.before)} → {shown(e.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutsideTable({ changes }: { changes: OutsideChange[] }): JSX.Element {
  const { strings, locale } = useUi();
  if (changes.length === 0) return <p>{strings.AuditOutsideEmpty}</p>;
  return (
    <table className={styles.table}>
      <caption>{strings.AuditOutsideCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.AuditColItem}</th>
          <th scope="col">{strings.AuditColList}</th>
          <th scope="col">{strings.AuditColWho}</th>
          <th scope="col">{strings.AuditColWhen}</th>
          <th scope="col">{strings.AuditColWhy}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.list}-${c.itemId}`}>
            <th scope="row">{c.period ? periodName(strings, c.period) : c.title || `#${c.itemId}`}</th>
            <td>{c.list}</td>
            <td>{c.changedBy}</td>
            <td>{formatTime(c.changedAt, locale)}</td>
            <td>{c.why === 'PERIOD_NOT_JOURNALLED' ? strings.AuditOutsidePeriod : strings.AuditOutsideRow}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnitRowsTable({ rows }: { rows: UnitHistoryEntry[] }): JSX.Element {
  const { strings, locale } = useUi();
  if (rows.length === 0) return <p>{strings.AuditUnitsEmpty}</p>;
  return (
    <table className={styles.table}>
      <caption>{strings.AuditUnitsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.UnitHistoryColUnit}</th>
          <th scope="col">{strings.UnitHistoryColFrom}</th>
          <th scope="col">{strings.UnitHistoryColRecorded}</th>
          <th scope="col">{strings.UnitHistoryColNotes}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.unitName}</th>
            <td>{formatDate(r.from, locale)}</td>
            <td>
              {r.recordedByName}, {formatTime(r.recordedAt, locale)}
            </td>
            <td>
              {r.counted ? '' : <strong>{strings.UnitHistoryIgnored} </strong>}
              {r.notes.join(' ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Reads every list of acts of the year: only when HR asks (a ministry's year is many pages). */
function IgnoredActs({ services, year }: Pick<RootProps, 'services'> & { year: number }): JSX.Element {
  const { strings } = useUi();
  const [asked, setAsked] = React.useState(false);
  return (
    <section aria-labelledby="dgcc-audit-acts">
      <h4 className={styles.heading} id="dgcc-audit-acts">
        {format(strings.AuditActsHeading, year)}
      </h4>
      <p>{strings.AuditActsIntro}</p>
      {asked ? <IgnoredActsTable services={services} year={year} /> : <DefaultButton onClick={() => setAsked(true)}>{strings.AuditActsShow}</DefaultButton>}
    </section>
  );
}

function IgnoredActsTable({ services, year }: Pick<RootProps, 'services'> & { year: number }): JSX.Element {
  const { strings, locale } = useUi();
  const [load, reload] = useLoad(() => services.admin.audit.getActsThatDoNotCount(year), [services, year]);
  const checkLabel = (check: AuditedActView['check']): string =>
    check === 'AUTHORITY' ? strings.AuditCheckAuthority : check === 'PERIOD_WORKFLOW' ? strings.AuditCheckPeriod : strings.AuditCheckYear;
  return (
    <LoadView load={load} onRetry={reload}>
      {(acts) =>
        acts.length === 0 ? (
          <p role="status">{format(strings.AuditActsEmpty, year)}</p>
        ) : (
          <table className={styles.table}>
            <caption>{format(strings.AuditActsCaption, year, acts.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.AuditColWhen}</th>
                <th scope="col">{strings.AuditColStep}</th>
                <th scope="col">{strings.AuditColAbout}</th>
                <th scope="col">{strings.AuditColAuthor}</th>
                <th scope="col">{strings.AuditColCheck}</th>
                <th scope="col">{strings.AuditColWhy}</th>
              </tr>
            </thead>
            <tbody>
              {acts.map((a) => (
                <tr key={`${a.step}-${a.id}-${a.check}`}>
                  <td>{formatTime(a.at, locale)}</td>
                  <td>{stepName(strings, a.step)}</td>
                  <th scope="row">{a.subjectName}</th>
                  <td>{a.authorName}</td>
                  <td>{checkLabel(a.check)}</td>
                  <td>{a.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </LoadView>
  );
}
