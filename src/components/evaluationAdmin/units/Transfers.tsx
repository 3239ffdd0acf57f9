import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { unitLeft, validateTransfer, type Transfer, type TransferField, type TransferProblem } from '../../../domain/admin/transfers';
import type { DirectoryEntry, UnitAdminView } from '../../../services/admin/contracts';
import { describeError } from '../../common/describeError';
import { format, formatDate } from '../../common/format';
import type { RootProps } from '../../common/RootProps';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';
import { PersonField, personLabel } from './PersonField';

type Strings = ReturnType<typeof useUi>['strings'];

function transferProblemText(strings: Strings, problem: TransferProblem, people: UnitAdminView['people']): string {
  const texts: { [code: string]: string } = {
    REQUIRED: strings.Invalid_REQUIRED,
    TOO_LONG: strings.Invalid_TOO_LONG,
    BAD_DATE: strings.CatInvalidDate,
    NOT_IN_DIRECTORY: strings.UnitsInvalidNotInDirectory,
    SELF_RECORDED: strings.TransfersInvalid_SELF_RECORDED,
    SAME_PERSON: strings.TransfersInvalid_SAME_PERSON,
    NOT_A_MANAGER: strings.TransfersInvalid_NOT_A_MANAGER,
    FUTURE_DATE: strings.TransfersInvalid_FUTURE_DATE
  };
  const params = (problem.params || []).map((p) => (typeof p === 'string' && people[p] ? personLabel(people[p], p) : p));
  return format(texts[problem.code] || problem.code, ...params);
}

const EMPTY: Transfer = { login: '', previousManagerLogin: '', effectiveFrom: '', reason: '' };

/**
 * "Điều chuyển công chức": HR records a move between units (Entra ID forgets the former manager), so the
 * months scored before it keep counting; and the moves recorded so far.
 */
export function Transfers({ view, services, onChanged }: { view: UnitAdminView; services: RootProps['services']; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const [transfer, setTransfer] = React.useState<Transfer>({ ...EMPTY, effectiveFrom: view.today.slice(0, 10) });
  const [problems, setProblems] = React.useState<TransferProblem[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const set = (patch: Partial<Transfer>): void => setTransfer((t) => ({ ...t, ...patch }));
  const errorOf = (field: TransferField): string | undefined => {
    const found = problems.filter((p) => p.field === field);
    return found.length ? found.map((p) => transferProblemText(strings, p, view.people)).join(' ') : undefined;
  };
  const name = (login: string): string => personLabel(view.people[login], login);
  const unitName = (code: string): string => (view.units.find((u) => u.code === code) || { name: code }).name;
  const search = (text: string): Promise<DirectoryEntry[]> => services.admin.units.searchDirectory(text);
  const submit = (): void => {
    // The units in force today stand in for those on the day: the service checks against the day itself.
    const found = validateTransfer(transfer, { recorder: view.recorder, directory: Object.keys(view.people), units: view.units, today: view.today.slice(0, 10) });
    setProblems(found);
    setOutcome(undefined);
    if (found.length) return;
    setBusy(true);
    services.admin.units.recordTransfer(transfer).then(
      () => {
        setBusy(false);
        const left = unitLeft(view.units, transfer.previousManagerLogin);
        setOutcome({
          ok: true,
          text: format(strings.TransfersRecorded, name(transfer.login), left ? left.name : '', formatDate(`${transfer.effectiveFrom}T00:00:00Z`, locale), name(transfer.previousManagerLogin))
        });
        setTransfer({ ...EMPTY, effectiveFrom: view.today.slice(0, 10) });
        onChanged();
      },
      (error: unknown) => {
        setBusy(false);
        const returned = (error as { problems?: unknown } | undefined)?.problems;
        if (Array.isArray(returned)) setProblems(returned as TransferProblem[]);
        else setOutcome({ ok: false, text: format(strings.CatFailed, describeError(error)) });
      }
    );
  };
  return (
    <section aria-labelledby="dgcc-transfers">
      <h3 className={styles.heading} id="dgcc-transfers">
        {strings.TransfersHeading}
      </h3>
      <p>{strings.TransfersIntro}</p>
      {outcome ? (
        <MessageBar messageBarType={outcome.ok ? MessageBarType.success : MessageBarType.error} onDismiss={() => setOutcome(undefined)} dismissButtonAriaLabel={strings.CatDismiss}>
          {outcome.text}
        </MessageBar>
      ) : undefined}
      <form
        noValidate
        aria-labelledby="dgcc-transfers"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {problems.length ? <p role="alert">{format(strings.TransfersProblems, problems.length)}</p> : undefined}
        <PersonField
          label={strings.TransfersPerson}
          single
          logins={transfer.login ? [transfer.login] : []}
          people={view.people}
          search={search}
          onChange={(l) => {
            const login = l[0] || '';
            const entry = view.people[login];
            set({ login, previousManagerLogin: transfer.previousManagerLogin || (entry && entry.managerLogin) || '' });
          }}
          error={errorOf('login')}
        />
        <PersonField
          label={strings.TransfersPreviousManager}
          single
          logins={transfer.previousManagerLogin ? [transfer.previousManagerLogin] : []}
          people={view.people}
          search={search}
          onChange={(l) => set({ previousManagerLogin: l[0] || '' })}
          error={errorOf('previousManagerLogin')}
        />
        <p className={styles.muted}>{strings.TransfersPreviousManagerHint}</p>
        <TextField label={strings.TransfersFrom} required type="date" value={transfer.effectiveFrom} onChange={(_e, v) => set({ effectiveFrom: v || '' })} errorMessage={errorOf('effectiveFrom')} />
        <TextField label={strings.TransfersReason} required multiline autoAdjustHeight value={transfer.reason} onChange={(_e, v) => set({ reason: v || '' })} errorMessage={errorOf('reason')} />
        <PrimaryButton type="submit" disabled={busy} allowDisabledFocus>
          {strings.TransfersSave}
        </PrimaryButton>
      </form>
      {view.transfers.length ? (
        <table className={styles.table}>
          <caption>{strings.TransfersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.TransfersColPerson}</th>
              <th scope="col">{strings.TransfersColUnit}</th>
              <th scope="col">{strings.TransfersColManager}</th>
              <th scope="col">{strings.TransfersColFrom}</th>
            </tr>
          </thead>
          <tbody>
            {view.transfers.map((t) => (
              <tr key={`${t.login}-${t.from}`}>
                <th scope="row">{name(t.login)}</th>
                <td>{unitName(t.unitCode)}</td>
                <td>{name(t.managerLogin)}</td>
                <td>{formatDate(t.from, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{strings.TransfersNone}</p>
      )}
    </section>
  );
}
