import { journalPayload, type JournalChange } from '../../../src/domain/admin/journal';
import { parseSettingValue, serializeSettingValue } from '../../../src/domain/admin/settingsHistory';
import { NOTIFICATION_CHANNEL_KEY } from '../../../src/services/notifications/GraphNotifier';
import { LISTS } from '../../../src/services/sharepoint/schema';
import { DEV_ACCOUNTS } from '../../seed/accounts';
import type { BulkItem } from '../../server/bulk';
import { CATALOGUE_EFFECTIVE_FROM, catalogueUnitCode, PRODUCT_CATALOGUE } from './catalogue';
import { notAfter, vnTime } from './cast';

/** A period as the periods list has it (what the journal says about it). */
export interface AdministeredPeriod {
  Id: number;
  Title?: string;
  EvalYear: number;
  PeriodKind: string;
  PeriodIndex?: number;
  PeriodStatus: string;
  Deadline?: string;
}

/** The HTXSNV quota: the law's 20 %, the default (a sample row, so that the settings have a history). */
export const SAMPLE_QUOTA_RATE = 0.2;

/** The sample ministry's notices go by mail (Teams needs the app's id, which a tenant gives). */
export const SAMPLE_NOTIFICATION_CHANNEL = 'MAIL';

/** Why HR reopened a month once in the story (the journal's example of a reopening with its reason). */
export const SAMPLE_REOPEN_REASON =
  'Cục Di sản văn hóa đề nghị mở lại để hai công chức nghỉ phép khi hết hạn bổ sung minh chứng (Công văn số 214/DSVH-VP).';

export interface AdministrationSample {
  settings: BulkItem[];
  /** the journal entries, oldest first (their ids follow their dates) */
  journal: BulkItem[];
  /** the month reopened and closed again in the story, if the history has one */
  reopenedPeriodId?: number;
}

/**
 * What HR (Vụ Tổ chức cán bộ) did in the administration before `today`, as its lists would hold it:
 * dated setting rows (the quota's rate from the first year told, the notification channel from the
 * first NĐ 335 year, both the defaults' values, so no decided year changes), the catalogue's products
 * added, each year's periods created on its first working day
 * and each closed month closed the day after its deadline; one month reopened with a reason a few
 * days after it closed, then closed again. Every entry is HR's, in the journal (DGCC_AdminLog).
 */
export function administrationSample(periods: readonly AdministeredPeriod[], today: Date, firstYear: number): AdministrationSample {
  const hr = DEV_ACCOUNTS.hr.upn;
  const entries: Array<{ created: string; change: JournalChange }> = [];
  const add = (created: string, change: JournalChange): void => {
    // Nothing from the future: an entry dated after `today` did not happen yet.
    if (Date.parse(created) <= today.getTime()) entries.push({ created: notAfter(created, today, 1), change });
  };
  const settings: BulkItem[] = [];
  const setting = (created: string, name: string, value: string, effectiveFrom: string): void => {
    settings.push({ authorUpn: hr, created, values: { Title: name, SettingValue: value, EffectiveFrom: effectiveFrom } });
    add(created, { subject: 'SETTING', subjectKey: name, action: 'ADD', after: { value: parseSettingValue(value), effectiveFrom } });
  };
  // The quota as the law has it (20 %, NĐ 48/2023 khoản 6 Điều 2; NĐ 335/2025), set before the first year told.
  setting(vnTime(firstYear - 1, 12, 26, 8, 20), 'quota.rate', serializeSettingValue(SAMPLE_QUOTA_RATE), `${firstYear}-01-01T00:00:00Z`);
  // A plain word, as GraphNotifier has always read it.
  setting(vnTime(2025, 12, 26, 8, 30), NOTIFICATION_CHANNEL_KEY, SAMPLE_NOTIFICATION_CHANNEL, CATALOGUE_EFFECTIVE_FROM);
  PRODUCT_CATALOGUE.forEach((p, i) =>
    add(vnTime(2025, 12, 26, 9, i), {
      subject: 'PRODUCT',
      subjectKey: p.code,
      action: 'ADD',
      after: { name: p.name, group: p.group, measureUnit: p.measureUnit, unitCode: catalogueUnitCode(p), conversionFactor: p.conversionFactor, effectiveFrom: CATALOGUE_EFFECTIVE_FROM }
    })
  );
  // As the periods screen records them (PeriodAdmin): a year's periods created in one entry keyed
  // `year:<year>`, each change of one period keyed by its id, with its title, status and deadline.
  const describe = (p: AdministeredPeriod, status: string): { [key: string]: unknown } => ({ title: p.Title, status, deadline: p.Deadline });
  const months = periods
    .filter((p) => p.PeriodKind === 'MONTH' && typeof p.PeriodIndex === 'number')
    .sort((a, b) => a.EvalYear * 12 + (a.PeriodIndex as number) - (b.EvalYear * 12 + (b.PeriodIndex as number)));
  const years = periods.map((p) => p.EvalYear).filter((y, i, all) => all.indexOf(y) === i).sort((a, b) => a - b);
  for (const year of years) {
    const ofYear = periods.filter((p) => p.EvalYear === year).sort((a, b) => (a.PeriodKind === 'YEAR' ? 1 : 0) - (b.PeriodKind === 'YEAR' ? 1 : 0) || (a.PeriodIndex || 0) - (b.PeriodIndex || 0));
    add(vnTime(year, 1, 2, 8, 15), { subject: 'PERIOD', subjectKey: `year:${year}`, year, action: 'CREATE', after: ofYear.map((p) => describe(p, 'OPEN')) });
  }
  const closed = months.filter((p) => p.PeriodStatus === 'CLOSED');
  // The third month from the last closed one was reopened (the late unit's month is left to HR's screen).
  const reopened = closed.length >= 3 ? closed[closed.length - 3] : undefined;
  for (const p of months) {
    if (p.PeriodStatus !== 'CLOSED' || !p.Deadline) continue;
    const deadline = new Date(p.Deadline);
    const dayAfter = (days: number, hour: number): string => vnTime(deadline.getUTCFullYear(), deadline.getUTCMonth() + 1, deadline.getUTCDate() + days, hour, 0);
    add(dayAfter(1, 8), { subject: 'PERIOD', subjectKey: String(p.Id), year: p.EvalYear, action: 'CLOSE', before: describe(p, 'OPEN'), after: describe(p, 'CLOSED') });
    if (p === reopened) {
      add(dayAfter(3, 10), { subject: 'PERIOD', subjectKey: String(p.Id), year: p.EvalYear, action: 'REOPEN', reason: SAMPLE_REOPEN_REASON, before: describe(p, 'CLOSED'), after: describe(p, 'OPEN') });
      add(dayAfter(6, 16), { subject: 'PERIOD', subjectKey: String(p.Id), year: p.EvalYear, action: 'CLOSE', before: describe(p, 'OPEN'), after: describe(p, 'CLOSED') });
    }
  }
  entries.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  const journal: BulkItem[] = entries.map(({ created, change }, i) => ({
    authorUpn: hr,
    created,
    values: {
      Title: `${change.subject} ${change.subjectKey}`.slice(0, 255),
      ...(change.year === undefined ? {} : { EvalYear: change.year }),
      Subject: change.subject,
      SubjectKey: change.subjectKey,
      ActKey: `ADM-SAMPLE-${i + 1}`,
      Payload: journalPayload(change)
    }
  }));
  return { settings, journal, reopenedPeriodId: reopened ? reopened.Id : undefined };
}

export const ADMINISTRATION_LISTS = { settings: LISTS.settings.title, journal: LISTS.adminLog.title };
