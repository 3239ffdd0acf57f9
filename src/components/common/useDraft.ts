import * as React from 'react';
import { DraftConflictError } from '../../services/journey/errors';

export type DraftSaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface DraftOptions<T> {
  /** Unique per user and form, e.g. `period:<login>:<periodId>`: the browser keeps its copy under it. */
  storageKey: string;
  /** What the server has (or an empty form). */
  initial: T;
  /** The server's version of `initial` (its ETag), when saved there. */
  initialVersion?: string;
  /** Saves to the server; throws DraftConflictError<T> when saved meanwhile elsewhere. Absent: the browser only. */
  save?: (value: T, version: string | undefined) => Promise<{ version: string }>;
  /** Pause after the last keystroke before saving to the server (default 1.5 s). */
  delayMs?: number;
}

export interface Draft<T> {
  value: T;
  update(next: T): void;
  status: DraftSaveStatus;
  savedAt?: Date;
  error?: unknown;
  /**
   * Set while status is 'conflict': what this user typed, and what was saved meanwhile. `changedSince`:
   * a browser-only copy typed over a version of what it answers that has changed since (a report
   * resubmitted): `theirs` is the form as the new version starts it.
   */
  conflict?: { mine: T; theirs: T; changedSince?: boolean };
  keepMine(): void;
  takeTheirs(): void;
  /** The form was restored from this browser's copy, which the server had not received yet. */
  restored: boolean;
  /** False for a draft kept in this browser only (no `save`): nothing goes to the server before the act. */
  serverBacked: boolean;
  /** Saves at once (before a submit); resolves with the server's version, undefined without a server. */
  saveNow(): Promise<string | undefined>;
  /** Forgets the browser's copy (once the form is submitted). */
  clear(): void;
}

interface StoredDraft<T> {
  value: T;
  /** The server version the copy was typed over. */
  baseVersion?: string;
  /** False while the server has not received it. */
  onServer: boolean;
}

const PREFIX = 'dgcc:draft:';

// localStorage can be missing or refuse writes (private windows, full quota): the form still works.
function readStored<T>(key: string): StoredDraft<T> | undefined {
  try {
    const text = window.localStorage.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as StoredDraft<T>) : undefined;
  } catch {
    return undefined;
  }
}

function writeStored<T>(key: string, stored: StoredDraft<T> | undefined): void {
  try {
    if (stored) window.localStorage.setItem(PREFIX + key, JSON.stringify(stored));
    else window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: the server copy (when there is one) is the safety net.
  }
}

/**
 * A form's draft that is never lost: every change is kept in the browser at once (it survives a
 * reload or a lost connection) and sent to the server after a pause. A save refused because another
 * tab or device saved meanwhile becomes a conflict the user settles, seeing both versions.
 */
