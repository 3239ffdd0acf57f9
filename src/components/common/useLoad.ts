import * as React from 'react';

export type Load<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; error: unknown };

/**
 * Runs `load` when the component mounts (and again when `deps` change or `reload` is called).
 * A result that arrives after the component moved on is dropped. While reloading what is already
 * shown (after an act), the screen keeps it instead of flashing a spinner, so the form the user is in
 * and the message about what they just did stay in place.
 */
export function useLoad<T>(load: () => Promise<T>, deps: React.DependencyList): [Load<T>, () => void] {
  const [result, setResult] = React.useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setResult((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    load().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) => current && setResult({ state: 'failed', error })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `load` depends on
  }, [...deps, attempt]);
  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return [result, reload];
}
