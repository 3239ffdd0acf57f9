import * as React from 'react';
import type { NoticeOutcome } from '../../services/notifications/contracts';

export interface ActState {
  busy: boolean;
  /** The last attempt's failure, until the next attempt. */
  error?: unknown;
  /** Set once the act is recorded; with who was notified when the act notifies anyone. */
  outcome?: { notice?: NoticeOutcome };
  /** Runs the act once at a time (a second click while busy does nothing); true when it was recorded. */
  run(act: () => Promise<{ notice?: NoticeOutcome } | void>): Promise<boolean>;
  reset(): void;
}

/** The state of one action on a screen (submit, approve, decide…): busy, failed with why, or done. */
export function useAct(): ActState {
  const [state, setState] = React.useState<{ busy: boolean; error?: unknown; outcome?: { notice?: NoticeOutcome } }>({ busy: false });
  const busy = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const run = React.useCallback(async (act: () => Promise<{ notice?: NoticeOutcome } | void>): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    setState({ busy: true });
    try {
      const result = await act();
      if (mounted.current) setState({ busy: false, outcome: result || {} });
      return true;
    } catch (error) {
      if (mounted.current) setState({ busy: false, error });
      return false;
    } finally {
      // eslint-disable-next-line require-atomic-updates -- a ref read and written on the UI thread only; nothing else sets it meanwhile
      busy.current = false;
    }
  }, []);
  const reset = React.useCallback(() => setState({ busy: false }), []);
  return { ...state, run, reset };
}
