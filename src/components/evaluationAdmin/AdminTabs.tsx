import * as React from 'react';
import { usePlace } from '../common/usePlace';
import styles from './AdminTabs.module.scss';

export interface AdminTab {
  key: string;
  label: string;
  render: () => React.ReactNode;
}

/**
 * The query parameter that kept the open tab before the tabs became places (dgcc-view=admin,
 * dgcc-screen=<tab>): an address saved then still opens its tab.
 */
export const ADMIN_TAB_PARAM = 'dgcc-admin';

function tabInOldAddress(): string | undefined {
  try {
    return new URLSearchParams(window.location.search).get(ADMIN_TAB_PARAM) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The administration's tabs, as WAI-ARIA's tabs pattern: one tab stop, arrow keys, Home and End move
 * between tabs. The open tab is a place in the page's address (usePlace): a reload and a link land on
 * it, the back button returns to the tab before. A click is a new history entry; the arrow keys pass
 * over tabs on the way to one, so they correct the entry rather than add one each. Only the open panel
 * is rendered, so a section's data and code load when HR opens it.
 */
export function AdminTabs(props: { label: string; tabs: readonly AdminTab[] }): JSX.Element {
  const { tabs } = props;
  const [place, go] = usePlace('admin');
  const [oldAddress] = React.useState(tabInOldAddress);
  const known = (key: string | undefined): key is string => tabs.some((t) => t.key === key);
  const selected = known(place.screen) ? place.screen : place.screen === undefined && known(oldAddress) ? oldAddress : tabs[0].key;
  const refs = React.useRef<{ [key: string]: HTMLButtonElement | undefined }>({});
  const select = (key: string, byArrow: boolean): void => {
    if (key !== selected) go({ screen: key }, { replace: byArrow });
    if (byArrow) refs.current[key]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const index = tabs.findIndex((t) => t.key === selected);
    const move: { [key: string]: number } = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (move[event.key] === undefined) return;
    event.preventDefault();
    select(tabs[(move[event.key] + tabs.length) % tabs.length].key, true);
  };
  const open = tabs.find((t) => t.key === selected) || tabs[0];
  return (
    <div>
      <div role="tablist" aria-label={props.label} className={styles.tablist} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(el) => {
              refs.current[tab.key] = el || undefined;
            }}
            role="tab"
            type="button"
            id={`dgcc-admin-tab-${tab.key}`}
            aria-selected={tab.key === open.key}
            aria-controls={`dgcc-admin-panel-${tab.key}`}
            tabIndex={tab.key === open.key ? 0 : -1}
            className={tab.key === open.key ? `${styles.tab} ${styles.selected}` : styles.tab}
            onClick={() => select(tab.key, false)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`dgcc-admin-panel-${open.key}`} aria-labelledby={`dgcc-admin-tab-${open.key}`} tabIndex={0} className={styles.panel}>
        {open.render()}
      </div>
    </div>
  );
}
