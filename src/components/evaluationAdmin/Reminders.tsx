import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as React from 'react';
import { deadlineReached } from '../../domain/evaluation/lateness';
import type { EvaluationPeriod } from '../../domain/evaluation/model';
import type { AppServices } from '../../services/contracts';
import { blocked } from '../../services/journey/availability';
import { StepNotAllowedError } from '../../services/journey/errors';
import { UNKNOWN_RECIPIENT } from '../../services/notifications/contracts';
import type { NoticeOutcome } from '../../services/notifications/contracts';
import { actErrorText } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { format, formatDate } from '../common/format';
import { periodName } from '../common/labels';
import { LoadView } from '../common/LoadView';
import { screenStyles as styles } from '../common/Screen';
import { useAct } from '../common/useAct';
import { useUi } from '../common/UiContext';
import { Load, useLoad } from '../common/useLoad';

type LatePerson = Awaited<ReturnType<AppServices['reminders']['getLate']>>[number];

/**
 * HR's reminders: choose a period with a deadline, see who has not submitted it, send each of them a
 * reminder (after a confirmation: it mails many people in HR's name), then see who was reached and who
 * was not. Who is late is read only when a period is chosen: the administration's first view stays
 * within its request budget. Anyone outside Vụ Tổ chức cán bộ is told why they cannot.
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
  const [chosenId, setChosenId] = React.useState<number | undefined>(undefined);
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
      {chosen ? <LatePeople key={chosen.id} services={services} period={chosen} /> : undefined}
    </>
  );
}

function LatePeople({ services, period }: { services: AppServices; period: EvaluationPeriod }): JSX.Element {
  const { strings, locale } = useUi();
  const due = deadlineReached(period.deadline, services.today());
  const [load, reload] = useLoad<LatePerson[]>(() => (due ? services.reminders.getLate(period.id) : Promise.resolve([])), [services, period.id, due]);
  const name = periodName(strings, period);
  if (!due) return <p>{format(strings.RemindNotDue, formatDate(period.deadline || '', locale))}</p>;
  const refused = refusal(load);
  if (refused) return <BlockedNote availability={blocked(refused.reason)} />;
  return (
    <LoadView load={load} onRetry={reload}>
      {(late) => (late.length === 0 ? <p role="status">{format(strings.RemindNobodyLate, name)}</p> : <LateTable services={services} period={period} late={late} />)}
    </LoadView>
  );
}

function refusal(load: Load<unknown>): StepNotAllowedError | undefined {
  return load.state === 'failed' && load.error instanceof StepNotAllowedError ? load.error : undefined;
}

function LateTable({ services, period, late }: { services: AppServices; period: EvaluationPeriod; late: LatePerson[] }): JSX.Element {
  const { strings } = useUi();
  const act = useAct();
  const [confirming, setConfirming] = React.useState(false);
  const outcome: NoticeOutcome | undefined = act.outcome ? act.outcome.notice : undefined;
  const name = periodName(strings, period);
  const send = (): void => {
    setConfirming(false);
    // run() never rejects: a failure becomes act.error, shown below.
    act.run(async () => ({ notice: await services.reminders.sendReminders(period.id) })).catch(() => undefined);
  };
  const resultOf = (login: string): string | undefined => {
    if (!outcome) return undefined;
    const delivered = outcome.delivered.filter((d) => d.to === login)[0];
    if (delivered) return delivered.channel === 'TEAMS' ? strings.NoticeByTeams : strings.NoticeByMail;
    const failed = outcome.failed.filter((f) => f.to === login)[0];
    if (failed) return format(strings.NoticeNotSent, failed.error === UNKNOWN_RECIPIENT ? strings.NoticeUnknownRecipient : failed.error);
    return undefined;
  };
  const reached = outcome ? outcome.delivered.map((d) => d.to).filter((to, i, all) => all.indexOf(to) === i).length : 0;
  return (
    <>
      <table className={styles.table}>
        <caption>{outcome ? format(strings.RemindResultCaption, name) : format(strings.RemindLateCaption, late.length, name)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.RemindColumnName}</th>
            <th scope="col">{strings.ColumnUnit}</th>
            {outcome ? <th scope="col">{strings.RemindColumnResult}</th> : undefined}
          </tr>
        </thead>
        <tbody>
          {late.map((person) => (
            <tr key={person.login}>
              <th scope="row">{person.displayName}</th>
              <td>{person.unitName}</td>
              {outcome ? <td>{resultOf(person.login)}</td> : undefined}
            </tr>
          ))}
        </tbody>
      </table>
      {outcome ? undefined : (
        <div className={styles.actions}>
          {/* Focusable while disabled: a keyboard user stays on the button while it sends (WCAG 2.4.3). */}
          <PrimaryButton onClick={() => setConfirming(true)} disabled={act.busy} allowDisabledFocus>
            {format(strings.RemindSend, late.length)}
          </PrimaryButton>
        </div>
      )}
      {act.busy ? <Spinner size={SpinnerSize.small} label={strings.RemindSending} /> : undefined}
      {/* MessageBar announces itself (alert for an error, status otherwise): no live region around it. */}
      {act.error !== undefined ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {actErrorText(strings, act.error)}
        </MessageBar>
      ) : undefined}
      {outcome ? (
        <MessageBar messageBarType={outcome.failed.length ? MessageBarType.warning : MessageBarType.success} isMultiline>
          {outcome.failed.length ? format(strings.RemindSomeFailed, reached, outcome.failed.length) : format(strings.RemindSent, reached)}
        </MessageBar>
      ) : undefined}
      <Dialog
        hidden={!confirming}
        onDismiss={() => setConfirming(false)}
        dialogContentProps={{ type: DialogType.normal, closeButtonAriaLabel: strings.RemindClose, title: strings.RemindConfirmTitle, subText: format(strings.RemindConfirmText, late.length, name) }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton onClick={send}>{strings.RemindConfirm}</PrimaryButton>
          <DefaultButton onClick={() => setConfirming(false)}>{strings.RemindCancel}</DefaultButton>
        </DialogFooter>
      </Dialog>
    </>
  );
}
