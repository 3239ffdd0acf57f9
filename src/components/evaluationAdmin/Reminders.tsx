import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { deadlineReached } from '../../domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import { MAX_REMINDER_DAYS, type ReminderAudience, type ReminderChoice } from '../../domain/evaluation/reminderPlan';
import type { AppServices } from '../../services/contracts';
import { blocked } from '../../services/journey/availability';
import { StepNotAllowedError } from '../../services/journey/errors';
import { UNKNOWN_RECIPIENT } from '../../services/notifications/contracts';
import type { NoticeOutcome, ReminderAudiencePerson, ReminderAudienceView, ReminderPerson, ReminderPreview, ReminderSending, ReminderSkip } from '../../services/notifications/contracts';
import { actErrorText } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { format, formatDate } from '../common/format';
import { periodName, periodNameInSentence } from '../common/labels';
import { LoadView } from '../common/LoadView';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { Load, useLoad } from '../common/useLoad';
import { usePlace, usePlacedChoice } from '../common/usePlace';

/** At most this many search results are listed: more, and HR types more of the name. */
const SEARCH_SHOWN = 20;

/**
 * HR's reminders: a period with a deadline; when (before the deadline, for those who have not
 * submitted yet, or after it, for those late); whom (everyone, a unit with or without its sub-units,
 * chosen people); a copy to each direct manager or not. HR previews who gets what (by name and
 * position, never an address), confirms, and one message says what was sent and what failed. Nothing
 * is read until a period is chosen: the administration's first view stays within its request budget.
 * Anyone outside Vụ Tổ chức cán bộ is told why they cannot.
 */
export function Reminders(props: { services: AppServices; year: number; periods?: EvaluationPeriod[] }): JSX.Element {
  const { strings } = useUi();
  const { services, year } = props;
  return (
    <section aria-labelledby="dgcc-reminders-heading">
      <h3 id="dgcc-reminders-heading" className={styles.heading}>
        {strings.RemindHeading}
      </h3>
      {props.periods ? (
        <PeriodChoice services={services} year={year} periods={props.periods} />
      ) : (
        <LoadPeriods services={services} year={year} />
      )}
    </section>
  );
}

function LoadPeriods({ services, year }: { services: AppServices; year: number }): JSX.Element {
  const [load, reload] = useLoad(() => services.evaluation.getPeriods(year), [services, year]);
  return <LoadView load={load} onRetry={reload}>{(periods) => <PeriodChoice services={services} year={year} periods={periods} />}</LoadView>;
}

function PeriodChoice({ services, year, periods }: { services: AppServices; year: number; periods: EvaluationPeriod[] }): JSX.Element {
  const { strings, locale } = useUi();
  const withDeadline = periods.filter((p) => !!p.deadline);
  // The period chosen is kept in the address with the tab (a reload, the back button).
  const [chosenId, setChosenId] = usePlacedChoice('admin', 'reminders', 'periodId');
  if (withDeadline.length === 0) return <p>{format(strings.RemindNoPeriods, year)}</p>;
  const options: IDropdownOption[] = withDeadline.map((p) => ({
    key: p.id,
    text: format(strings.RemindPeriodOption, periodName(strings, p), formatDate(p.deadline || '', locale))
  }));
  const chosen = withDeadline.find((p) => p.id === chosenId);
  return (
    <>
      <p>{strings.RemindIntro}</p>
      <Dropdown
        label={strings.RemindPeriodLabel}
        placeholder={strings.RemindPeriodPlaceholder}
        options={options}
        selectedKey={chosenId === undefined ? null : chosenId} // eslint-disable-line @rushstack/no-new-null -- Fluent clears the selection with null
        onChange={(_e, option) => option && setChosenId(Number(option.key))}
        styles={{ root: { maxWidth: 360 } }}
      />
      {chosen ? <PeriodReminders key={chosen.id} services={services} period={chosen} /> : undefined}
    </>
  );
}

function refusal(load: Load<unknown>): StepNotAllowedError | undefined {
  return load.state === 'failed' && load.error instanceof StepNotAllowedError ? load.error : undefined;
}

function PeriodReminders({ services, period }: { services: AppServices; period: EvaluationPeriod }): JSX.Element {
  const [load, reload] = useLoad(() => services.reminders.getAudience(period.id), [services, period.id]);
  const refused = refusal(load);
  if (refused) return <BlockedNote availability={blocked(refused.reason)} />;
  return <LoadView load={load} onRetry={reload}>{(audience) => <Composer services={services} period={period} audience={audience} />}</LoadView>;
}

