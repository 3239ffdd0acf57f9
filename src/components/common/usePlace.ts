import * as React from 'react';
import { placeFromSearch, placeLink, type Place, type PlaceView } from '../../domain/place';

/** The address this page last wrote: a web part remounted on it is not "landing" there (see usePlace). */
let lastWritten: string | undefined;

function currentSearch(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

/** The place in the address when it is one of `view`'s; an empty place (the view's first screen) otherwise. */
function placeOf(view: PlaceView, search: string): Place {
  const place = placeFromSearch(search);
  return place.view === view ? place : {};
}

/**
 * Where a web part is, kept in the page's address (dgcc- parameters): the web part lands on the place
 * the page was opened at (a link in a notice, a reload, the dashboard's link), each move is a new
 * history entry, and the browser's back and forward buttons move the web part with them.
 *
 * A web part remounted on an address it wrote itself (the local page's user switch, a tab shown again)
 * starts on its first screen: that place was one person's way through the screens, not a link.
 */
export function usePlace(view: PlaceView): [Place, (place: Place, options?: { replace?: boolean }) => void] {
  const [place, setPlace] = React.useState<Place>(() => (currentSearch() === lastWritten ? {} : placeOf(view, currentSearch())));
  React.useEffect(() => {
    const onPopState = (): void => {
      const search = currentSearch();
      const found = placeFromSearch(search);
      // Another web part's place on the same page leaves this one where it is.
      if (found.view === view || found.view === undefined) setPlace(placeOf(view, search));
      lastWritten = undefined;
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [view]);
  const go = React.useCallback(
    (next: Place, options?: { replace?: boolean }) => {
      const target = { ...next, view };
      const url = placeLink(window.location.href, target);
      if (url !== window.location.href) {
        try {
          // A move is a new entry (the back button undoes it); a correction of where we are is not.
          if (options && options.replace) window.history.replaceState(window.history.state, '', url);
          else window.history.pushState(window.history.state, '', url);
          lastWritten = currentSearch();
        } catch {
          // An address the host page does not let us change (a sandboxed frame): the screen still moves.
        }
      }
      setPlace(placeOf(view, placeLink('', target)));
    },
    [view]
  );
  return [place, go];
}

/**
 * One choice of a screen kept in the address with the screen (the year a section shows, the period it
 * works on), so a reload and the back button come back to it: undefined until chosen or when the address
 * names another screen. Choosing is a new history entry.
 */
export function usePlacedChoice(view: PlaceView, screen: string, key: 'year' | 'periodId'): [number | undefined, (value: number) => void] {
  const [place, go] = usePlace(view);
  const value = place.screen === screen ? place[key] : undefined;
  const choose = React.useCallback((next: number) => go({ screen, [key]: next }), [go, screen, key]);
  return [value, choose];
}

/** The year a screen shows, kept in the address: `fallback` unless the address names one of `allowed`. */
export function usePlacedYear(view: PlaceView, screen: string, fallback: number, allowed: readonly number[]): [number, (year: number) => void] {
  const [placed, choose] = usePlacedChoice(view, screen, 'year');
  return [placed !== undefined && allowed.indexOf(placed) >= 0 ? placed : fallback, choose];
}
