import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { SETTING_DEFINITIONS, SETTINGS_GROUPS, type Localized, type SettingDefinition, type SettingsGroup } from '../../../domain/admin/settingsCatalogue';
import {
  checkChange,
  currentValueOf,
  defaultValueOf,
  settingsHistory,
  validateSettingValue,
  type ChangeProblem
} from '../../../domain/admin/settingsHistory';
import { formatMau01Outline, formatPoints, parseMau01Outline } from '../../../domain/admin/settingsMau01';
import { parseTypedNumber } from '../../../domain/evaluation/validation';
import { SIGNER_PREFIXES, type DocumentSigner, type Mau01Group, type TaskRatioWeights } from '../../../domain/rating/settings';
import type { SettingsAdminView } from '../../../services/admin/contracts';
import { describeError } from '../../common/describeError';
import { format, formatDate } from '../../common/format';
import { LoadView } from '../../common/LoadView';
import type { RootProps } from '../../common/RootProps';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';
import { useLoad } from '../../common/useLoad';
import { UnverifiedClauses } from './UnverifiedClauses';
import { usePlacedYear } from '../../common/usePlace';

type Strings = ReturnType<typeof useUi>['strings'];

const inLanguage = (text: Localized, locale: string): string => (locale.toLowerCase().indexOf('vi') === 0 ? text.vi : text.en);

function groupTitle(strings: Strings, group: SettingsGroup): string {
  const titles: { [group in SettingsGroup]: string } = {
    ND335: strings.SetGroupNd335,
    ND90: strings.SetGroupNd90,
    QUOTA: strings.SetGroupQuota,
    MEETING: strings.SetGroupMeeting,
    COMPLAINTS: strings.SetGroupComplaints,
    ORG: strings.SetGroupOrgSnapshot,
    MAU01: strings.SetGroupMau01,
    NOTIFICATIONS: strings.SetGroupNotifications,
    DOCUMENTS: strings.DocumentsSettingsGroup
  };
  return titles[group];
}