/** "Nguyễn Văn An – Chuyên viên": how the screen names a person (never by address). */
function nameAndPosition(person: ReminderPerson): string {
  return person.position ? `${person.displayName} – ${person.position}` : person.displayName;
}

/** Case and diacritics do not matter in a search: "nguyen van an" finds "Nguyễn Văn An". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

type Timing = 'BEFORE' | 'AFTER';
type Whom = ReminderAudience['kind'];
type Step = { state: 'idle' } | { state: 'busy' } | { state: 'failed'; error: unknown } | { state: 'done'; preview: ReminderPreview };
type Sending = { state: 'idle' } | { state: 'busy' } | { state: 'failed'; error: unknown } | { state: 'done'; sending: ReminderSending };

function Composer({ services, period, audience }: { services: AppServices; period: EvaluationPeriod; audience: ReminderAudienceView }): JSX.Element {
  const { strings } = useUi();
  const [timing, setTiming] = React.useState<Timing>(deadlineReached(period.deadline, services.today()) ? 'AFTER' : 'BEFORE');
  const [days, setDays] = React.useState(String(audience.reminderDays));
  // A unit named in the address (the dashboard's «Nhắc hạn» link) is chosen already: whom = that unit.
  const [place] = usePlace('admin');
  const placedUnit = place.screen === 'reminders' && place.unit && audience.units.some((u) => u.code === place.unit) ? place.unit : undefined;
  const [whom, setWhom] = React.useState<Whom>(placedUnit ? 'UNIT' : 'ALL');
  const [unitCode, setUnitCode] = React.useState<string | undefined>(placedUnit);
  const [withSubUnits, setWithSubUnits] = React.useState(true);
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [copy, setCopy] = React.useState(true);
  const [checked, setChecked] = React.useState(false);
  const [step, setStep] = React.useState<Step>({ state: 'idle' });
  const [sending, setSending] = React.useState<Sending>({ state: 'idle' });
  const [confirming, setConfirming] = React.useState(false);
  const asked = React.useRef(0);
  // Any change of the choice makes the preview stale: it is asked for again before anything is sent.
  const changed =
    <T,>(set: (value: T) => void): ((value: T) => void) =>
    (value: T): void => {
    set(value);
    asked.current++;
    setStep({ state: 'idle' });
    setSending({ state: 'idle' });
  };

  const daysNumber = /^\d{1,3}$/.test(days.trim()) ? Number(days.trim()) : NaN;
  const daysProblem = timing === 'BEFORE' && !(daysNumber >= 0 && daysNumber <= MAX_REMINDER_DAYS) ? format(strings.RemindDaysInvalid, MAX_REMINDER_DAYS) : undefined;
  const unitProblem = whom === 'UNIT' && !unitCode ? strings.RemindUnitRequired : undefined;
  const peopleProblem = whom === 'PEOPLE' && chosen.length === 0 ? strings.RemindPeopleRequired : undefined;
  const choice = (): ReminderChoice | undefined => {
    if (daysProblem || unitProblem || peopleProblem) return undefined;
    const audienceChoice: ReminderAudience =
      whom === 'UNIT' ? { kind: 'UNIT', unitCode: unitCode as string, withSubUnits } : whom === 'PEOPLE' ? { kind: 'PEOPLE', logins: chosen } : { kind: 'ALL' };
    return { audience: audienceChoice, timing: timing === 'BEFORE' ? { kind: 'BEFORE', days: daysNumber } : { kind: 'AFTER' }, copyToManagers: copy };
  };

  const preview = (): void => {
    setChecked(true);
    const c = choice();
    if (!c) return;
    const ask = ++asked.current;
    setStep({ state: 'busy' });
    setSending({ state: 'idle' });
    services.reminders.preview(period.id, c).then(
      (result) => ask === asked.current && setStep({ state: 'done', preview: result }),
      (error: unknown) => ask === asked.current && setStep({ state: 'failed', error })
    );
  };

  const send = (): void => {
    const c = choice();
    if (!c || step.state !== 'done' || sending.state === 'busy') return;
    setSending({ state: 'busy' });
    services.reminders.send(period.id, c, step.preview.recipients.map((r) => r.login)).then(
      (result) => setSending({ state: 'done', sending: result }),
      (error: unknown) => setSending({ state: 'failed', error })
    );
  };

  const name = periodNameInSentence(strings, period);
  const shown = step.state === 'done' ? step.preview : undefined;
  const notices = shown ? shown.recipients.length + shown.managerCopies.length : 0;
  return (
    <div className={styles.form}>
      <ChoiceGroup
        label={strings.RemindWhenLabel}
        selectedKey={timing}
        options={[
          { key: 'BEFORE', text: strings.RemindWhenBefore },
          { key: 'AFTER', text: strings.RemindWhenAfter }
        ]}
        onChange={(_e, option) => option && changed(setTiming)(option.key as Timing)}
      />
      {timing === 'BEFORE' ? (
        <TextField
          label={strings.RemindDaysLabel}
          value={days}
          inputMode="numeric"
          onChange={(_e, value) => changed(setDays)(value || '')}
          errorMessage={checked ? daysProblem : undefined}
          styles={{ root: { maxWidth: 200 } }}
        />
      ) : undefined}
      <ChoiceGroup
        label={strings.RemindWhomLabel}
        selectedKey={whom}
        options={[
          { key: 'ALL', text: strings.RemindWhomAll },
          { key: 'UNIT', text: strings.RemindWhomUnit },
          { key: 'PEOPLE', text: strings.RemindWhomPeople }
        ]}
        onChange={(_e, option) => option && changed(setWhom)(option.key as Whom)}
      />
      {whom === 'UNIT' ? (
        <>
          <Dropdown
            label={strings.RemindUnitLabel}
            placeholder={strings.RemindUnitPlaceholder}
            options={audience.units.map((u) => ({ key: u.code, text: u.name }))}
            selectedKey={unitCode === undefined ? null : unitCode} // eslint-disable-line @rushstack/no-new-null -- Fluent clears the selection with null
            onChange={(_e, option) => option && changed(setUnitCode)(String(option.key))}
            errorMessage={checked ? unitProblem : undefined}
            styles={{ root: { maxWidth: 480 } }}
          />
          <Checkbox label={strings.RemindSubUnits} checked={withSubUnits} onChange={(_e, value) => changed(setWithSubUnits)(!!value)} />
        </>
      ) : undefined}
      {whom === 'PEOPLE' ? <PeoplePicker people={audience.people} chosen={chosen} onChange={changed(setChosen)} problem={checked ? peopleProblem : undefined} /> : undefined}
      <Checkbox label={strings.RemindCopyManagers} checked={copy} onChange={(_e, value) => changed(setCopy)(!!value)} />
      <div className={styles.actions}>
        {/* Focusable while disabled: a keyboard user stays on the button while it loads (WCAG 2.4.3). */}
        <DefaultButton onClick={preview} disabled={step.state === 'busy'} allowDisabledFocus>
          {strings.RemindPreview}
        </DefaultButton>
      </div>
      {step.state === 'busy' ? <Spinner size={SpinnerSize.small} label={strings.Loading} /> : undefined}
      {step.state === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {actErrorText(strings, step.error)}
        </MessageBar>
      ) : undefined}
      {shown ? (
        <>
          <PreviewTables period={period} preview={sending.state === 'done' ? sending.sending.sent : shown} outcome={sending.state === 'done' ? sending.sending.outcome : undefined} />
          {notices === 0 ? <p role="status">{strings.RemindNobody}</p> : undefined}
          {notices > 0 && sending.state !== 'done' ? (
            <div className={styles.actions}>
              <PrimaryButton onClick={() => setConfirming(true)} disabled={sending.state === 'busy'} allowDisabledFocus>
                {format(strings.RemindSend, notices)}
              </PrimaryButton>
            </div>
          ) : undefined}
          <ConfirmDialog
            open={confirming}
            title={strings.RemindConfirmTitle}
            text={format(strings.RemindConfirmText, shown.recipients.length, shown.managerCopies.length, name)}
            confirmText={strings.RemindConfirm}
            onClose={() => setConfirming(false)}
            onConfirm={send}
          />
        </>
      ) : undefined}
      {sending.state === 'busy' ? <Spinner size={SpinnerSize.small} label={strings.RemindSending} /> : undefined}
      {/* MessageBar announces itself (alert for an error, status otherwise): no live region around it. */}
      {sending.state === 'failed' || sending.state === 'done' ? (
        <Outcome>
          {sending.state === 'failed' ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {actErrorText(strings, sending.error)}
            </MessageBar>
          ) : (
            <SentMessage sending={sending.sending} />
          )}
        </Outcome>
      ) : undefined}
    </div>
  );
}

