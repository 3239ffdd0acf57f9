import { quotaMaximum, WHOLE_AGENCY, type QuotaScope } from '../../domain/rating/quota';
import { DEFAULT_SETTINGS, type QuotaSettings } from '../../domain/rating/settings';
import { format } from '../common/format';

type Strings = IDanhGiaStrings;

const number = (value: number, locale: string): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
const percent = (rate: number, locale: string): string => `${number(rate * 100, locale)} %`;

function scopeName(strings: Strings, scope: string): string {
  return scope === WHOLE_AGENCY ? strings.UnitQuotaWholeAgency : format(strings.UnitQuotaGroup, scope);
}

/**
 * One scope of the HTXSNV quota in words (law.md 3.7): what is counted and how many, the limit and how
 * it was rounded ("20 % của 3 = 0,6, làm tròn xuống: 0"), how many are chosen, and what a recorded
 * exception does (its own cap from HR's settings). The numbers are the engine's (checkQuota); only the
 * plain limit, before any exception, is worked out again here from the settings, the same way.
 */
export function quotaScopeText(strings: Strings, scope: QuotaScope, settings: QuotaSettings = DEFAULT_SETTINGS.quota, locale = 'vi-VN'): string {
  const counted = settings.base === 'HTTNV' ? strings.UnitQuotaBase_HTTNV : strings.UnitQuotaBase_HTTNV_OR_ABOVE;
  const plainMax = quotaMaximum(settings.rate, scope.base);
  const exact = settings.rate * scope.base;
  // "20 % của 5 = 1" needs no rounding; "20 % của 3 = 0,6, làm tròn xuống: 0" does.
  const limit = format(
    Math.abs(exact - plainMax) < 1e-9 ? strings.UnitQuotaLimitExact : strings.UnitQuotaLimit,
    scopeName(strings, scope.scope),
    scope.base,
    counted,
    percent(settings.rate, locale),
    number(exact, locale),
    plainMax
  );
  const count = scope.countHTXSNV;
  let state: string;
  if (count <= plainMax) state = strings.UnitQuotaWithin;
  else if (!scope.exception) state = format(strings.UnitQuotaExceeded, count - plainMax);
  else if (!scope.violated) state = format(strings.UnitQuotaExceededExcepted, count - plainMax, scope.maxHTXSNV);
  else state = format(strings.UnitQuotaExceededBeyondException, scope.excess, scope.maxHTXSNV);
  const used = format(strings.UnitQuotaUsed, count, state);
  return count > plainMax ? `${limit} ${used} ${exceptionRule(strings, scope.base, settings, locale)}` : `${limit} ${used}`;
}

/** What a recorded exception may do, per HR's settings (law.md 3.7 b, UNCONFIRMED: a setting). */
function exceptionRule(strings: Strings, base: number, settings: QuotaSettings, locale: string): string {
  if (settings.exceptionMode === 'NOT_ALLOWED') return strings.UnitQuotaNoException;
  const ceiling = settings.exceptionMaxRate;
  if (typeof ceiling !== 'number') return strings.UnitQuotaExceptionEach;
  return format(strings.UnitQuotaExceptionCeiling, percent(ceiling, locale), base, number(ceiling * base, locale), quotaMaximum(ceiling, base));
}
