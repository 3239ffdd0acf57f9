import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as React from 'react';
import { NotProvisionedError } from '../../services/contracts';
import { describeError } from './describeError';
import { format } from './format';
import { useUi } from './UiContext';
import type { Load } from './useLoad';
import { Notice, PlainButton } from './ViewControls';

/** Spinner while loading, a message that says what to do when loading failed, the view when ready. */
export function LoadView<T>(props: { load: Load<T>; onRetry: () => void; children: (data: T) => React.ReactNode }): JSX.Element {
  const { strings } = useUi();
  const { load } = props;
  if (load.state === 'loading') {
    return <Spinner size={SpinnerSize.medium} label={strings.Loading} ariaLive="polite" />;
  }
  if (load.state === 'failed') {
    if (load.error instanceof NotProvisionedError) {
      return <Notice kind="warning">{strings.NotProvisioned}</Notice>;
    }
    return (
      <Notice kind="error" actions={<PlainButton onClick={props.onRetry}>{strings.Retry}</PlainButton>}>
        {format(strings.LoadFailed, describeError(load.error))}
      </Notice>
    );
  }
  return <>{props.children(load.data)}</>;
}
