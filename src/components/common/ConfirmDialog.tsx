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
  /** The confirming button's words (the act itself, e.g. "Xác nhận nộp"). */
  confirmText: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an act that cannot be undone (submit, publish). A modal alert dialog (Fluent's): the focus
 * starts on "Hủy", the harmless choice, stays inside while it is open and goes back to the button
 * that opened it; Escape or the close button cancel.
 */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const { strings } = useUi();
  return (
    <Dialog
      hidden={!props.open}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.close, title: props.title, subText: props.text, closeButtonAriaLabel: strings.ConfirmClose }}
      modalProps={{ isBlocking: true, firstFocusableSelector: CANCEL_CLASS }}
    >
      <DialogFooter>
        <PrimaryButton onClick={props.onConfirm}>{props.confirmText}</PrimaryButton>
        <DefaultButton className={CANCEL_CLASS} onClick={props.onCancel}>
          {strings.ConfirmCancel}
        </DefaultButton>
      </DialogFooter>
    </Dialog>
  );
}
