import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as React from 'react';
import { NotProvisionedError } from '../../services/contracts';
import { describeError } from './describeError';
import { format } from './format';
import { useUi } from './UiContext';
import type { Load } from './useLoad';

/** Spinner while loading, a message that says what to do when loading failed, the view when ready. */
export function LoadView<T>(props: { load: Load<T>; onRetry: () => void; children: (data: T) => React.ReactNode }): JSX.Element {
  const { strings } = useUi();
  const { load } = props;
  if (load.state === 'loading') {
    return <Spinner size={SpinnerSize.medium} label={strings.Loading} ariaLive="polite" />;
  }
  if (load.state === 'failed') {
    if (load.error instanceof NotProvisionedError) {
      return <MessageBar messageBarType={MessageBarType.warning}>{strings.NotProvisioned}</MessageBar>;
    }
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline
        actions={<DefaultButton onClick={props.onRetry}>{strings.Retry}</DefaultButton>}
      >
        {format(strings.LoadFailed, describeError(load.error))}
      </MessageBar>
    );
  }
  return <>{props.children(load.data)}</>;
}
