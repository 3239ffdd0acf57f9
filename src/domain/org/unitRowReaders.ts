import { normalizeLogin, type Departure } from './orgModel';

/**
 * The units list's JSON cells as the org model reads them. Small and apart from HR's rules of changing
 * units (domain/admin/units), so that every page's first view carries only these.
 */

/**
 * Reads the TaskGroupMembers column: a JSON object login → group. Anything else (hand-typed, broken)
 * reads as nobody placed, so a bad cell never moves a person into another's quota.
 */
export function readTaskGroupMembers(text: string | undefined): { [login: string]: string } {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const members: { [login: string]: string } = {};
  Object.keys(parsed).forEach((login) => {
    const group = (parsed as { [key: string]: unknown })[login];
    if (typeof group === 'string' && group.trim() && normalizeLogin(login)) members[normalizeLogin(login)] = group.trim();
  });
  return members;
}

/**
 * Reads the Departures column: JSON { login: { managerLogin } }. An entry without a manager says
 * nothing about the past and is left out, as is anything unreadable.
 */
export function readDepartures(text: string | undefined): { [login: string]: Departure } {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const departures: { [login: string]: Departure } = {};
  Object.keys(parsed).forEach((login) => {
    const entry = (parsed as { [key: string]: unknown })[login];
    const manager = entry && typeof entry === 'object' ? (entry as { managerLogin?: unknown }).managerLogin : undefined;
    if (typeof manager === 'string' && normalizeLogin(manager) && normalizeLogin(login)) departures[normalizeLogin(login)] = { managerLogin: normalizeLogin(manager) };
  });
  return departures;
}
