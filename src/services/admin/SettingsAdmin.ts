import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import {
  checkChange,
  parseSettingValue,
  publicationMarkOf,
  resolveSettingsAt,
  serializeSettingValue,
  settingsForYear,
  type PublicationMark,
  type SettingChange,
  type SettingRow
} from '../../domain/admin/settingsHistory';
import { readDecisionPayload } from '../../domain/evaluation/payloadReaders';
import type { RatingSettings } from '../../domain/rating/settings';
import { readTogether } from '../sharepoint/repository';
import { LISTS } from '../sharepoint/schema';
import type { AdminJournal } from './AdminJournal';
import { SettingsChangeRefused, type ISettingsAdmin, type SettingsAdminView } from './contracts';
import { SETTING_FIELDS, toSettingRow, type SettingListRow } from './SettingsReader';

interface DecisionRow {
  Id: number;
  EvalYear?: number;
  Payload?: string;
  Rating?: string;
  Created?: string;
}

/** A year's decisions stay far below the 5,000-item page (two per person: decided, then published). */
const ROWS = 5000;

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * HR's settings (tab "Thiết lập"): the dated history of DGCC_Settings, the values in force for a year,
 * and a change saved as a new row (HR holds "DGCC Thêm và xem": add and read, never edit or delete),
 * refused when it would reach a year whose results are published, then journalled.
 */
export class SettingsAdmin implements ISettingsAdmin {
  public constructor(
    private readonly sp: SPFI,
    private readonly journal: Pick<AdminJournal, 'record'>,
    private readonly today: () => Date
  ) {}

  public async getSettings(year: number): Promise<SettingsAdminView> {
    const thisYear = this.today().getUTCFullYear();
    const years = range(Math.min(year, thisYear) - 1, Math.max(year, thisYear));
    const { rows, marks } = await this.read(years);
    const publication = marks[year];
    return {
      year,
      today: isoDay(this.today()),
      rows,
      resolved: settingsForYear(rows, year, publication),
      decidedYears: years.filter((y) => !!marks[y]),
      publication
    };
  }

  public async forYear(year: number): Promise<RatingSettings> {
    const { rows, marks } = await this.read([year]);
    return settingsForYear(rows, year, marks[year]).settings;
  }

  public async save(change: SettingChange): Promise<void> {
    const effectiveYear = Number((change.effectiveFrom || '').slice(0, 4));
    const thisYear = this.today().getUTCFullYear();
    // Every year the row would reach, up to this one, must still be open (a later year has no results yet).
    const years = effectiveYear > 0 && effectiveYear <= thisYear ? range(effectiveYear, thisYear) : [];
    const { rows, marks } = await this.read(years);
    const decided = years.filter((y) => !!marks[y]);
    const problems = checkChange(change, rows, decided);
    if (problems.length > 0) throw new SettingsChangeRefused(problems);
    const before = resolveSettingsAt(rows, change.effectiveFrom).inForce[change.name];
    await this.sp.web.lists.getByTitle(LISTS.settings.title).items.add({
      Title: change.name,
      SettingValue: serializeSettingValue(change.value),
      EffectiveFrom: `${change.effectiveFrom}T00:00:00Z`
    });
    await this.journal.record({
      subject: 'SETTING',
      subjectKey: change.name,
      action: 'SET',
      reason: change.reason.trim(),
      before: before ? { value: parseSettingValue(before.text), effectiveFrom: before.effectiveFrom } : { value: 'DEFAULT' },
      after: { value: change.value, effectiveFrom: change.effectiveFrom }
    });
  }

  /** Every settings row (with who added it) and each year's first publication: one `$batch`. */
  private async read(years: readonly number[]): Promise<{ rows: SettingRow[]; marks: { [year: number]: PublicationMark | undefined } }> {
    const [rows, ...decisions] = await readTogether<[SettingListRow[], ...DecisionRow[][]]>(this.sp, (b) => [
      b.web.lists
        .getByTitle(LISTS.settings.title)
        .items.select(...SETTING_FIELDS, 'Author/Title', 'Author/Name')
        .expand('Author')
        .orderBy('Id', true)
        .top(ROWS)<SettingListRow[]>(),
      ...years.map((y) =>
        b.web.lists.getByTitle(LISTS.decisions.title).items.select('Id', 'EvalYear', 'Payload', 'Rating', 'Created').filter(`EvalYear eq ${y}`).orderBy('Id', true).top(ROWS)<DecisionRow[]>()
      )
    ] as unknown as [Promise<SettingListRow[]>, ...Array<Promise<DecisionRow[]>>]);
    const marks: { [year: number]: PublicationMark | undefined } = {};
    years.forEach((y, i) => {
      marks[y] = publicationMarkOf(
        decisions[i].map((d) => {
          const p = readDecisionPayload(d.Payload, d.Rating);
          return { published: p.published, settingsThrough: p.settingsThrough, at: d.Created };
        })
      );
    });
    return { rows: rows.map(toSettingRow), marks };
  }
}

function range(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}
