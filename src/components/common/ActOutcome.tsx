import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as React from 'react';
import { DraftConflictError, StepNotAllowedError } from '../../services/journey/errors';
import { ConflictError } from '../../services/sharepoint/repository/errors';
import { httpStatusOf } from '../../services/sharepoint/odata';
import { blockedReasonText } from './Availability';
import { describeError } from './describeError';
import { format } from './format';
import type { ActState } from './useAct';
import { useUi } from './UiContext';

/** What to tell the user when an act failed: why, and what to do about it. */
export function actErrorText(strings: IDanhGiaStrings, error: unknown): string {
  if (error instanceof StepNotAllowedError) return blockedReasonText(strings, error.reason);
  if (error instanceof DraftConflictError || error instanceof ConflictError) return strings.ActConflict;
  const status = httpStatusOf(error);
  if (status === 401 || status === 403) return strings.ActForbidden;
  return format(strings.ActFailed, describeError(error));
}

/**
 * The result of an act, announced politely: done (and who was notified, or could not be, then what
 * comes next), or failed with what to do. The act itself is recorded even when a notification could
 * not go out. With `takeFocus`, the message gets the focus when it appears: the button that did the act
 * is often gone or disabled by then, and keyboard users continue from what happened.
 */
export function ActOutcome(props: { act: ActState; doneText: string; nextText?: string; takeFocus?: boolean }): JSX.Element {
  const { strings } = useUi();
  const { act, takeFocus } = props;
  const box = React.useRef<HTMLDivElement>(null);
  const shown = act.error !== undefined ? act.error : act.outcome;
  React.useEffect(() => {
    if (takeFocus && shown !== undefined && box.current) box.current.focus();
  }, [takeFocus, shown]);
  if (act.error !== undefined) {
    return (
      <div role="alert" ref={box} tabIndex={takeFocus ? -1 : undefined}>
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {actErrorText(strings, act.error)}
        </MessageBar>
      </div>
    );
  }
  if (!act.outcome) return <></>;
  const notice = act.outcome.notice;
  // People by name and position (the directory's), never by address; a login only for someone the directory does not know.
  const reached = notice ? notice.delivered.filter((d, i, all) => all.findIndex((o) => o.to === d.to) === i).map((d) => d.name || d.to) : [];
  const failed = notice ? notice.failed.map((f) => f.name || f.to) : [];
  return (
    <div role="status" ref={box} tabIndex={takeFocus ? -1 : undefined}>
      <MessageBar messageBarType={failed.length ? MessageBarType.warning : MessageBarType.success} isMultiline>
        {props.doneText}
        {reached.length ? ` ${format(strings.ActNotified, reached.join(', '))}` : ''}
        {failed.length ? ` ${format(strings.ActNotNotified, failed.join(', '))}` : ''}
        {props.nextText ? ` ${props.nextText}` : ''}
      </MessageBar>
    </div>
  );
}
