import type { BlockedReason } from './availability';

/**
 * A draft (or a self-evaluation, or the minutes) was saved meanwhile from another tab or device: the
 * screen shows both versions and lets the user keep theirs (saved over `theirsVersion`) or take the
 * saved one. Nothing is written when this is thrown.
 */
export class DraftConflictError<T = unknown> extends Error {
  public readonly name: string = 'DraftConflictError';
  public readonly theirs: T;
  public readonly theirsVersion: string;

  public constructor(theirs: T, theirsVersion: string) {
    super('The draft was saved meanwhile from another tab or device.');
    Object.setPrototypeOf(this, DraftConflictError.prototype);
    this.theirs = theirs;
    this.theirsVersion = theirsVersion;
  }
}

/** The act was refused because the acting user may not take this step now (the reason says why). */
export class StepNotAllowedError extends Error {
  public readonly name: string = 'StepNotAllowedError';
  public readonly reason: BlockedReason;

  public constructor(reason: BlockedReason) {
    super(`Step not allowed: ${reason}`);
    Object.setPrototypeOf(this, StepNotAllowedError.prototype);
    this.reason = reason;
  }
}