export function useDraft<T>(options: DraftOptions<T>): Draft<T> {
  const { storageKey, save } = options;
  const delayMs = options.delayMs === undefined ? 1500 : options.delayMs;
  const [state, setState] = React.useState(() => {
    const stored = readStored<T>(storageKey);
    const restore = !!stored && !stored.onServer;
    // Without a server copy nothing else notices that what the draft answers has changed since it was
    // typed (a report resubmitted): the old copy is offered, never applied silently.
    const changedSince = restore && !!stored && !save && stored.baseVersion !== options.initialVersion;
    return {
      value: restore && stored && !changedSince ? stored.value : options.initial,
      status: (changedSince ? 'conflict' : restore ? 'unsaved' : 'idle') as DraftSaveStatus,
      restored: restore && !changedSince,
      savedAt: undefined as Date | undefined,
      error: undefined as unknown,
      conflict: (changedSince && stored ? { mine: stored.value, theirs: options.initial, changedSince: true } : undefined) as
        | { mine: T; theirs: T; changedSince?: boolean }
        | undefined
    };
  });
  const version = React.useRef<string | undefined>(options.initialVersion);
  const theirsVersion = React.useRef<string | undefined>(undefined);
  const latest = React.useRef<T>(state.value);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = React.useRef<Promise<string | undefined> | undefined>(undefined);
  const mounted = React.useRef(true);
  const saveRef = React.useRef(save);
  saveRef.current = save;

  const patch = React.useCallback((changes: Partial<typeof state>) => {
    if (mounted.current) setState((s) => ({ ...s, ...changes }));
  }, []);

  const send = React.useCallback(async (): Promise<string | undefined> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    const saver = saveRef.current;
    if (!saver) return undefined;
    if (inFlight.current) await inFlight.current.catch(() => undefined);
    const value = latest.current;
    patch({ status: 'saving', error: undefined });
    const attempt = saver(value, version.current).then(
      (result) => {
        version.current = result.version;
        const changedMeanwhile = latest.current !== value;
        writeStored<T>(storageKey, changedMeanwhile ? { value: latest.current, baseVersion: result.version, onServer: false } : undefined);
        patch({ status: changedMeanwhile ? 'unsaved' : 'saved', savedAt: new Date(), restored: false });
        return result.version;
      },
      (error: unknown) => {
        if (error instanceof DraftConflictError) {
          theirsVersion.current = error.theirsVersion;
          patch({ status: 'conflict', conflict: { mine: value, theirs: error.theirs as T } });
        } else {
          patch({ status: 'failed', error });
        }
        throw error;
      }
    );
    // eslint-disable-next-line require-atomic-updates -- the earlier save was awaited above; one save at a time
    inFlight.current = attempt;
    try {
      return await attempt;
    } finally {
      // eslint-disable-next-line require-atomic-updates -- cleared only if it is still this attempt
      if (inFlight.current === attempt) inFlight.current = undefined;
    }
  }, [patch, storageKey]);

  const update = React.useCallback(
    (next: T) => {
      latest.current = next;
      writeStored<T>(storageKey, { value: next, baseVersion: version.current, onServer: false });
      setState((s) => ({ ...s, value: next, status: s.status === 'conflict' ? 'conflict' : 'unsaved' }));
      if (timer.current) clearTimeout(timer.current);
      if (saveRef.current) timer.current = setTimeout(() => send().catch(() => undefined), delayMs);
    },
    [delayMs, send, storageKey]
  );

  const keepMine = React.useCallback(() => {
    const conflict = state.conflict;
    if (conflict && conflict.changedSince) {
      // The old copy taken over the new version: kept from now on as typed over it.
      latest.current = conflict.mine;
      writeStored<T>(storageKey, { value: conflict.mine, baseVersion: version.current, onServer: false });
      patch({ value: conflict.mine, conflict: undefined, status: 'unsaved', restored: true });
      return;
    }
    version.current = theirsVersion.current;
    patch({ conflict: undefined, status: 'unsaved' });
    send().catch(() => undefined);
  }, [patch, send, state.conflict, storageKey]);

  const takeTheirs = React.useCallback(() => {
    setState((s) => {
      if (!s.conflict) return s;
      latest.current = s.conflict.theirs;
      if (s.conflict.changedSince) {
        // The old copy dropped: the form starts from the new version, as if no draft had been kept.
        writeStored<T>(storageKey, undefined);
        return { ...s, value: s.conflict.theirs, conflict: undefined, status: 'idle', restored: false };
      }
      version.current = theirsVersion.current;
      writeStored<T>(storageKey, undefined);
      return { ...s, value: s.conflict.theirs, conflict: undefined, status: 'saved', savedAt: new Date() };
    });
  }, [storageKey]);

  const clear = React.useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    writeStored<T>(storageKey, undefined);
    patch({ status: 'idle', restored: false });
  }, [patch, storageKey]);

  // A restored copy goes to the server as soon as the form opens.
  React.useEffect(() => {
    mounted.current = true;
    if (state.restored && saveRef.current) send().catch(() => undefined);
    return () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form opens
  }, []);

  return {
    value: state.value,
    update,
    status: state.status,
    savedAt: state.savedAt,
    error: state.error,
    conflict: state.conflict,
    keepMine,
    takeTheirs,
    restored: state.restored,
    serverBacked: !!save,
    saveNow: send,
    clear
  };
}
