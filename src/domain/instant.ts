/**
 * An ISO time as an instant (milliseconds), 0 when unreadable. SharePoint writes "…:05Z", a script
 * "…:05.123Z": as text they would not compare, as instants they do.
 */
export function instant(iso: string): number {
  const t = Date.parse(iso);
  return isNaN(t) ? 0 : t;
}