/** Searchable choice among the people the period applies to (name, position or unit). */
function PeoplePicker(props: { people: ReminderAudiencePerson[]; chosen: string[]; onChange: (chosen: string[]) => void; problem?: string }): JSX.Element {
  const { strings } = useUi();
  const { people, chosen, onChange } = props;
  const [query, setQuery] = React.useState('');
  const words = folded(query).split(/\s+/).filter((w) => !!w);
  const matches = words.length ? people.filter((p) => words.every((w) => folded(`${p.displayName} ${p.position || ''} ${p.unitName}`).indexOf(w) >= 0)) : [];
  const toggle = (login: string, on: boolean): void => onChange(on ? chosen.concat([login]) : chosen.filter((l) => l !== login));
  const chosenPeople = chosen.map((login) => people.find((p) => p.login === login)).filter((p): p is ReminderAudiencePerson => !!p);
  const label = (p: ReminderAudiencePerson): string => {
    const text = `${nameAndPosition(p)}, ${p.unitName}`;
    return p.submitted ? format(strings.RemindSubmittedMark, text) : text;
  };
  return (
    <div>
      <TextField label={strings.RemindSearchLabel} value={query} onChange={(_e, value) => setQuery(value || '')} errorMessage={props.problem} styles={{ root: { maxWidth: 480 } }} />
      {words.length ? (
        <div role="group" aria-label={strings.RemindSearchResults}>
          {matches.length === 0 ? <p>{strings.RemindSearchNone}</p> : undefined}
          {matches.slice(0, SEARCH_SHOWN).map((p) => (
            <Checkbox key={p.login} label={label(p)} checked={chosen.indexOf(p.login) >= 0} onChange={(_e, value) => toggle(p.login, !!value)} />
          ))}
          {matches.length > SEARCH_SHOWN ? <p>{format(strings.RemindSearchMore, matches.length - SEARCH_SHOWN)}</p> : undefined}
        </div>
      ) : undefined}
      <p role="status">{chosenPeople.length ? format(strings.RemindChosenHeading, chosenPeople.length) : strings.RemindChosenNone}</p>
      {chosenPeople.length ? (
        <ul>
          {chosenPeople.map((p) => (
            <li key={p.login}>
              {label(p)}{' '}
              <DefaultButton onClick={() => toggle(p.login, false)} ariaLabel={format(strings.RemindUnchoose, p.displayName)}>
                {strings.RemindUnchooseShort}
              </DefaultButton>
            </li>
          ))}
        </ul>
      ) : undefined}
    </div>
  );
}

