import { httpStatusOf } from '../../services/sharepoint/odata';

/** A short technical reason shown inside a message that already says what to do ("HTTP 503"). */
export function describeError(error: unknown): string {
  const status = httpStatusOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
