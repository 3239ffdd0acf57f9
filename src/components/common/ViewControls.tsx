import * as React from 'react';
import styles from './ViewControls.module.scss';

/*
 * A button and a message for a web part's first view, without Fluent's Button and MessageBar (see
 * ViewControls.module.scss for why). Forms, which load on demand, keep Fluent's.
 */

export interface PlainButtonProps {
  children: React.ReactNode;
  onClick: () => void;
  primary?: boolean;
  /** Stays focusable while disabled (as Fluent's allowDisabledFocus), so a screen reader still finds it. */
  disabled?: boolean;
  'aria-label'?: string;
  'aria-busy'?: boolean;
  'aria-describedby'?: string;
}

export const PlainButton = React.forwardRef<HTMLButtonElement, PlainButtonProps>(function PlainButton(props, ref) {
  const { primary, disabled, onClick, children, ...aria } = props;
  return (
    <button
      ref={ref}
      type="button"
      className={primary ? `${styles.button} ${styles.primary}` : styles.button}
      aria-disabled={disabled ? true : undefined}
      onClick={() => {
        if (!disabled) onClick();
      }}
      {...aria}
    >
      {children}
    </button>
  );
});

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

/**
 * A message in the flow of the page. An error is an alert (read at once); the others are a status (read
 * when the reader is free), as Fluent's MessageBar does.
 */
export function Notice(props: {
  kind: NoticeKind;
  children: React.ReactNode;
  /** Buttons after the text (e.g. "Thử lại"). */
  actions?: React.ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
}): JSX.Element {
  const kindClass = props.kind === 'info' ? '' : ` ${styles[props.kind]}`;
  return (
    <div className={`${styles.notice}${kindClass}`} data-notice={props.kind}>
      <div className={styles.text} role={props.kind === 'error' ? 'alert' : 'status'}>
        {props.children}
      </div>
      {props.actions}
      {props.onDismiss ? (
        <button type="button" className={`${styles.button} ${styles.dismiss}`} aria-label={props.dismissLabel} onClick={props.onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      ) : undefined}
    </div>
  );
}
