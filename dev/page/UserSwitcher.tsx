import * as React from 'react';

/** An account of the sample ministry, as the local server lists them for the switcher. */
export interface DevAccount {
  userPrincipalName: string;
  displayName: string;
  role?: string;
  /** The role in Vietnamese, e.g. "Người quản lý trực tiếp". */
  roleLabel?: string;
  department?: string;
  /** One of the six fixed accounts (one per role) that the README lists. */
  wellKnown?: boolean;
}

/** Who the page acts as: the local intranet has no sign-in, it trusts this choice (X-Dev-User). */
export function UserSwitcher(props: { accounts: DevAccount[]; value: string; onChange: (upn: string) => void; label: string }): JSX.Element {
  const withRole = props.accounts.filter((a) => a.wellKnown);
  const others = props.accounts.filter((a) => !a.wellKnown);
  const option = (a: DevAccount): JSX.Element => (
    <option key={a.userPrincipalName} value={a.userPrincipalName}>
      {a.displayName}
      {a.wellKnown && a.roleLabel ? ` · ${a.roleLabel}` : ''}
      {a.department ? ` · ${a.department}` : ''}
    </option>
  );
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {withRole.length ? <optgroup label="Tài khoản mẫu theo vai trò / Sample accounts by role">{withRole.map(option)}</optgroup> : undefined}
        {others.map(option)}
      </select>
    </label>
  );
}
