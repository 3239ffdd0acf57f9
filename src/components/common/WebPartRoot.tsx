import * as React from 'react';
import type { RootProps } from './RootProps';
import { Screen, screenStyles as styles } from './Screen';
import { UiProvider } from './UiContext';
import { Load, useLoad } from './useLoad';
import { LoadView } from './LoadView';

/** What every web part's root does: speak the page's language, follow a Teams tab's theme, and frame its content under one heading. */
export function WebPartRoot(props: { root: RootProps; title: string; children?: React.ReactNode }): JSX.Element {
  return (
    <UiProvider ui={{ strings: props.root.strings, locale: props.root.locale }}>
      {props.root.hostTheme ? (
        <div className={styles.hostThemed} data-host-theme={props.root.hostTheme}>
          <Screen title={props.title}>{props.children}</Screen>
        </div>
      ) : (
        <Screen title={props.title}>{props.children}</Screen>
      )}
    </UiProvider>
  );
}

/** The year a view shows: the one set in the property pane, or the current year. */
export function evaluationYearOf(props: RootProps & { evaluationYear?: number }): number {
  return props.evaluationYear || props.services.today().getFullYear();
}

/** Loads on mount (and when `deps` change), then renders the data. */
export function Loaded<T>(props: { load: () => Promise<T>; deps: React.DependencyList; children: (data: T) => React.ReactNode }): JSX.Element {
  const [load, reload]: [Load<T>, () => void] = useLoad(props.load, props.deps);
  return <LoadView load={load} onRetry={reload}>{props.children}</LoadView>;
}

/** A section with nothing to show yet: its heading, and a sentence that says why. */
export function EmptySection(props: { heading: string; text: string }): JSX.Element {
  return (
    <>
      <h3 className={styles.heading}>{props.heading}</h3>
      <p>{props.text}</p>
    </>
  );
}
