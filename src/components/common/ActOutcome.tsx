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
 * The result of an act, announced politely: done (and who was notified, or could not be), or failed
 * with what to do. The act itself is recorded even when a notification could not go out.
 */
export function ActOutcome(props: { act: ActState; doneText: string }): JSX.Element {
  const { strings } = useUi();
  const { act } = props;
  if (act.error !== undefined) {
    return (
      <div role="alert">
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {actErrorText(strings, act.error)}
        </MessageBar>
      </div>
    );
  }
  if (!act.outcome) return <></>;
  const notice = act.outcome.notice;
  const reached = notice ? notice.delivered.map((d) => d.to).filter((to, i, all) => all.indexOf(to) === i) : [];
  const failed = notice ? notice.failed.map((f) => f.to) : [];
  return (
    <div role="status">
      <MessageBar messageBarType={failed.length ? MessageBarType.warning : MessageBarType.success} isMultiline>
        {props.doneText}
        {reached.length ? ` ${format(strings.ActNotified, reached.join(', '))}` : ''}
        {failed.length ? ` ${format(strings.ActNotNotified, failed.join(', '))}` : ''}
      </MessageBar>
    </div>
  );
}
