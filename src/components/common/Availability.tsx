import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as React from 'react';
import type { Availability, BlockedReason } from '../../services/journey/availability';
import { useUi } from './UiContext';

const REASONS: { [reason in BlockedReason]: (s: IDanhGiaStrings) => string } = {
  PERIOD_NOT_OPEN: (s) => s.Blocked_PERIOD_NOT_OPEN,
  NO_RULE_SET: (s) => s.Blocked_NO_RULE_SET,
  ALREADY_SUBMITTED: (s) => s.Blocked_ALREADY_SUBMITTED,
  ALREADY_REVIEWED: (s) => s.Blocked_ALREADY_REVIEWED,
  SELF_EVALUATION_SUBMITTED: (s) => s.Blocked_SELF_EVALUATION_SUBMITTED,
  NOT_PUBLISHED: (s) => s.Blocked_NOT_PUBLISHED,
  COMPLAINT_PENDING: (s) => s.Blocked_COMPLAINT_PENDING,
  COMPLAINT_TOO_LATE: (s) => s.Blocked_COMPLAINT_TOO_LATE,
  NOT_SUBMITTED: (s) => s.Blocked_NOT_SUBMITTED,
  NOT_DIRECT_MANAGER: (s) => s.Blocked_NOT_DIRECT_MANAGER,
  NOT_MINUTES_KEEPER: (s) => s.Blocked_NOT_MINUTES_KEEPER,
  NOT_COMPETENT_EVALUATOR: (s) => s.Blocked_NOT_COMPETENT_EVALUATOR,
  SELF_EVALUATION_MISSING: (s) => s.Blocked_SELF_EVALUATION_MISSING,
  MINUTES_MISSING: (s) => s.Blocked_MINUTES_MISSING,
  MINUTES_APPROVED: (s) => s.Blocked_MINUTES_APPROVED,
  QUOTA_EXCEEDED: (s) => s.Blocked_QUOTA_EXCEEDED,
  NOT_DECIDED: (s) => s.Blocked_NOT_DECIDED,
  ALREADY_PUBLISHED: (s) => s.Blocked_ALREADY_PUBLISHED,
  NO_COMPLAINT: (s) => s.Blocked_NO_COMPLAINT,
  NOT_HR: (s) => s.Blocked_NOT_HR
};

/** Why the action is not available, in the reader's language; undefined when it is. */
export function blockedText(strings: IDanhGiaStrings, availability: Availability): string | undefined {
  return availability.allowed ? undefined : blockedReasonText(strings, availability.reason);
}

export function blockedReasonText(strings: IDanhGiaStrings, reason: BlockedReason): string {
  const text = REASONS[reason];
  return text ? text(strings) : reason;
}

/** Says, next to an action that is not available, why: nobody should wonder why a button does nothing. */
export function BlockedNote(props: { availability: Availability; id?: string }): JSX.Element {
  const { strings } = useUi();
  const text = blockedText(strings, props.availability);
  if (!text) return <></>;
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline>
      <span id={props.id}>{text}</span>
    </MessageBar>
  );
}
