import * as React from 'react';

/** What every view needs to speak the user's language: the string table and the page's locale. */
export interface Ui {
  strings: IDanhGiaStrings;
  /** BCP 47, e.g. "vi-VN" or "en-US": numbers and dates are formatted with Intl for it. */
  locale: string;
}

const UiContext = React.createContext<Ui | undefined>(undefined);

export function UiProvider(props: { ui: Ui; children?: React.ReactNode }): JSX.Element {
  return <UiContext.Provider value={props.ui}>{props.children}</UiContext.Provider>;
}

export function useUi(): Ui {
  const ui = React.useContext(UiContext);
  if (!ui) throw new Error('useUi() needs a <UiProvider> above it (the root component provides one).');
  return ui;
}
