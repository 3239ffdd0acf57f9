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
 * saved meanwhile, both versions side by side with the choice of which to keep. A browser copy typed
 * before what it answers changed (`changedSince`) is offered the same way: use it, or drop it;
 * `changedSinceText` says what changed, in the form's words.
 */
export function DraftStatus<T>(props: { draft: Draft<T>; renderVersion: (value: T) => React.ReactNode; changedSinceText?: string }): JSX.Element {
  const { strings, locale } = useUi();
  const { draft } = props;
  const changedSince = !!draft.conflict && !!draft.conflict.changedSince;
  const words = changedSince
    ? {
        title: strings.DraftChangedTitle,
        text: props.changedSinceText || strings.DraftChangedText,
        mine: strings.DraftChangedMine,
        theirs: strings.DraftChangedTheirs,
        keepMine: strings.DraftUseOld,
        takeTheirs: strings.DraftDropOld
      }
    : {
        title: strings.DraftConflictTitle,
        text: strings.DraftConflictText,
        mine: strings.DraftConflictMine,
        theirs: strings.DraftConflictTheirs,
        keepMine: strings.DraftKeepMine,
        takeTheirs: strings.DraftTakeTheirs
      };
  let text = '';
  if (draft.status === 'saving') text = strings.DraftSaving;
  else if (draft.status === 'saved' && draft.savedAt) text = format(strings.DraftSavedAt, timeOf(draft.savedAt, locale));
  else if (draft.status === 'unsaved') text = draft.serverBacked ? strings.DraftKeptInBrowser : strings.DraftKeptInBrowserOnly;
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
        <section role="alert" aria-label={words.title}>
          <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
            {words.text}
          </MessageBar>
          <div className={styles.conflict}>
            <div>
              <h4>{words.mine}</h4>
              {props.renderVersion(draft.conflict.mine)}
              <PrimaryButton onClick={draft.keepMine}>{words.keepMine}</PrimaryButton>
            </div>
            <div>
              <h4>{words.theirs}</h4>
              {props.renderVersion(draft.conflict.theirs)}
              <DefaultButton onClick={draft.takeTheirs}>{words.takeTheirs}</DefaultButton>
            </div>
          </div>
        </section>
      ) : undefined}
    </>
  );
}
