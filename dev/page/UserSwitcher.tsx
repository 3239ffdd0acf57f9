import * as React from 'react';
import type { PageWords } from './pageStrings';
import { describePerson, findPeople, indexPeople, type DevAccount } from './peopleSearch';

export type { DevAccount } from './peopleSearch';

/** At most this many people in the open list: a longer one is scrolled, not read; typing narrows it. */
export const SHOWN_AT_MOST = 50;

/** The README's order of the role accounts: from the civil servant up the chain, then HR and the site's owner. */
const ROLE_ORDER = ['staff', 'manager', 'unitHead', 'leader', 'hr', 'siteOwner'];
const roleRank = (a: DevAccount): number => {
  const rank = ROLE_ORDER.indexOf(a.role || '');
  return rank < 0 ? ROLE_ORDER.length : rank;
};

interface OptionGroup {
  label?: string;
  people: DevAccount[];
}

let switchers = 0;

/**
 * Who the page acts as: the local intranet has no sign-in, it trusts this choice (X-Dev-User).
 * An editable combobox with a list (WAI-ARIA APG "list autocomplete with automatic selection"):
 * typing narrows the ministry by name, unit, position, role or login, accents and case ignored; the
 * arrow keys move through the list, Enter chooses, Escape closes it and keeps the current person. The
 * list exists only while open, so no hidden option stays in the page.
 */
export function UserSwitcher(props: { accounts: DevAccount[]; value: string; onChange: (upn: string) => void; words: PageWords }): JSX.Element {
  const { accounts, value, onChange, words } = props;
  const ids = React.useMemo(() => `user-switcher-${++switchers}`, []);
  /** what is typed; undefined while the field shows the chosen person */
  const [query, setQuery] = React.useState<string | undefined>(undefined);
  const [open, setOpen] = React.useState(false);
  /** the option the arrow keys are on (aria-activedescendant), -1 for none */
  const [active, setActive] = React.useState(-1);

  const roleName = React.useCallback((a: DevAccount) => words.roleName(a.role, a.roleLabel), [words]);
  const index = React.useMemo(() => indexPeople(accounts, roleName), [accounts, roleName]);
  const chosen = accounts.find((a) => a.userPrincipalName === value);

  const { groups, note } = React.useMemo((): { groups: OptionGroup[]; note: string } => {
    if (!query || !query.trim()) {
      const sample = accounts.filter((a) => a.wellKnown).sort((a, b) => roleRank(a) - roleRank(b));
      const others = accounts.filter((a) => !a.wellKnown);
      const shown = others.slice(0, SHOWN_AT_MOST);
      return {
        groups: [
          { label: words.sampleRoles, people: sample },
          { label: words.everyone, people: shown }
        ],
        note: words.browsing(sample.length + shown.length, accounts.length)
      };
    }
    const found = findPeople(index, query, SHOWN_AT_MOST);
    const note = !found.total ? words.nothingFound(query.trim()) : found.total > found.people.length ? words.narrowing(found.people.length, found.total) : words.found(found.total);
    return { groups: [{ people: found.people }], note };
  }, [accounts, index, query, words]);
  const options = groups.reduce<DevAccount[]>((all, g) => all.concat(g.people), []);
  const optionId = (i: number): string => `${ids}-option-${i}`;

  React.useEffect(() => {
    if (!open || active < 0) return;
    const element = document.getElementById(optionId(active));
    if (element && element.scrollIntoView) element.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- optionId only depends on ids
  }, [open, active]);

  const close = (): void => {
    setOpen(false);
    setQuery(undefined);
    setActive(-1);
  };
  const choose = (account: DevAccount): void => {
    close();
    if (account.userPrincipalName !== value) onChange(account.userPrincipalName);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(e.altKey ? -1 : 0);
        } else {
          setActive(Math.min(active + 1, options.length - 1));
        }
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(options.length - 1);
        } else {
          setActive(Math.max(active - 1, 0));
        }
        return;
      case 'Enter':
        if (open && active >= 0 && options[active]) {
          e.preventDefault();
          choose(options[active]);
        }
        return;
      case 'Escape':
        if (open || query !== undefined) {
          e.preventDefault();
          close();
        }
        return;
      case 'Tab':
        if (open) close();
        return;
      default:
        return;
    }
  };

  let position = -1;
  const renderOption = (account: DevAccount): JSX.Element => {
    position += 1;
    const i = position;
    return (
      <div
        key={account.userPrincipalName}
        id={optionId(i)}
        role="option"
        aria-selected={i === active}
        className={`user-switcher-option${i === active ? ' is-active' : ''}${account.userPrincipalName === value ? ' is-chosen' : ''}`}
        onMouseMove={() => i !== active && setActive(i)}
        onClick={() => choose(account)}
      >
        {account.wellKnown ? <span className="user-switcher-role">{roleName(account)}: </span> : undefined}
        {describePerson(account)}
      </div>
    );
  };

  return (
    <div className="user-switcher">
      <label>
        {words.actingUser}{' '}
        <input
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? `${ids}-list` : undefined}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${ids}-hint`}
          autoComplete="off"
          spellCheck={false}
          data-upn={value}
          value={query !== undefined ? query : chosen ? chosen.displayName : ''}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(e.target.value.trim() ? 0 : -1);
          }}
          onKeyDown={onKeyDown}
          onFocus={(e) => e.target.select()}
          onClick={() => !open && setOpen(true)}
          onBlur={close}
        />
      </label>
      <span id={`${ids}-hint`} className="visually-hidden">
        {words.switcherHint}
      </span>
      <div className="visually-hidden" aria-live="polite" data-switcher-status="">
        {open ? note : ''}
      </div>
      {open ? (
        // The mouse must not take the focus from the field (its blur closes the list).
        <div className="user-switcher-popup" onMouseDown={(e) => e.preventDefault()}>
          <div id={`${ids}-list`} role="listbox" aria-label={words.switcherList}>
            {groups.map((g, gi) =>
              g.label ? (
                g.people.length ? (
                  <div key={gi} role="group" aria-labelledby={`${ids}-group-${gi}`}>
                    <div id={`${ids}-group-${gi}`} role="presentation" className="user-switcher-group">
                      {g.label}
                    </div>
                    {g.people.map(renderOption)}
                  </div>
                ) : undefined
              ) : (
                g.people.map(renderOption)
              )
            )}
          </div>
          {/* Read out by the live region above; shown here for the eyes only. */}
          <p className="user-switcher-note" aria-hidden="true">
            {note}
          </p>
        </div>
      ) : undefined}
    </div>
  );
}
