/**
 * A place in the product: which web part, and what it shows (a period, a person, a unit's year). Kept in
 * the page's address (query parameters prefixed "dgcc-"), so a reload, the back button and a link in a
 * notice land on the same screen. Pure: the components read and write the address, the notifier builds
 * links with `placeLink`.
 */
export type PlaceView = 'my' | 'review' | 'dashboard' | 'admin';

export interface Place {
  view?: PlaceView;
  /** The part of the view: a web part's tab or screen (e.g. 'period', 'year', 'unitYear', 'periods'). */
  screen?: string;
  periodId?: number;
  year?: number;
  /** A person's login (user principal name). */
  person?: string;
  unit?: string;
}

const VIEWS: readonly PlaceView[] = ['my', 'review', 'dashboard', 'admin'];
const PREFIX = 'dgcc-';
const KEYS: ReadonlyArray<keyof Place> = ['view', 'screen', 'periodId', 'year', 'person', 'unit'];

function paramName(key: keyof Place): string {
  return PREFIX + key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function positiveInteger(value: ReturnType<URLSearchParams['get']>): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** Reads a place from an address's query string; anything malformed is left out, never trusted. */
export function placeFromSearch(search: string): Place {
  const params = new URLSearchParams(search);
  const place: Place = {};
  const view = params.get(paramName('view'));
  if (view && (VIEWS as readonly string[]).indexOf(view) >= 0) place.view = view as PlaceView;
  const screen = params.get(paramName('screen'));
  if (screen && /^[a-zA-Z][\w-]{0,39}$/.test(screen)) place.screen = screen;
  place.periodId = positiveInteger(params.get(paramName('periodId')));
  place.year = positiveInteger(params.get(paramName('year')));
  const person = params.get(paramName('person'));
  if (person && person.length <= 256 && /^[^\s<>"']+$/.test(person)) place.person = person;
  const unit = params.get(paramName('unit'));
  if (unit && /^[\w.-]{1,64}$/.test(unit)) place.unit = unit;
  KEYS.forEach((key) => {
    if (place[key] === undefined) delete place[key];
  });
  return place;
}

/** The address of `place` on the page at `pageUrl` (its own dgcc- parameters replaced, others kept). */
export function placeLink(pageUrl: string, place: Place): string {
  const hashAt = pageUrl.indexOf('#');
  const withoutHash = hashAt >= 0 ? pageUrl.slice(0, hashAt) : pageUrl;
  const queryAt = withoutHash.indexOf('?');
  const base = queryAt >= 0 ? withoutHash.slice(0, queryAt) : withoutHash;
  const params = new URLSearchParams(queryAt >= 0 ? withoutHash.slice(queryAt + 1) : '');
  KEYS.forEach((key) => params.delete(paramName(key)));
  KEYS.forEach((key) => {
    const value = place[key];
    if (value !== undefined && value !== '') params.set(paramName(key), String(value));
  });
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
