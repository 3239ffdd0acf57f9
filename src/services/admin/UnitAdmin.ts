import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import type { JournalChange } from '../../domain/admin/journal';
import { effectiveFromAfter, lastChanges, unitRowFields, validateUnitChange, type UnitChange, type UnitProblem } from '../../domain/admin/units';
import { transferRowFields, unitLeft, validateTransfer, type Transfer, type TransferProblem } from '../../domain/admin/transfers';
import { buildOrgModel, type DirectoryPerson } from '../../domain/org/buildOrgModel';
import { departuresOf, unitsAt } from '../../domain/org/unitHistory';
import { normalizeLogin, type OrgUnit } from '../../domain/org/orgModel';
import type { IDirectoryService } from '../contracts';
import { readUnitRows, unitsInForce, type OrgDirectoryService } from '../graph/OrgDirectoryService';
import { LISTS } from '../sharepoint/schema';
import type { AdminProblems, DirectoryEntry, IUnitAdmin, UnitAdminView } from './contracts';

/** A search answers with a screenful of people: typing more narrows it. */
const SEARCH_HITS = 20;

/** What HR typed did not pass the domain's checks: nothing was written. */
export class UnitProblemsError extends Error implements AdminProblems<UnitProblem> {
  public constructor(public readonly problems: UnitProblem[]) {
    super(`The unit's change was not recorded: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
    this.name = 'UnitProblemsError';
  }
}

/** The transfer did not pass the domain's checks: nothing was written. */
export class TransferProblemsError extends Error implements AdminProblems<TransferProblem> {
  public constructor(public readonly problems: TransferProblem[]) {
    super(`The transfer was not recorded: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
    this.name = 'TransferProblemsError';
  }
}

/** Names compared as people type them: case and Vietnamese accents do not matter ("dang thu ha"). */
export function foldText(text: string | undefined): string {
  return (text || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/**
 * Units and people (DGCC_Units, a dated history: HR adds rows and edits none). The roster is the
 * directory (Entra ID through Graph); what it lacks (the unit's code and place, who heads, deputises,
 * keeps the minutes or evaluates, who is in which task group) is a new row from a date, journalled.
 */
export class UnitAdmin implements IUnitAdmin {
  public constructor(
    private readonly sp: SPFI,
    private readonly orgDirectory: OrgDirectoryService,
    private readonly directory: IDirectoryService,
    private readonly journal: { record(change: JournalChange): Promise<void> },
    private readonly today: () => Date
  ) {}

  public async getUnits(): Promise<UnitAdminView> {
    const [rows, loaded, me] = await Promise.all([readUnitRows(this.sp), this.orgDirectory.getOrg(), this.directory.getMe()]);
    const now = this.today();
    const { units, history } = unitsInForce(rows, now);
    const transfers = departuresOf(history.versions)
      .reverse()
      .map((d) => ({ login: d.login, unitCode: d.unitCode, managerLogin: d.managerLogin, from: d.from }));
    return { units, lastChange: lastChanges(history.versions), people: this.entries(loaded.directory || [], units), recorder: normalizeLogin(me.userPrincipalName), today: now.toISOString(), transfers, snapshot: loaded.snapshot };
  }

  public refreshSnapshot(): Promise<{ takenAt: string; people: number }> {
    return this.orgDirectory.refreshSnapshot();
  }

  public async recordTransfer(transfer: Transfer): Promise<void> {
    const [rows, loaded, me] = await Promise.all([readUnitRows(this.sp), this.orgDirectory.getOrg(), this.directory.getMe()]);
    const { history } = unitsInForce(rows, this.today());
    const from = transfer.effectiveFrom;
    const unitsThen = /^\d{4}-\d{2}-\d{2}$/.test(from) ? unitsAt(history.versions, `${from}T00:00:00Z`) : [];
    const problems = validateTransfer(transfer, {
      recorder: me.userPrincipalName,
      directory: (loaded.directory || []).map((p) => p.login),
      units: unitsThen,
      today: this.today().toISOString().slice(0, 10)
    });
    if (problems.length) throw new TransferProblemsError(problems);
    const left = unitLeft(unitsThen, transfer.previousManagerLogin) as OrgUnit;
    await this.sp.web.lists.getByTitle(LISTS.units.title).items.add(transferRowFields(left, transfer));
    await this.journal.record({
      subject: 'UNIT',
      subjectKey: left.code,
      action: 'TRANSFER',
      reason: transfer.reason.trim(),
      before: { person: normalizeLogin(transfer.login), unit: left.code, manager: normalizeLogin(transfer.previousManagerLogin) },
      after: { person: normalizeLogin(transfer.login), effectiveFrom: from }
    });
  }

  public async recordChange(change: UnitChange): Promise<void> {
    const [rows, loaded, me] = await Promise.all([readUnitRows(this.sp), this.orgDirectory.getOrg(), this.directory.getMe()]);
    const { units, history } = unitsInForce(rows, this.today());
    const problems = validateUnitChange(change, {
      recorder: me.userPrincipalName,
      directory: (loaded.directory || []).map((p) => p.login),
      units,
      lastChange: lastChanges(history.versions)
    });
    if (problems.length) throw new UnitProblemsError(problems);
    const written = unitRowFields(change);
    const fields = { ...written, EffectiveFrom: effectiveFromAfter(written.EffectiveFrom, lastChanges(history.versions)[written.UnitCode]) };
    const before = units.find((u) => u.code === fields.UnitCode);
    await this.sp.web.lists.getByTitle(LISTS.units.title).items.add(fields);
    await this.journal.record({
      subject: 'UNIT',
      subjectKey: fields.UnitCode,
      action: before ? 'CHANGE' : 'ADD',
      reason: (change.reason || '').trim() || undefined,
      before: before ? summary(before) : undefined,
      after: { ...summary({ ...change, code: fields.UnitCode }), effectiveFrom: fields.EffectiveFrom.slice(0, 10) }
    });
  }

  public async searchDirectory(text: string): Promise<DirectoryEntry[]> {
    const term = foldText(text);
    if (!term) return [];
    const loaded = await this.orgDirectory.getOrg();
    const units = Object.keys(loaded.org.units).map((code) => loaded.org.units[code]);
    const people = this.entries(loaded.directory || [], units);
    return Object.keys(people)
      .map((login) => people[login])
      .filter((p) => foldText(p.displayName).indexOf(term) >= 0 || foldText(p.jobTitle).indexOf(term) >= 0 || p.login.indexOf(term) >= 0)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'))
      .slice(0, SEARCH_HITS);
  }

  /** The directory by login, each with the unit the units in force place them in. */
  private entries(directory: readonly DirectoryPerson[], units: readonly OrgUnit[]): { [login: string]: DirectoryEntry } {
    const placed = buildOrgModel(units, directory, []).org.people;
    const people: { [login: string]: DirectoryEntry } = {};
    directory.forEach((p) => {
      const login = normalizeLogin(p.login);
      people[login] = {
        login,
        displayName: p.displayName,
        jobTitle: p.jobTitle,
        unitCode: placed[login] ? placed[login].unitCode : undefined,
        managerLogin: p.managerLogin ? normalizeLogin(p.managerLogin) : undefined
      };
    });
    return people;
  }
}

/** What the journal keeps of a unit's state: its roles and groups, small enough to compare side by side. */
function summary(unit: Pick<OrgUnit, 'code' | 'name' | 'parentCode' | 'headLogin' | 'deputyLogins' | 'secretaryLogin' | 'evaluatorLogin' | 'taskGroups' | 'taskGroupMembers' | 'periodKind'>): object {
  return {
    name: unit.name,
    parentCode: unit.parentCode || '',
    head: unit.headLogin || '',
    deputies: unit.deputyLogins.slice(),
    secretary: unit.secretaryLogin || '',
    evaluator: unit.evaluatorLogin || '',
    taskGroups: unit.taskGroups.slice(),
    taskGroupMembers: unit.taskGroupMembers || {},
    periodKind: unit.periodKind || ''
  };
}