const percent = (value: number, locale: string): string => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value * 100)} %`;

/** A setting's value as HR reads it (a choice by its label, a rate in per cent, Mẫu 01 summed up). */
export function valueText(strings: Strings, definition: SettingDefinition, value: unknown, locale: string): string {
  switch (definition.kind) {
    case 'CHOICE': {
      const found = (definition.choices || []).find((c) => c.value === value);
      return found ? inLanguage(found, locale) : String(value);
    }
    case 'RATE':
      return typeof value === 'number' ? percent(value, locale) : strings.SetNotSet;
    case 'OPTIONAL_RATE':
      return typeof value === 'number' ? percent(value, locale) : strings.SetNoCeiling;
    case 'WHOLE':
      return typeof value === 'number' ? String(value) : strings.SetNotSet;
    case 'OPTIONAL_WHOLE':
      return typeof value === 'number' ? String(value) : strings.SetNoRounding;
    case 'TEXT':
    case 'GUID':
    case 'LINE':
      return typeof value === 'string' && value.trim() ? value : strings.SetEmptyText;
    case 'SIGNER': {
      const signer = (value || {}) as Partial<DocumentSigner>;
      const title = signer.title && signer.title.trim() ? signer.title.trim() : strings.DocumentsSignerOwnPosition;
      return signer.prefix ? `${signer.prefix} ${title}` : title;
    }
    case 'WEIGHTS': {
      const w = (value || {}) as Partial<TaskRatioWeights>;
      return format(strings.SetWeightsText, percent(w.quantity || 0, locale), percent(w.quality || 0, locale), percent(w.timeliness || 0, locale));
    }
    case 'MAU01': {
      const groups = Array.isArray(value) ? (value as Mau01Group[]) : [];
      const criteria = groups.reduce((n, g) => n + (g.criteria || []).length, 0);
      const parts = groups.reduce((n, g) => n + (g.criteria || []).reduce((m, c) => m + (c.parts || []).length, 0), 0);
      const points = groups.reduce((n, g) => n + (typeof g.max === 'number' ? g.max : 0), 0);
      return format(strings.SetMau01Summary, groups.length, criteria, parts, formatPoints(points));
    }
    default:
      return JSON.stringify(value);
  }
}

/** "Thiết lập": what applies to a year, each setting with its meaning, default and legal status; changes as dated rows. */
export function SettingsSection({ services, year }: Pick<RootProps, 'services'> & { year: number }): JSX.Element {
  const { strings } = useUi();
  // The year shown is kept in the address with the tab (a reload, the back button).
  const [shownYear, setShownYear] = usePlacedYear('admin', 'settings', year, [year - 2, year - 1, year, year + 1]);
  const [load, reload] = useLoad(() => services.admin.settings.getSettings(shownYear), [services, shownYear]);
  const years: IDropdownOption[] = [year - 2, year - 1, year, year + 1].map((y) => ({ key: y, text: String(y) }));
  return (
    <section aria-labelledby="dgcc-settings">
      <h3 className={styles.heading} id="dgcc-settings">
        {strings.SetHeading}
      </h3>
      <p>{strings.SetIntro}</p>
      <div className={styles.fieldRow}>
        <Dropdown label={strings.SetYear} options={years} selectedKey={shownYear} onChange={(_e, o) => o && setShownYear(Number(o.key))} />
      </div>
      <LoadView load={load} onRetry={reload}>
        {(view) => <Settings view={view} services={services} onChanged={reload} />}
      </LoadView>
    </section>
  );
}

function Settings({ view, services, onChanged }: { view: SettingsAdminView; services: RootProps['services']; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const [editing, setEditing] = React.useState<SettingDefinition | undefined>(undefined);
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const settings = view.resolved.settings;
  return (
    <>
      {done ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)} dismissButtonAriaLabel={strings.SetDismiss}>
          {done}
        </MessageBar>
      ) : undefined}
      {view.publication ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {format(strings.SetDecided, view.year, view.year + 1)}
        </MessageBar>
      ) : undefined}
      {SETTINGS_GROUPS.map((group) => (
        <table className={styles.table} key={group}>
          <caption>{groupTitle(strings, group)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.SetColSetting}</th>
              <th scope="col">{format(strings.SetColValue, view.year)}</th>
              <th scope="col">{strings.SetColDefault}</th>
              <th scope="col">{strings.SetColBasis}</th>
              <th scope="col">{strings.SetColActions}</th>
            </tr>
          </thead>
          <tbody>
            {SETTING_DEFINITIONS.filter((d) => d.group === group).map((d) => {
              const row = view.resolved.inForce[d.name];
              return (
                <tr key={d.name}>
                  <th scope="row">
                    {inLanguage(d.label, locale)}
                    <div className={styles.muted}>{inLanguage(d.help, locale)}</div>
                  </th>
                  <td>
                    {valueText(strings, d, currentValueOf(settings, d), locale)}
                    {row && row.effectiveFrom ? <div className={styles.muted}>{format(strings.SetSince, formatDate(`${row.effectiveFrom}T12:00:00Z`, locale))}</div> : undefined}
                  </td>
                  <td>{valueText(strings, d, defaultValueOf(d), locale)}</td>
                  <td>
                    {d.status === 'UNCONFIRMED' ? strings.SetStatusUnconfirmed : strings.SetStatusNeedsDecision}
                    <div className={styles.muted}>{d.source}</div>
                  </td>
                  <td>
                    <DefaultButton onClick={() => setEditing(d)} ariaLabel={format(strings.SetChangeOf, inLanguage(d.label, locale))}>
                      {strings.SetChange}
                    </DefaultButton>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
      <History view={view} />
      <UnverifiedClauses />
      {editing ? (
        <ChangeDialog
          view={view}
          services={services}
          definition={editing}
          onClose={() => setEditing(undefined)}
          onDone={(message) => {
            setEditing(undefined);
            setDone(message);
            onChanged();
          }}
        />
      ) : undefined}
    </>
  );
}

function History({ view }: { view: SettingsAdminView }): JSX.Element {
  const { strings, locale } = useUi();
  const entries = settingsHistory(view.rows);
  const ignored: { [id: number]: string } = {};
  view.resolved.ignored.forEach((i) => (ignored[i.row.id] = i.reason === 'AFTER_PUBLICATION' ? format(strings.SetIgnoredAfterPublication, view.year) : strings.SetIgnoredInvalid));
  return (
    <section aria-labelledby="dgcc-settings-history">
      <h4 id="dgcc-settings-history">{strings.SetHistoryHeading}</h4>
      {entries.length === 0 ? (
        <p>{strings.SetHistoryEmpty}</p>
      ) : (
        <table className={styles.table}>
          <caption className={styles.muted}>{strings.SetHistoryCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.SetColSetting}</th>
              <th scope="col">{strings.SetColChange}</th>
              <th scope="col">{strings.SetColFrom}</th>
              <th scope="col">{strings.SetColWho}</th>
              <th scope="col">{strings.SetColWhen}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const definition = SETTING_DEFINITIONS.find((d) => d.name === e.row.name) as SettingDefinition;
              return (
                <tr key={e.row.id}>
                  <th scope="row">{inLanguage(definition.label, locale)}</th>
                  <td>
                    {valueText(strings, definition, e.before, locale)} → {valueText(strings, definition, e.after, locale)}
                    {ignored[e.row.id] ? <div className={styles.muted}>{ignored[e.row.id]}</div> : undefined}
                  </td>
                  <td>{e.row.effectiveFrom ? formatDate(`${e.row.effectiveFrom}T12:00:00Z`, locale) : strings.SetFromStart}</td>
                  <td>{e.row.authorName || ''}</td>
                  <td>{e.row.created ? new Date(e.row.created).toLocaleString(locale) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The form's typed text for a value, and back (rates in per cent, decimals with a comma). */
function typedOf(definition: SettingDefinition, value: unknown): string[] {
  const number = (n: unknown, times = 1): string => (typeof n === 'number' ? String(Math.round(n * times * 100) / 100).replace('.', ',') : '');
  switch (definition.kind) {
    case 'RATE':
    case 'OPTIONAL_RATE':
      return [number(value, 100)];
    case 'WHOLE':
    case 'OPTIONAL_WHOLE':
      return [number(value)];
    case 'WEIGHTS': {
      const w = (value || {}) as Partial<TaskRatioWeights>;
      return [number(w.quantity, 100), number(w.quality, 100), number(w.timeliness, 100)];
    }
    case 'MAU01':
      return [formatMau01Outline(Array.isArray(value) ? (value as Mau01Group[]) : [])];
    case 'SIGNER': {
      const signer = (value || {}) as Partial<DocumentSigner>;
      return [signer.prefix || '', signer.title || ''];
    }
    default:
      return [typeof value === 'string' ? value : ''];
  }
}

interface Typed {
  value: unknown;
  /** problems the typing itself has (Mẫu 01's lines) */
  problems: string[];
}

function valueOfTyped(definition: SettingDefinition, typed: string[], locale: string): Typed {
  const blank = (t: string): boolean => !t.trim();
  const asNumber = (t: string, divide = 1): unknown => {
    const n = parseTypedNumber(t);
    return typeof n === 'number' && isFinite(n) ? Math.round((n / divide) * 1e6) / 1e6 : t;
  };
  switch (definition.kind) {
    case 'RATE':
      return { value: asNumber(typed[0], 100), problems: [] };
    case 'OPTIONAL_RATE':
      // eslint-disable-next-line @rushstack/no-new-null
      return { value: blank(typed[0]) ? null : asNumber(typed[0], 100), problems: [] };
    case 'WHOLE':
      return { value: asNumber(typed[0]), problems: [] };
    case 'OPTIONAL_WHOLE':
      // eslint-disable-next-line @rushstack/no-new-null
      return { value: blank(typed[0]) ? null : asNumber(typed[0]), problems: [] };
    case 'WEIGHTS':
      return { value: { quantity: asNumber(typed[0], 100), quality: asNumber(typed[1], 100), timeliness: asNumber(typed[2], 100) }, problems: [] };
    case 'MAU01': {
      const parsed = parseMau01Outline(typed[0]);
      return { value: parsed.groups, problems: parsed.problems.map((p) => inLanguage(p, locale)) };
    }
    case 'GUID':
    case 'LINE':
      return { value: typed[0].trim(), problems: [] };
    case 'SIGNER':
      return { value: { prefix: typed[0], title: typed[1].trim() }, problems: [] };
    default:
      return { value: typed[0], problems: [] };
  }
}

function problemsOf(error: unknown): ChangeProblem[] | undefined {
  const problems = (error as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as ChangeProblem[]) : undefined;
}

function ChangeDialog(props: {
  view: SettingsAdminView;
  services: RootProps['services'];
  definition: SettingDefinition;
  onClose: () => void;
  onDone: (message: string) => void;
}): JSX.Element {
  const { strings, locale } = useUi();
  const { view, definition } = props;
  const label = inLanguage(definition.label, locale);
  const [typed, setTyped] = React.useState<string[]>(() => typedOf(definition, currentValueOf(view.resolved.settings, definition)));
  const [effectiveFrom, setEffectiveFrom] = React.useState(view.today);
  const [reason, setReason] = React.useState('');
  const [problems, setProblems] = React.useState<ChangeProblem[]>([]);
  const [typingProblems, setTypingProblems] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  const errorOf = (field: ChangeProblem['field']): string | undefined => {
    const found = problems.filter((p) => p.field === field).map((p) => inLanguage(p, locale));
    const all = field === 'value' ? typingProblems.concat(found) : found;
    return all.length ? all.join(' ') : undefined;
  };
  const setTypedAt = (i: number, text: string): void => setTyped((t) => t.map((x, j) => (j === i ? text : x)));
  const submit = (): void => {
    const { value, problems: typing } = valueOfTyped(definition, typed, locale);
    const change = { name: definition.name, value, effectiveFrom, reason };
    // The typing first (Mẫu 01's lines), then the rules, then the server (which checks them again).
    let found = typing.length ? checkChange(change, view.rows, view.decidedYears).filter((p) => p.field !== 'value') : checkChange(change, view.rows, view.decidedYears);
    // A rate is typed in per cent: its own problem said so, not as the stored 0..1.
    const inPercent = definition.kind === 'RATE' || definition.kind === 'OPTIONAL_RATE' || definition.kind === 'WEIGHTS';
    const ownProblem = !typing.length && validateSettingValue(definition.name, value).length > 0;
    if (inPercent && ownProblem) {
      found = found.filter((p) => p.field !== 'value').concat([{ field: 'value', vi: strings.SetInvalidPercent, en: strings.SetInvalidPercent }]);
    }
    setTypingProblems(typing);
    setProblems(found);
    if (typing.length || found.length) return;
    setBusy(true);
    setFailed(undefined);
    props.services.admin.settings.save(change).then(
      () => props.onDone(format(strings.SetSaved, label, valueText(strings, definition, value, locale), formatDate(`${effectiveFrom}T12:00:00Z`, locale))),
      (error: unknown) => {
        setBusy(false);
        const returned = problemsOf(error);
        if (returned) setProblems(returned);
        else setFailed(format(strings.SetFailed, describeError(error)));
      }
    );
  };
  const valueError = errorOf('value');
  return (
    <Dialog hidden={false} onDismiss={props.onClose} dialogContentProps={{ type: DialogType.normal, title: format(strings.SetDialogTitle, label), subText: inLanguage(definition.help, locale) }} modalProps={{ isBlocking: false }} minWidth={520}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {failed ? <MessageBar messageBarType={MessageBarType.error}>{failed}</MessageBar> : undefined}
        <ValueField definition={definition} label={label} typed={typed} onChange={setTypedAt} error={valueError} />
        <TextField label={strings.SetFieldFrom} required type="date" value={effectiveFrom} onChange={(_e, v) => setEffectiveFrom(v || '')} errorMessage={errorOf('effectiveFrom')} />
        <TextField label={strings.SetFieldReason} required multiline autoAdjustHeight value={reason} onChange={(_e, v) => setReason(v || '')} errorMessage={errorOf('reason')} />
        <DialogFooter>
          <PrimaryButton type="submit" disabled={busy} allowDisabledFocus>
            {strings.SetSave}
          </PrimaryButton>
          <DefaultButton onClick={props.onClose}>{strings.SetCancel}</DefaultButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function ValueField(props: { definition: SettingDefinition; label: string; typed: string[]; onChange: (i: number, text: string) => void; error?: string }): JSX.Element {
  const { strings, locale } = useUi();
  const { definition, label, typed, onChange, error } = props;
  switch (definition.kind) {
    case 'CHOICE':
      return (
        <Dropdown
          label={label}
          required
          options={(definition.choices || []).map((c) => ({ key: c.value, text: inLanguage(c, locale) }))}
          selectedKey={typed[0]}
          onChange={(_e, o) => o && onChange(0, String(o.key))}
          errorMessage={error}
        />
      );
    case 'RATE':
    case 'OPTIONAL_RATE':
      return (
        <TextField
          label={format(strings.SetFieldPercent, label)}
          required={definition.kind === 'RATE'}
          inputMode="decimal"
          suffix="%"
          value={typed[0]}
          description={definition.kind === 'OPTIONAL_RATE' ? strings.SetBlankNoCeiling : undefined}
          onChange={(_e, v) => onChange(0, v || '')}
          errorMessage={error}
        />
      );
    case 'WHOLE':
    case 'OPTIONAL_WHOLE':
      return (
        <TextField
          label={label}
          required={definition.kind === 'WHOLE'}
          inputMode="numeric"
          value={typed[0]}
          description={definition.kind === 'OPTIONAL_WHOLE' ? strings.SetBlankNoRounding : undefined}
          onChange={(_e, v) => onChange(0, v || '')}
          errorMessage={error}
        />
      );
    case 'WEIGHTS':
      return (
        <fieldset>
          <legend>{label}</legend>
          <TextField label={strings.SetWeightQuantity} inputMode="decimal" suffix="%" value={typed[0]} onChange={(_e, v) => onChange(0, v || '')} />
          <TextField label={strings.SetWeightQuality} inputMode="decimal" suffix="%" value={typed[1]} onChange={(_e, v) => onChange(1, v || '')} />
          <TextField label={strings.SetWeightTimeliness} inputMode="decimal" suffix="%" value={typed[2]} onChange={(_e, v) => onChange(2, v || '')} errorMessage={error} />
        </fieldset>
      );
    case 'MAU01':
      return <TextField label={label} required multiline rows={14} value={typed[0]} description={strings.SetMau01Help} onChange={(_e, v) => onChange(0, v || '')} errorMessage={error} />;
    case 'TEXT':
      return <TextField label={label} multiline autoAdjustHeight value={typed[0]} onChange={(_e, v) => onChange(0, v || '')} errorMessage={error} />;
    case 'SIGNER':
      return (
        <fieldset>
          <legend>{label}</legend>
          <Dropdown
            label={strings.DocumentsSignerPrefix}
            options={SIGNER_PREFIXES.map((p) => ({ key: p, text: p || strings.DocumentsSignerNoPrefix }))}
            selectedKey={typed[0]}
            onChange={(_e, o) => o && onChange(0, String(o.key))}
          />
          <TextField label={strings.DocumentsSignerTitle} value={typed[1]} description={strings.DocumentsSignerTitleHelp} onChange={(_e, v) => onChange(1, (v || '').toUpperCase())} errorMessage={error} />
        </fieldset>
      );
    default:
      return <TextField label={label} value={typed[0]} onChange={(_e, v) => onChange(0, v || '')} errorMessage={error} />;
  }
}
