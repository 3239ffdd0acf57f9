import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as React from 'react';
import { describeError } from './describeError';
import { format } from './format';
import { screenStyles as styles } from './Screen';
import type { Draft } from './useDraft';
import { useUi } from './UiContext';

function timeOf(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

/**
 * Where the draft stands (announced politely, never stealing focus), and, when another tab or device
 * saved meanwhile, both versions side by side with the choice of which to keep.
 */
export function DraftStatus<T>(props: { draft: Draft<T>; renderVersion: (value: T) => React.ReactNode }): JSX.Element {
  const { strings, locale } = useUi();
  const { draft } = props;
  let text = '';
  if (draft.status === 'saving') text = strings.DraftSaving;
  else if (draft.status === 'saved' && draft.savedAt) text = format(strings.DraftSavedAt, timeOf(draft.savedAt, locale));
  else if (draft.status === 'unsaved') text = strings.DraftKeptInBrowser;
  return (
    <>
      <p role="status" aria-live="polite" className={styles.muted}>
        {draft.restored ? `${strings.DraftRestored} ` : ''}
        {text}
      </p>
      {draft.status === 'failed' ? (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={<DefaultButton onClick={() => draft.saveNow().catch(() => undefined)}>{strings.DraftRetry}</DefaultButton>}
        >
          {format(strings.DraftSaveFailed, describeError(draft.error))}
        </MessageBar>
      ) : undefined}
      {draft.conflict ? (
        <section role="alert" aria-label={strings.DraftConflictTitle}>
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            {strings.DraftConflictText}
          </MessageBar>
          <div className={styles.conflict}>
            <div>
              <h4>{strings.DraftConflictMine}</h4>
              {props.renderVersion(draft.conflict.mine)}
              <PrimaryButton onClick={draft.keepMine}>{strings.DraftKeepMine}</PrimaryButton>
            </div>
            <div>
              <h4>{strings.DraftConflictTheirs}</h4>
              {props.renderVersion(draft.conflict.theirs)}
              <DefaultButton onClick={draft.takeTheirs}>{strings.DraftTakeTheirs}</DefaultButton>
            </div>
          </div>
        </section>
      ) : undefined}
    </>
  );
}
