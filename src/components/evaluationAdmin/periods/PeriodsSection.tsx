import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { DatePicker, type IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { JournalEntry } from '../../../domain/admin/journal';
import type { DeadlineScope, PeriodProblem, PlannedPeriod } from '../../../domain/admin/periods';
import type { EvaluationPeriod } from '../../../domain/evaluation/model';
import type { PeriodAdminRow, PeriodsAdminView } from '../../../services/admin/contracts';
import { httpStatusOf } from '../../../services/sharepoint/odata';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { describeError } from '../../common/describeError';
import { format, formatDate } from '../../common/format';
import { periodName, periodNameInSentence, periodStatusLabel } from '../../common/labels';
import { LoadView } from '../../common/LoadView';
import type { RootProps } from '../../common/RootProps';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';
import { useLoad } from '../../common/useLoad';
import { usePlacedYear } from '../../common/usePlace';

type Strings = ReturnType<typeof useUi>['strings'];
type Services = RootProps['services'];

/** A refusal by the domain's rules (PeriodChangeRefused), told apart without loading the class. */
function problemOf(error: unknown): PeriodProblem | undefined {
  const problem = error && typeof error === 'object' ? (error as { problem?: unknown }).problem : undefined;
  return typeof problem === 'string' ? (problem as PeriodProblem) : undefined;
}

function problemText(strings: Strings, problem: PeriodProblem): string {
  return strings[`PerProblem_${problem}` as keyof Strings] || problem;
}

/** What went wrong, in one sentence that says what to do. */
function failureText(strings: Strings, error: unknown): string {
  const problem = problemOf(error);
  if (problem) return format(strings.PerFailed, problemText(strings, problem));
  if (httpStatusOf(error) === 403) return strings.PerForbidden;
  return format(strings.PerFailed, describeError(error));
}

/** Accents and case ignored: "ha noi" finds "Hà Nội". */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** The calendar day picked, stored as SharePoint stores a date: midnight UTC of that day. */
const dayIso = (date: Date): string => new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())).toISOString();

/** dd/mm/yyyy (and d/m/yyyy) as typed by a Vietnamese user; null (Fluent's "not a date") otherwise. */
// eslint-disable-next-line @rushstack/no-new-null
function parseTypedDate(text: string): Date | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  // eslint-disable-next-line @rushstack/no-new-null
  if (!match) return null;
  const date = new Date(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
  // eslint-disable-next-line @rushstack/no-new-null
  return date.getDate() === Number(match[1]) && date.getMonth() === Number(match[2]) - 1 ? date : null;
}

function pickerStrings(strings: Strings, locale: string): IDatePickerStrings {
  const month = (m: number, style: 'long' | 'short'): string => new Intl.DateTimeFormat(locale, { month: style }).format(new Date(2026, m, 1));
  const day = (d: number, style: 'long' | 'narrow'): string => new Intl.DateTimeFormat(locale, { weekday: style }).format(new Date(2026, 1, 1 + d));
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  return {
    months: range(12).map((m) => month(m, 'long')),
    shortMonths: range(12).map((m) => month(m, 'short')),
    days: range(7).map((d) => day(d, 'long')),
    shortDays: range(7).map((d) => day(d, 'narrow')),
    goToToday: locale.indexOf('vi') === 0 ? 'Hôm nay' : 'Today',
    prevMonthAriaLabel: locale.indexOf('vi') === 0 ? 'Tháng trước' : 'Previous month',
    nextMonthAriaLabel: locale.indexOf('vi') === 0 ? 'Tháng sau' : 'Next month',
    prevYearAriaLabel: locale.indexOf('vi') === 0 ? 'Năm trước' : 'Previous year',
    nextYearAriaLabel: locale.indexOf('vi') === 0 ? 'Năm sau' : 'Next year',
    closeButtonAriaLabel: strings.PerDialogClose,
    invalidInputErrorMessage: strings.PerDeadlineRequired,
    isRequiredErrorMessage: strings.PerDeadlineRequired
  };
}

type Dialogs =
  | { kind: 'none' }
  | { kind: 'confirm'; action: 'OPEN' | 'LOCK' | 'CLOSE'; period: EvaluationPeriod }
  | { kind: 'reopen'; period: EvaluationPeriod }
  | { kind: 'deadline'; period: EvaluationPeriod }
  | { kind: 'create'; year: number };

type Done = { ok: true; text: string } | { ok: false; text: string };

