import { Label } from '@fluentui/react/lib/Label';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import { NormalPeoplePicker } from '@fluentui/react/lib/Pickers';
import * as React from 'react';
import type { DirectoryEntry, UnitAdminView } from '../../../services/admin/contracts';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';

/** A person as the forms show them: by name and position (never by e-mail only). */
export function personLabel(entry: DirectoryEntry | undefined, login: string): string {
  if (!entry) return login;
  return entry.jobTitle ? `${entry.displayName} – ${entry.jobTitle}` : entry.displayName;
}

/** Chooses people of the directory by name or position (Graph), shown by name and position. */
export function PersonField(props: {
  label: string;
  logins: readonly string[];
  single?: boolean;
  people: UnitAdminView['people'];
  search: (text: string) => Promise<DirectoryEntry[]>;
  onChange: (logins: string[]) => void;
  error?: string;
}): JSX.Element {
  const { strings } = useUi();
  const id = React.useMemo(() => `dgcc-person-${Math.random().toString(36).slice(2)}`, []);
  const found = React.useRef<{ [login: string]: DirectoryEntry }>({});
  const persona = (login: string): IPersonaProps => {
    const entry = props.people[login] || found.current[login];
    return { key: login, id: login, text: personLabel(entry, login) };
  };
  return (
    <div>
      <Label id={`${id}-label`} htmlFor={`${id}-input`}>
        {props.label}
      </Label>
      <NormalPeoplePicker
        selectedItems={props.logins.map(persona)}
        itemLimit={props.single ? 1 : undefined}
        onResolveSuggestions={(filter: string, selected?: IPersonaProps[]) =>
          props.search(filter).then((hits) => {
            hits.forEach((h) => (found.current[h.login] = h));
            const taken = (selected || []).map((p) => String(p.key));
            return hits.filter((h) => taken.indexOf(h.login) < 0).map((h) => ({ key: h.login, id: h.login, text: personLabel(h, h.login) }));
          })
        }
        onChange={(items?: IPersonaProps[]) => props.onChange((items || []).map((p) => String(p.key)))}
        pickerSuggestionsProps={{ suggestionsHeaderText: strings.UnitsPickerHeader, noResultsFoundText: strings.UnitsPickerNone, loadingText: strings.UnitsPickerLoading }}
        removeButtonAriaLabel={strings.UnitsPickerRemove}
        inputProps={{ id: `${id}-input`, 'aria-labelledby': `${id}-label`, placeholder: strings.UnitsPickerPlaceholder }}
        resolveDelay={200}
      />
      {props.error ? (
        <p role="alert" className={styles.muted}>
          <strong>{props.error}</strong>
        </p>
      ) : undefined}
    </div>
  );
}
