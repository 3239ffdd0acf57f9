import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as React from 'react';
import type { SnapshotState } from '../../../domain/org/orgSnapshot';
import type { RootProps } from '../../common/RootProps';
import { describeError } from '../../common/describeError';
import { format } from '../../common/format';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';

/** The day and time in Hà Nội (hh:mm dd/MM/yyyy in vi-VN): when the snapshot was taken. */
function formatTaken(iso: string, locale: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

/**
 * The organisation's snapshot in "Đơn vị và cán bộ" (issue 13): when it was taken and how many people,
 * whether the views use it (else it is too old, or there is none), and HR's button to take a new one.
 */
export function OrgSnapshotPanel({ snapshot, services, onChanged }: { snapshot: SnapshotState | undefined; services: RootProps['services']; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const state = snapshot || { used: false, maxAgeDays: 7 };
  const status = !state.takenAt
    ? strings.OrgSnapshotNone
    : state.used
      ? format(strings.OrgSnapshotTaken, formatTaken(state.takenAt, locale), state.people || 0)
      : format(strings.OrgSnapshotTooOld, formatTaken(state.takenAt, locale), state.people || 0, state.maxAgeDays);
  const refresh = (): void => {
    setBusy(true);
    setOutcome(undefined);
    services.admin.units.refreshSnapshot().then(
      (taken) => {
        setBusy(false);
        setOutcome({ ok: true, text: format(strings.OrgSnapshotRefreshed, formatTaken(taken.takenAt, locale), taken.people) });
        onChanged();
      },
      (error: unknown) => {
        setBusy(false);
        setOutcome({ ok: false, text: format(strings.OrgSnapshotRefreshFailed, describeError(error)) });
      }
    );
  };
  return (
    <section aria-labelledby="dgcc-org-snapshot">
      <h3 className={styles.heading} id="dgcc-org-snapshot">
        {strings.OrgSnapshotHeading}
      </h3>
      {state.used ? <p>{status}</p> : <MessageBar messageBarType={MessageBarType.warning}>{status}</MessageBar>}
      {/* Present from the start, so that screen readers hear the refresh begin; the outcome is a message of its own. */}
      <div role="status" aria-live="polite">
        {busy ? strings.OrgSnapshotRefreshing : ''}
      </div>
      {outcome ? <MessageBar messageBarType={outcome.ok ? MessageBarType.success : MessageBarType.error}>{outcome.text}</MessageBar> : undefined}
      <DefaultButton onClick={refresh} disabled={busy} allowDisabledFocus>
        {strings.OrgSnapshotRefresh}
      </DefaultButton>
    </section>
  );
}
