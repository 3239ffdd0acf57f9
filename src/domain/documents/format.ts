import type { RatingOutcome } from '../rating/ratingCodes';
import type { DocumentIdentity, PeriodLabel } from './inputs';

/**
 * How the documents write numbers, dates and names (NĐ 30/2020 Phụ lục I; official-documents.md 1.1
 * and 3.2): a decimal comma ("2,5"), leading zeros on days under 10 and on months 1 and 2, and on
 * số under 10.
 */

/** "2,5", "27,75", "90": at most `decimals` places, trailing zeros dropped, a decimal comma. */
export function formatScore(value: number, decimals = 2): string {
  const factor = Math.pow(10, decimals);
  const rounded = Math.round(value * factor + (value >= 0 ? 1e-9 : -1e-9)) / factor;
  return String(rounded).replace('.', ',');
}

/** A ratio 0..1 as a percentage: "95,83 %". */
export function formatPercent(ratio: number): string {
  return `${formatScore(ratio * 100)} %`;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The parts of an ISO date (yyyy-mm-dd…) as written, without a time-zone shift; undefined when not a date. */
export function dateParts(iso: string | undefined): { day: number; month: number; year: number } | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Vietnam has one time zone, UTC+7, without summer time. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * Date and hour in Vietnam of an ISO date-time. A date-time with a zone (Z or ±hh:mm) is converted;
 * one without is taken as written; a bare date has no hour.
 */
export function dateTimeParts(iso: string | undefined): { day: number; month: number; year: number; hour?: number; minute?: number } | undefined {
  if (iso === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!m) return undefined;
  if (m[4] === undefined) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (m[6] === undefined) {
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]) };
  }
  const instant = new Date(iso.trim());
  if (isNaN(instant.getTime())) return undefined;
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MINUTES * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes()
  };
}

/** NĐ 30/2020 Phụ lục I: days under 10 and months 1 and 2 take a leading zero. */
export function dayText(day: number): string {
  return pad2(day);
}

export function monthText(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** "ngày 05 tháng 3 năm 2026"; blanks for the signer to fill when there is no date. */
export function dateWords(iso: string | undefined): string {
  const d = dateParts(iso);
  if (!d) return 'ngày …… tháng …… năm ……';
  return `ngày ${dayText(d.day)} tháng ${monthText(d.month)} năm ${d.year}`;
}

/** The địa danh and date line: "Hà Nội, ngày 05 tháng 3 năm 2026". */
export function placeDateLine(place: string, iso: string | undefined): string {
  return `${place}, ${dateWords(iso)}`;
}

/**
 * "Số: 05/QĐ-CDSVH"; the number left blank for Văn thư when not issued, the abbreviation left as
 * "…" when not configured: never invented (official-documents.md 3.5).
 */
export function numberLine(identity: DocumentIdentity, typeCode: string): string {
  const number = typeof identity.number === 'number' && identity.number > 0 ? pad2(identity.number) : '      ';
  const unit = identity.unitAbbreviation && identity.unitAbbreviation.trim() ? identity.unitAbbreviation.trim() : '…';
  return `Số: ${number}/${typeCode}-${unit}`;
}

/** The số and ký hiệu alone ("05/QĐ-CDSVH"), for "(Kèm theo Quyết định số …)". */
export function numberAndSymbol(identity: DocumentIdentity, typeCode: string): string {
  return numberLine(identity, typeCode).replace(/^Số: /, '').trim();
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Tháng 11/2026", "Quý IV/2026" (the kỳ as Mẫu 01 names it). */
export function periodText(period: PeriodLabel): string {
  return period.kind === 'MONTH' ? `Tháng ${period.index}/${period.year}` : `Quý ${ROMAN[period.index - 1] ?? period.index}/${period.year}`;
}

/** Short column heading: "T11", "Quý IV". */
export function periodShortText(period: PeriodLabel): string {
  return period.kind === 'MONTH' ? `T${period.index}` : `Quý ${ROMAN[period.index - 1] ?? period.index}`;
}

/** The levels as the decrees write them; the two outcomes that are not levels, as the decision states them. */
export const OUTCOME_TEXT: Readonly<Record<RatingOutcome, string>> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  NOT_CLASSIFIED: 'Không xếp loại',
  NEEDS_DECISION: 'Chờ người có thẩm quyền quyết định'
};

export function outcomeText(outcome: RatingOutcome | undefined): string {
  return outcome === undefined ? '' : OUTCOME_TEXT[outcome];
}

/** Vietnamese capitals (toUpperCase keeps the diacritics: "Cục Di sản văn hóa" → "CỤC DI SẢN VĂN HÓA"). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** Letters without diacritics, for file names: "Nguyễn Văn Ân" → "nguyen-van-an". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
