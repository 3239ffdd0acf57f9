import { normalizeLogin, type OrgUnit } from '../org/orgModel';
import { changeOf, REASON_MAX, unitRowFields, type UnitRowFields } from './units';

/**
 * A civil servant moved to another unit during the year. Entra ID then names their new manager and
 * forgets the old one; HR records the move here so that the months the old manager scored keep counting
 * (NĐ 335/2025: every period's score builds the year) and are judged by the authority of their date.
 * The move is a new dated row of the unit the person leaves (DGCC_Units.Departures), like any change.
 */
export interface Transfer {
  login: string;
  /** Their direct manager until the move: the directory's, when Entra ID is not updated yet. */
  previousManagerLogin: string;
  /** yyyy-mm-dd: the first day in the new unit. */
  effectiveFrom: string;
  /** The decision on the transfer (number, date): required, a move changes whose scores count. */
  reason: string;
}

export type TransferField = keyof Transfer;
export type TransferProblemCode = 'REQUIRED' | 'NOT_IN_DIRECTORY' | 'SELF_RECORDED' | 'SAME_PERSON' | 'NOT_A_MANAGER' | 'BAD_DATE' | 'FUTURE_DATE' | 'TOO_LONG';

export interface TransferProblem {
  field: TransferField;
  code: TransferProblemCode;
  params?: Array<string | number>;
}

export interface TransferContext {
  recorder: string;
  directory: readonly string[];
  /** The units in force on the day of the move. */
  units: readonly OrgUnit[];
  /** Today, yyyy-mm-dd: a move is recorded once it has happened. */
  today: string;
}

/** The unit the person leaves: the one their manager until then heads or deputises. */
export function unitLeft(units: readonly OrgUnit[], previousManagerLogin: string): OrgUnit | undefined {
  const manager = normalizeLogin(previousManagerLogin);
  return units.find((u) => u.headLogin === manager) || units.find((u) => u.deputyLogins.indexOf(manager) >= 0);
}

/** Checks a transfer before it is written; each problem names its field. */
export function validateTransfer(transfer: Transfer, context: TransferContext): TransferProblem[] {
  const problems: TransferProblem[] = [];
  const inDirectory: { [login: string]: true } = {};
  context.directory.forEach((l) => (inDirectory[normalizeLogin(l)] = true));
  const recorder = normalizeLogin(context.recorder);
  const login = normalizeLogin(transfer.login);
  const manager = normalizeLogin(transfer.previousManagerLogin);
  // Nobody records their own move, nor names themself as the manager whose scores then count (unitHistory screens it too).
  const person = (field: TransferField, value: string): void => {
    if (!value) problems.push({ field, code: 'REQUIRED' });
    else if (!inDirectory[value]) problems.push({ field, code: 'NOT_IN_DIRECTORY', params: [value] });
    else if (value === recorder) problems.push({ field, code: 'SELF_RECORDED', params: [value] });
  };
  person('login', login);
  person('previousManagerLogin', manager);
  if (login && login === manager) problems.push({ field: 'previousManagerLogin', code: 'SAME_PERSON' });
  else if (manager && inDirectory[manager] && !unitLeft(context.units, manager)) problems.push({ field: 'previousManagerLogin', code: 'NOT_A_MANAGER', params: [manager] });
  if (!transfer.effectiveFrom) problems.push({ field: 'effectiveFrom', code: 'REQUIRED' });
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(transfer.effectiveFrom) || isNaN(Date.parse(transfer.effectiveFrom))) problems.push({ field: 'effectiveFrom', code: 'BAD_DATE' });
  else if (transfer.effectiveFrom > context.today) problems.push({ field: 'effectiveFrom', code: 'FUTURE_DATE' });
  const reason = transfer.reason.trim();
  if (!reason) problems.push({ field: 'reason', code: 'REQUIRED' });
  else if (reason.length > REASON_MAX) problems.push({ field: 'reason', code: 'TOO_LONG', params: [REASON_MAX] });
  return problems;
}

/** The row that records the move: the unit left as it stood that day, with the departure. */
export function transferRowFields(unit: OrgUnit, transfer: Transfer): UnitRowFields & { Departures: string } {
  return {
    ...unitRowFields(changeOf(unit, transfer.effectiveFrom)),
    Departures: JSON.stringify({ [normalizeLogin(transfer.login)]: { managerLogin: normalizeLogin(transfer.previousManagerLogin) } })
  };
}
