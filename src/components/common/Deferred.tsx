import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as React from 'react';
import { useUi } from './UiContext';

/**
 * Where a form loads on demand: the forms (and the rules they run live) are a chunk of their own, so a
 * page that only lists or reports does not download them (bench: the view-mode bundle).
 */
export function Deferred(props: { children?: React.ReactNode }): JSX.Element {
  const { strings } = useUi();
  return <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.Loading} ariaLive="polite" />}>{props.children}</React.Suspense>;
}
