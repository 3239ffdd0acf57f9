import { normalizeLogin, type Departure } from './orgModel';

/**
 * The units list's JSON cells as the org model reads them. Small and apart from HR's rules of changing
 * units (domain/admin/units), so that every page's first view carries only these.
 */

/** A JSON object keyed by login, each value as `read` makes of it (undefined: left out); anything else reads as empty. */
function readByLogin<T>(text: string | undefined, read: (value: unknown) => T | undefined): { [login: string]: T } {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const byLogin: { [login: string]: T } = {};
  Object.keys(parsed).forEach((login) => {
    const value = read((parsed as { [key: string]: unknown })[login]);
    if (value !== undefined && normalizeLogin(login)) byLogin[normalizeLogin(login)] = value;
  });
  return byLogin;
}

/**
 * Reads the TaskGroupMembers column: a JSON object login → group. Anything else (hand-typed, broken)
 * reads as nobody placed, so a bad cell never moves a person into another's quota.
 */
export function readTaskGroupMembers(text: string | undefined): { [login: string]: string } {
  return readByLogin(text, (group) => (typeof group === 'string' && group.trim() ? group.trim() : undefined));
}

/**
 * Reads the Departures column: JSON { login: { managerLogin } }. An entry without a manager says
 * nothing about the past and is left out, as is anything unreadable.
 */
export function readDepartures(text: string | undefined): { [login: string]: Departure } {
  return readByLogin(text, (entry) => {
    const manager = entry && typeof entry === 'object' ? (entry as { managerLogin?: unknown }).managerLogin : undefined;
    return typeof manager === 'string' && normalizeLogin(manager) ? { managerLogin: normalizeLogin(manager) } : undefined;
  });
}
