/** Hà Nội time (UTC+7, no daylight saving): meetings, publications and deadlines are Vietnamese calendar days. */
const HANOI_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Hà Nội calendar day (YYYY-MM-DD) of an instant, or '' when it cannot be read. */
export function hanoiDay(at: Date | string): string {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return isNaN(time) ? '' : new Date(time + HANOI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `days` after a calendar day (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return isNaN(time) ? '' : new Date(time + days * 86400000).toISOString().slice(0, 10);
}

/** A calendar day as Vietnamese administrative documents write it: dd/mm/yyyy. */
export function dayText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}