/** "Kỳ đánh giá": the year's periods, their state, deadline and progress; HR's actions on each, and their history. */
export function PeriodsSection({ services, year }: { services: Services; year: number }): JSX.Element {
  const { strings } = useUi();
  // The year shown is kept in the address with the tab (a reload, the back button).
  const [shownYear, setShownYear] = usePlacedYear('admin', 'periods', year, [year - 1, year, year + 1]);
  const [generation, setGeneration] = React.useState(0);
  const [load, reload] = useLoad(() => services.admin.periods.getPeriods(shownYear), [services, shownYear, generation]);
  // The journal is HR's alone (others get SharePoint's 404): read when asked, not on every view.
  const [historyShown, setHistoryShown] = React.useState(false);
  const [history, reloadHistory] = useLoad(() => (historyShown ? services.admin.periods.history(shownYear) : Promise.resolve([])), [services, shownYear, generation, historyShown]);
  const [done, setDone] = React.useState<Done | undefined>(undefined);
  const changed = (message: Done): void => {
    setDone(message);
    setGeneration((g) => g + 1);
  };
  const years: IDropdownOption[] = [year - 1, year, year + 1].map((y) => ({ key: y, text: String(y) }));
  return (
    <section aria-labelledby="dgcc-periods">
      <h3 className={styles.heading} id="dgcc-periods">
        {format(strings.AdminPeriodsHeading, shownYear)}
      </h3>
      <p>{strings.PerIntro}</p>
      <div className={styles.fieldRow}>
        <Dropdown label={strings.PerYearLabel} options={years} selectedKey={shownYear} onChange={(_e, o) => o && setShownYear(Number(o.key))} />
      </div>
      {done ? (
        <MessageBar messageBarType={done.ok ? MessageBarType.success : MessageBarType.error} isMultiline onDismiss={() => setDone(undefined)} dismissButtonAriaLabel={strings.PerDialogClose}>
          {done.text}
        </MessageBar>
      ) : undefined}
      <LoadView load={load} onRetry={reload}>
        {(view) => <Periods view={view} services={services} onDone={changed} nextYear={year + 1} />}
      </LoadView>
      {historyShown ? (
        <LoadView load={history} onRetry={reloadHistory}>
          {(entries) => <History entries={entries} year={shownYear} />}
        </LoadView>
      ) : (
        <DefaultButton onClick={() => setHistoryShown(true)}>{format(strings.PerHistoryShow, shownYear)}</DefaultButton>
      )}
    </section>
  );
}