function resultText(strings: IDanhGiaStrings, outcome: NoticeOutcome, login: string): string | undefined {
  const failed = outcome.failed.filter((f) => f.to === login)[0];
  if (failed) return format(strings.NoticeNotSent, failed.error === UNKNOWN_RECIPIENT ? strings.NoticeUnknownRecipient : failed.error);
  const delivered = outcome.delivered.filter((d) => d.to === login)[0];
  if (delivered) return delivered.channel === 'TEAMS' ? strings.NoticeByTeams : strings.NoticeByMail;
  return undefined;
}

function deadlineText(strings: IDanhGiaStrings, locale: string, deadline: string, daysLeft: number): string {
  const day = formatDate(deadline, locale);
  if (daysLeft > 0) return format(strings.RemindDaysLeft, day, daysLeft);
  if (daysLeft === 0) return format(strings.RemindDueToday, day);
  return format(strings.RemindDaysLate, day, -daysLeft);
}

const SKIP_TEXT: { [reason in ReminderSkip]: (s: IDanhGiaStrings) => string } = {
  SUBMITTED: (s) => s.RemindSkip_SUBMITTED,
  NOT_DUE: (s) => s.RemindSkip_NOT_DUE,
  ALREADY_LATE: (s) => s.RemindSkip_ALREADY_LATE,
  NOT_IN_PERIOD: (s) => s.RemindSkip_NOT_IN_PERIOD
};

