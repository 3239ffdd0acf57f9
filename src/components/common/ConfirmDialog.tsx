import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import * as React from 'react';
import { useUi } from './UiContext';

const CANCEL_CLASS = 'dgcc-confirm-cancel';

export interface ConfirmDialogProps {
  /** Open while asking; closed, it renders nothing. */
  open: boolean;
  title: string;
  /** What the act does and why it cannot be undone. */
  text: string;
  /** The act's particulars under the text (who is told, the figures it fixes), when it has any. */
  children?: React.ReactNode;
  /** The confirming button's words (the act itself, e.g. "Xác nhận nộp"). */
  confirmText: string;
  /** Closes the dialog (the caller sets `open` false): asked on either answer. */
  onClose: () => void;
  /** The act, run once the dialog has closed: its trap no longer holds the focus, which its message may take. */
  onConfirm: () => void;
}

/**
 * Asks before an act that cannot be undone (submit, publish). A modal alert dialog (Fluent's): the focus
 * starts on "Hủy", the harmless choice, and stays inside while it is open; Escape or the close button
 * cancel, and the focus goes back to the button that opened it. Confirmed, the focus is left to the act's
 * message (ActOutcome's takeFocus): the button is often disabled or gone by then.
 */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const { strings } = useUi();
  const [confirmed, setConfirmed] = React.useState(false);
  const { onConfirm } = props;
  React.useEffect(() => {
    if (props.open) setConfirmed(false);
  }, [props.open]);
  const dismissed = React.useCallback(() => {
    if (confirmed) onConfirm();
    setConfirmed(false);
  }, [confirmed, onConfirm]);
  return (
    <Dialog
      hidden={!props.open}
      onDismiss={props.onClose}
      dialogContentProps={{ type: DialogType.close, title: props.title, subText: props.text, closeButtonAriaLabel: strings.ConfirmClose }}
      modalProps={{ isBlocking: true, firstFocusableSelector: CANCEL_CLASS, disableRestoreFocus: confirmed, onDismissed: dismissed }}
    >
      {props.children}
      <DialogFooter>
        <PrimaryButton
          onClick={() => {
            setConfirmed(true);
            props.onClose();
          }}
        >
          {props.confirmText}
        </PrimaryButton>
        <DefaultButton className={CANCEL_CLASS} onClick={props.onClose}>
          {strings.ConfirmCancel}
        </DefaultButton>
      </DialogFooter>
    </Dialog>
  );
}