function Periods({ view, services, onDone, nextYear }: { view: PeriodsAdminView; services: Services; onDone: (d: Done) => void; nextYear: number }): JSX.Element {
  const { strings, locale } = useUi();
  const [dialog, setDialog] = React.useState<Dialogs>({ kind: 'none' });
  // The confirmation stays mounted: it runs the act once it has closed (ConfirmDialog).
  const [confirm, setConfirm] = React.useState<{ action: 'OPEN' | 'LOCK' | 'CLOSE'; period: EvaluationPeriod } | undefined>(undefined);
  const [confirmOpen, setConfirmOpen] = React.useState(false);
  const act = (d: Dialogs): void => {
    if (d.kind === 'confirm') {
      setConfirm({ action: d.action, period: d.period });
      setConfirmOpen(true);
    } else setDialog(d);
  };
  const [busy, setBusy] = React.useState(false);
  const close = (): void => setDialog({ kind: 'none' });
  const name = (p: EvaluationPeriod): string => periodNameInSentence(strings, p);
  const run = (work: () => Promise<string>): void => {
    setBusy(true);
    work().then(
      (text) => {
        setBusy(false);
        close();
        onDone({ ok: true, text });
      },
      (error: unknown) => {
        setBusy(false);
        close();
        onDone({ ok: false, text: failureText(strings, error) });
      }
    );
  };
  const confirmAction = (action: 'OPEN' | 'LOCK' | 'CLOSE', period: EvaluationPeriod): void => {
    const admin = services.admin.periods;
    if (action === 'OPEN') run(() => admin.open(period.id).then(() => format(strings.PerOpened, name(period))));
    else if (action === 'LOCK') run(() => admin.lock(period.id).then(() => format(strings.PerLocked, name(period))));
    else run(() => admin.close(period.id).then(() => format(strings.PerClosed, name(period))));
  };
  const createFor = view.year >= nextYear ? view.year : nextYear;
  return (
    <>
      <p>{format(strings.PerKindNote, view.ministryKind === 'QUARTER' ? strings.PerKindQuarter : strings.PerKindMonth)}</p>
      <div className={styles.actions}>
        <DefaultButton onClick={() => setDialog({ kind: 'create', year: createFor })}>{format(strings.PerCreateButton, createFor)}</DefaultButton>
        {view.year !== createFor ? (
          <DefaultButton onClick={() => setDialog({ kind: 'create', year: view.year })}>{format(strings.PerCreateButton, view.year)}</DefaultButton>
        ) : undefined}
      </div>
      {view.rows.length === 0 ? (
        <p>{format(strings.AdminPeriodsEmpty, view.year)}</p>
      ) : (
        <table className={styles.table}>
          <caption>{format(strings.AdminPeriodsHeading, view.year)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnPeriod}</th>
              <th scope="col">{strings.ColumnStatus}</th>
              <th scope="col">{strings.ColumnDeadline}</th>
              <th scope="col">{strings.PerColProgress}</th>
              <th scope="col">{strings.PerColActions}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <PeriodRow key={row.period.id} row={row} onAction={act} />
            ))}
          </tbody>
        </table>
      )}
      {confirm ? (
        <ConfirmDialog
          open={confirmOpen}
          title={format(confirm.action === 'OPEN' ? strings.PerOpenTitle : confirm.action === 'LOCK' ? strings.PerLockTitle : strings.PerCloseTitle, name(confirm.period))}
          text={confirm.action === 'OPEN' ? format(strings.PerOpenText, name(confirm.period)) : confirm.action === 'LOCK' ? strings.PerLockText : strings.PerCloseText}
          confirmText={confirm.action === 'OPEN' ? strings.PerOpen : confirm.action === 'LOCK' ? strings.PerLock : strings.PerClose}
          onClose={() => setConfirmOpen(false)}
          onConfirm={() => confirmAction(confirm.action, confirm.period)}
        />
      ) : undefined}
      {dialog.kind === 'reopen' ? (
        <ReopenDialog
          period={dialog.period}
          busy={busy}
          onCancel={close}
          onSubmit={(to, reason) =>
            run(() => services.admin.periods.reopen(dialog.period.id, to, reason).then(() => format(strings.PerReopened, name(dialog.period), to === 'OPEN' ? strings.PerForAll : strings.PerForManagers)))
          }
        />
      ) : undefined}
      {dialog.kind === 'deadline' ? (
        <DeadlineDialog
          period={dialog.period}
          view={view}
          busy={busy}
          onCancel={close}
          onSubmit={(scope, deadline, reason, whom) =>
            run(() =>
              services.admin.periods
                .setDeadline(dialog.period.id, scope, deadline, reason)
                .then(() =>
                  scope.kind === 'MINISTRY'
                    ? format(strings.PerDeadlineSet, name(dialog.period), formatDate(deadline, locale))
                    : format(strings.PerDeadlineExtended, name(dialog.period), whom, formatDate(deadline, locale))
                )
            )
          }
        />
      ) : undefined}
      {dialog.kind === 'create' ? (
        <CreateDialog
          year={dialog.year}
          services={services}
          busy={busy}
          onCancel={close}
          onSubmit={(day) =>
            run(() =>
              services.admin.periods
                .createYear(dialog.year, day)
                .then((created) => (created.length ? format(strings.PerCreated, created.length, dialog.year) : format(strings.PerCreatedNone, dialog.year)))
            )
          }
        />
      ) : undefined}
    </>
  );
}

function PeriodRow({ row, onAction }: { row: PeriodAdminRow; onAction: (d: Dialogs) => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { period, planned, progress } = row;
  const name = periodName(strings, period);
  const overrides = period.deadlineOverrides || [];
  const button = (text: string, aria: string, dialog: Dialogs): JSX.Element => (
    <DefaultButton text={text} ariaLabel={format(aria, periodNameInSentence(strings, period))} onClick={() => onAction(dialog)} />
  );
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{planned ? strings.PerStatusPlanned : periodStatusLabel(strings, period.status)}</td>
      <td>
        {period.deadline ? formatDate(period.deadline, locale) : ''}
        {overrides.length ? (
          <>
            {' '}
            <span className={styles.muted}>({format(strings.PerExtensionsCount, overrides.length)})</span>
          </>
        ) : undefined}
      </td>
      <td>{progress ? format(strings.PerProgress, progress.submitted, progress.people, progress.scored, progress.late) : strings.PerProgressNone}</td>
      <td>
        <div className={styles.actions}>
          {planned ? button(strings.PerOpen, strings.PerOpenAria, { kind: 'confirm', action: 'OPEN', period }) : undefined}
          {period.status === 'OPEN' ? button(strings.PerLock, strings.PerLockAria, { kind: 'confirm', action: 'LOCK', period }) : undefined}
          {period.status === 'LOCKED' && !planned ? button(strings.PerClose, strings.PerCloseAria, { kind: 'confirm', action: 'CLOSE', period }) : undefined}
          {period.status !== 'OPEN' && !planned ? button(strings.PerReopen, strings.PerReopenAria, { kind: 'reopen', period }) : undefined}
          {period.status !== 'CLOSED' ? button(strings.PerExtend, strings.PerExtendAria, { kind: 'deadline', period }) : undefined}
        </div>
      </td>
    </tr>
  );
}