/** Who gets a reminder, which managers a copy (and about whom), who was left out; after sending, each one's result. */
function PreviewTables({ period, preview, outcome }: { period: EvaluationPeriod; preview: ReminderPreview; outcome?: NoticeOutcome }): JSX.Element {
  const { strings, locale } = useUi();
  const name = periodNameInSentence(strings, period);
  const nameOf = (login: string): string => {
    const r = preview.recipients.find((p) => p.login === login);
    return r ? r.displayName : login;
  };
  return (
    <>
      {preview.recipients.length ? (
        <table className={styles.table}>
          <caption>{outcome ? format(strings.RemindResultCaption, name) : format(strings.RemindPreviewCaption, preview.recipients.length, name)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.RemindColumnName}</th>
              <th scope="col">{strings.ColumnUnit}</th>
              <th scope="col">{strings.RemindColumnDeadline}</th>
              {outcome ? <th scope="col">{strings.RemindColumnResult}</th> : undefined}
            </tr>
          </thead>
          <tbody>
            {preview.recipients.map((person) => (
              <tr key={person.login}>
                <th scope="row">{nameAndPosition(person)}</th>
                <td>{person.unitName}</td>
                <td>{deadlineText(strings, locale, person.deadline, person.daysLeft)}</td>
                {outcome ? <td>{resultText(strings, outcome, person.login)}</td> : undefined}
              </tr>
            ))}
          </tbody>
        </table>
      ) : undefined}
      {preview.managerCopies.length ? (
        <table className={styles.table}>
          <caption>{format(strings.RemindCopiesCaption, preview.managerCopies.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.RemindColumnManager}</th>
              <th scope="col">{strings.ColumnUnit}</th>
              <th scope="col">{strings.RemindColumnAbout}</th>
              {outcome ? <th scope="col">{strings.RemindColumnResult}</th> : undefined}
            </tr>
          </thead>
          <tbody>
            {preview.managerCopies.map((copy) => (
              <tr key={copy.manager.login}>
                <th scope="row">{nameAndPosition(copy.manager)}</th>
                <td>{copy.manager.unitName}</td>
                <td>{copy.about.map(nameOf).join(', ')}</td>
                {outcome ? <td>{resultText(strings, outcome, copy.manager.login)}</td> : undefined}
              </tr>
            ))}
          </tbody>
        </table>
      ) : undefined}
      {preview.skipped.length ? (
        <>
          <p>{format(strings.RemindSkippedHeading, preview.skipped.length)}</p>
          <ul>
            {preview.skipped.map((s) => (
              <li key={s.person.login}>{`${nameAndPosition(s.person)}: ${SKIP_TEXT[s.reason](strings)}`}</li>
            ))}
          </ul>
        </>
      ) : undefined}
    </>
  );
}

/**
 * Where the sending's message appears: it takes the focus (the send button is gone or disabled by
 * then, and the confirmation gave the focus up), so keyboard and screen-reader users go on from it.
 */
function Outcome({ children }: { children: React.ReactNode }): JSX.Element {
  const box = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (box.current) box.current.focus();
  }, []);
  return (
    <div ref={box} tabIndex={-1}>
      {children}
    </div>
  );
}

/** One message for the whole sending: what went, and what did not with what to do. */
function SentMessage({ sending }: { sending: ReminderSending }): JSX.Element {
  const { strings } = useUi();
  const { sent, outcome } = sending;
  const reached = (login: string): boolean => outcome.delivered.some((d) => d.to === login) && !outcome.failed.some((f) => f.to === login);
  const reminded = sent.recipients.filter((r) => reached(r.login)).length;
  const copied = sent.managerCopies.filter((c) => reached(c.manager.login)).length;
  const everyone = sent.recipients.map((r) => r as ReminderPerson).concat(sent.managerCopies.map((c) => c.manager));
  const failed = everyone.filter((p, i, all) => outcome.failed.some((f) => f.to === p.login) && all.findIndex((q) => q.login === p.login) === i);
  if (sent.recipients.length === 0) {
    return <MessageBar messageBarType={MessageBarType.info}>{strings.RemindNothingSent}</MessageBar>;
  }
  return (
    <MessageBar messageBarType={failed.length ? MessageBarType.warning : MessageBarType.success} isMultiline>
      {failed.length
        ? format(strings.RemindSomeFailed, reminded, copied, failed.length, failed.map(nameAndPosition).join('; '))
        : format(strings.RemindSent, reminded, copied)}
    </MessageBar>
  );
}
