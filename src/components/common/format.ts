/** Fills "{0}", "{1}"… in a loc string. */
export function format(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** 87,5 in vi-VN, 87.5 in en-US: at most two decimals, as scores are written in the minutes. */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(score);
}

/** dd/MM/yyyy in vi-VN (the ministry's documents), the locale's own order otherwise. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(isoDate);
  if (isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

/** HH:mm in Hà Nội time: when figures were read, for the reader to judge how fresh they are. */
export function formatTime(isoDate: string, locale: string): string {
  const date = new Date(isoDate);
  if (isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}