/** A modal form: focus stays inside, Escape cancels, the reason's error is next to it. */
function FormDialog(props: { title: string; busy: boolean; submitText: string; onSubmit: () => void; onCancel: () => void; children: React.ReactNode }): JSX.Element {
  const { strings } = useUi();
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.close, title: props.title, closeButtonAriaLabel: strings.PerDialogClose }}
      modalProps={{ isBlocking: true }}
      minWidth={420}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!props.busy) props.onSubmit();
        }}
      >
        {props.children}
        <DialogFooter>
          {props.busy ? <Spinner size={SpinnerSize.small} /> : undefined}
          <PrimaryButton type="submit" disabled={props.busy} allowDisabledFocus>
            {props.submitText}
          </PrimaryButton>
          <DefaultButton onClick={props.onCancel}>{strings.PerCancel}</DefaultButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function ReopenDialog(props: { period: EvaluationPeriod; busy: boolean; onCancel: () => void; onSubmit: (to: 'OPEN' | 'LOCKED', reason: string) => void }): JSX.Element {
  const { strings } = useUi();
  const closed = props.period.status === 'CLOSED';
  const [to, setTo] = React.useState<'OPEN' | 'LOCKED'>(closed ? 'LOCKED' : 'OPEN');
  const [reason, setReason] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const reasonError = tried && !reason.trim() ? strings.PerReasonRequired : undefined;
  const options: IChoiceGroupOption[] = [
    { key: 'LOCKED', text: strings.PerReopenForManagers },
    { key: 'OPEN', text: strings.PerReopenForAll }
  ];
  return (
    <FormDialog
      title={format(strings.PerReopenTitle, periodNameInSentence(strings, props.period))}
      busy={props.busy}
      submitText={strings.PerReopenConfirm}
      onCancel={props.onCancel}
      onSubmit={() => {
        setTried(true);
        if (reason.trim()) props.onSubmit(to, reason.trim());
      }}
    >
      {closed ? <ChoiceGroup label={strings.PerReopenFor} options={options} selectedKey={to} onChange={(_e, o) => o && setTo(o.key as 'OPEN' | 'LOCKED')} /> : undefined}
      <TextField label={strings.PerReason} required multiline rows={3} value={reason} onChange={(_e, v) => setReason(v || '')} errorMessage={reasonError} />
    </FormDialog>
  );
}

type ScopeKind = DeadlineScope['kind'];

