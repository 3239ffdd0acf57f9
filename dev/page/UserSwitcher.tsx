import * as React from 'react';

/** An account of the sample ministry, as the local server lists them for the switcher. */
export interface DevAccount {
  userPrincipalName: string;
  displayName: string;
  role?: string;
  department?: string;
}

/** Who the page acts as: the local intranet has no sign-in, it trusts this choice (X-Dev-User). */
export function UserSwitcher(props: { accounts: DevAccount[]; value: string; onChange: (upn: string) => void; label: string }): JSX.Element {
  const withRole = props.accounts.filter((a) => a.role);
  const others = props.accounts.filter((a) => !a.role);
  const option = (a: DevAccount): JSX.Element => (
    <option key={a.userPrincipalName} value={a.userPrincipalName}>
      {a.displayName}
      {a.role ? ` · ${a.role}` : ''}
      {a.department ? ` · ${a.department}` : ''}
    </option>
  );
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {withRole.length ? <optgroup label="★">{withRole.map(option)}</optgroup> : undefined}
        {others.map(option)}
      </select>
    </label>
  );
}