function DeadlineDialog(props: {
  period: EvaluationPeriod;
  view: PeriodsAdminView;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (scope: DeadlineScope, deadline: string, reason: string, whom: string) => void;
}): JSX.Element {
  const { strings, locale } = useUi();
  const { view, period } = props;
  const [scope, setScope] = React.useState<ScopeKind>('UNIT');
  const [search, setSearch] = React.useState('');
  const [picked, setPicked] = React.useState<string | undefined>(undefined);
  const [date, setDate] = React.useState<Date | undefined>(undefined);
  const [reason, setReason] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const unitName = (code: string): string => (view.units.find((u) => u.code === code) || { name: code }).name;
  const personName = (login: string): string => {
    const p = view.people.find((x) => x.login === login);
    return p ? p.displayName : login;
  };
  const candidates: IDropdownOption[] = React.useMemo(() => {
    const needle = fold(search.trim());
    if (scope === 'UNIT') return view.units.filter((u) => !needle || fold(u.name).indexOf(needle) >= 0 || fold(u.code).indexOf(needle) >= 0).map((u) => ({ key: u.code, text: u.name }));
    if (scope === 'PERSON')
      return view.people
        .filter((p) => !needle || fold(`${p.displayName} ${p.jobTitle || ''} ${p.login}`).indexOf(needle) >= 0)
        .slice(0, 100)
        .map((p) => ({ key: p.login, text: `${p.displayName}${p.jobTitle ? ` · ${p.jobTitle}` : ''} · ${unitName(p.unitCode)}` }));
    return [];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope, search, view]);
  const scopes: IChoiceGroupOption[] = [
    { key: 'MINISTRY', text: strings.PerScopeMinistry },
    { key: 'UNIT', text: strings.PerScopeUnit },
    { key: 'PERSON', text: strings.PerScopePerson }
  ];
  const deadline = date ? dayIso(date) : undefined;
  const extension = scope !== 'MINISTRY';
  const dateError = !tried
    ? undefined
    : !deadline
      ? strings.PerDeadlineRequired
      : extension && period.deadline && deadline.slice(0, 10) <= formatIsoDay(period.deadline)
        ? format(strings.PerDeadlineNotLater, formatDate(period.deadline, locale))
        : undefined;
  const pickError = tried && extension && !picked ? (scope === 'UNIT' ? strings.PerPickUnitRequired : strings.PerPickPersonRequired) : undefined;
  const reasonError = tried && !reason.trim() ? strings.PerReasonRequired : undefined;
  const overrides = (period.deadlineOverrides || []).map((o) =>
    format(strings.PerHistExtension, o.unitCode ? unitName(o.unitCode) : personName(o.login || ''), formatDate(o.deadline, locale))
  );
  return (
    <FormDialog
      title={format(strings.PerDeadlineTitle, periodNameInSentence(strings, period))}
      busy={props.busy}
      submitText={strings.PerSave}
      onCancel={props.onCancel}
      onSubmit={() => {
        setTried(true);
        const ready = deadline && reason.trim() && (!extension || picked) && !(extension && period.deadline && deadline.slice(0, 10) <= formatIsoDay(period.deadline));
        if (!ready || !deadline) return;
        const chosen: DeadlineScope = scope === 'MINISTRY' ? { kind: 'MINISTRY' } : scope === 'UNIT' ? { kind: 'UNIT', unitCode: picked as string } : { kind: 'PERSON', login: picked as string };
        props.onSubmit(chosen, deadline, reason.trim(), scope === 'UNIT' ? unitName(picked as string) : scope === 'PERSON' ? personName(picked as string) : '');
      }}
    >
      <p>
        {period.deadline ? format(strings.PerCurrentDeadline, formatDate(period.deadline, locale)) : undefined}
        {overrides.length ? ` ${format(strings.PerCurrentExtensions, overrides.join('; '))}` : undefined}
      </p>
      <ChoiceGroup
        label={strings.PerScope}
        options={scopes}
        selectedKey={scope}
        onChange={(_e, o) => {
          if (!o) return;
          setScope(o.key as ScopeKind);
          setPicked(undefined);
          setSearch('');
        }}
      />
      {extension ? (
        <>
          <TextField label={scope === 'UNIT' ? strings.PerSearchUnit : strings.PerSearchPerson} value={search} onChange={(_e, v) => setSearch(v || '')} description={format(strings.PerMatches, candidates.length)} />
          <Dropdown
            label={scope === 'UNIT' ? strings.PerUnit : strings.PerPerson}
            required
            options={candidates}
            selectedKey={picked === undefined ? null : picked} // eslint-disable-line @rushstack/no-new-null
            placeholder={candidates.length ? undefined : strings.PerNoMatch}
            disabled={candidates.length === 0}
            onChange={(_e, o) => o && setPicked(String(o.key))}
            errorMessage={pickError}
          />
        </>
      ) : undefined}
      <DatePicker
        label={strings.PerNewDeadline}
        isRequired
        allowTextInput
        value={date}
        onSelectDate={(d) => setDate(d || undefined)}
        formatDate={(d) => (d ? formatDate(dayIso(d), locale) : '')}
        parseDateFromString={parseTypedDate}
        strings={pickerStrings(strings, locale)}
        textField={{ errorMessage: dateError }}
      />
      <TextField label={strings.PerReason} required multiline rows={3} value={reason} onChange={(_e, v) => setReason(v || '')} errorMessage={reasonError} />
    </FormDialog>
  );
}

/** The Hà Nội day of a stored deadline, to compare with a picked day. */
function formatIsoDay(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

function CreateDialog(props: { year: number; services: Services; busy: boolean; onCancel: () => void; onSubmit: (day: number) => void }): JSX.Element {
  const { strings } = useUi();
  const [dayText, setDayText] = React.useState('5');
  const day = /^\d{1,2}$/.test(dayText.trim()) ? Number(dayText.trim()) : NaN;
  const dayError = day >= 1 && day <= 28 ? undefined : strings.PerSubmissionDayInvalid;
  const [plan] = useLoad<PlannedPeriod[]>(() => (dayError ? Promise.resolve([]) : props.services.admin.periods.planYear(props.year, day)), [props.services, props.year, day]);
  const names = plan.state === 'ready' ? plan.data.map((p) => periodName(strings, p)).join(', ') : '';
  return (
    <FormDialog
      title={format(strings.PerCreateTitle, props.year)}
      busy={props.busy}
      submitText={strings.PerCreateConfirm}
      onCancel={props.onCancel}
      onSubmit={() => {
        if (!dayError) props.onSubmit(day);
      }}
    >
      <TextField label={strings.PerSubmissionDay} value={dayText} onChange={(_e, v) => setDayText(v || '')} errorMessage={dayError} description={strings.PerSubmissionDayHelp} inputMode="numeric" />
      {plan.state === 'loading' ? <Spinner size={SpinnerSize.small} label={strings.PerPlanLoading} /> : undefined}
      {plan.state === 'ready' ? (
        <p role="status">{plan.data.length ? format(strings.PerCreateText, plan.data.length, names) : format(strings.PerCreateNothing, props.year)}</p>
      ) : undefined}
      {plan.state === 'failed' ? <p role="alert">{failureText(strings, plan.error)}</p> : undefined}
    </FormDialog>
  );
}

function History({ entries, year }: { entries: JournalEntry[]; year: number }): JSX.Element {
  const { strings, locale } = useUi();
  const title = (entry: JournalEntry): string => {
    const after = (entry.after || entry.before) as { title?: unknown } | undefined;
    if (entry.subjectKey.indexOf('year:') === 0) return strings.PerHistYear;
    return after && typeof after === 'object' && typeof after.title === 'string' ? after.title : entry.subjectKey;
  };
  const change = (entry: JournalEntry): string => {
    const before = (entry.before || {}) as { status?: string; deadline?: string; scope?: DeadlineScope; deadlineOverrides?: Array<{ unitCode?: string; login?: string; deadline: string }> };
    const after = (entry.after || {}) as typeof before;
    if (Array.isArray(entry.after)) return format(strings.PerHistCreated, (entry.after as unknown[]).length);
    if (entry.action === 'EXTEND' && after.scope && after.scope.kind !== 'MINISTRY') {
      const key = after.scope.kind === 'UNIT' ? after.scope.unitCode : after.scope.login;
      const found = (after.deadlineOverrides || []).find((o) => o.unitCode === key || o.login === key);
      return format(strings.PerHistExtension, key, found ? formatDate(found.deadline, locale) : '');
    }
    if (entry.action === 'SET_DEADLINE') return format(strings.PerHistDeadline, before.deadline ? formatDate(before.deadline, locale) : '–', after.deadline ? formatDate(after.deadline, locale) : '–');
    const label = (s: string | undefined): string => (s === 'OPEN' || s === 'LOCKED' || s === 'CLOSED' ? periodStatusLabel(strings, s) : s || '–');
    return `${label(before.status)} → ${label(after.status)}`;
  };
  const when = (iso: string): string => {
    const d = new Date(iso);
    return isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  };
  return (
    <section aria-labelledby="dgcc-periods-history">
      <h4 className={styles.heading} id="dgcc-periods-history">
        {format(strings.PerHistoryHeading, year)}
      </h4>
      {entries.length === 0 ? (
        <p>{strings.PerHistoryEmpty}</p>
      ) : (
        <table className={styles.table}>
          <caption className={styles.visuallyHidden}>{format(strings.PerHistoryHeading, year)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.PerHistAt}</th>
              <th scope="col">{strings.PerHistBy}</th>
              <th scope="col">{strings.PerHistPeriod}</th>
              <th scope="col">{strings.PerHistAction}</th>
              <th scope="col">{strings.PerHistChange}</th>
              <th scope="col">{strings.PerHistReason}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{when(entry.at)}</td>
                <td>{entry.byName || entry.byLogin}</td>
                <th scope="row">{title(entry)}</th>
                <td>{strings[`PerAct_${entry.action}` as keyof Strings] || entry.action}</td>
                <td>{change(entry)}</td>
                <td>{entry.reason || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
