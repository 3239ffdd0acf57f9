import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { changeOf, unitTree, validateUnitChange, type UnitChange, type UnitField, type UnitNode, type UnitProblem } from '../../../domain/admin/units';
import type { OrgUnit } from '../../../domain/org/orgModel';
import type { DirectoryEntry, UnitAdminView } from '../../../services/admin/contracts';
import { describeError } from '../../common/describeError';
import { format, formatDate } from '../../common/format';
import { LoadView } from '../../common/LoadView';
import type { RootProps } from '../../common/RootProps';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';
import { useLoad } from '../../common/useLoad';
import { UnitHistory } from '../UnitHistory';
import { OrgSnapshotPanel } from './OrgSnapshotPanel';
import { PersonField, personLabel } from './PersonField';
import { Transfers } from './Transfers';

export { personLabel };

type Strings = ReturnType<typeof useUi>['strings'];
const NO_GROUP = '';
const MINISTRY_KIND = '';

function unitProblemText(strings: Strings, problem: UnitProblem, people: UnitAdminView['people']): string {
  const texts: { [code: string]: string } = {
    REQUIRED: strings.Invalid_REQUIRED,
    TOO_LONG: strings.Invalid_TOO_LONG,
    BAD_CODE: strings.UnitsInvalidCode,
    BAD_DATE: strings.CatInvalidDate,
    BAD_PARENT: strings.UnitsInvalidParent,
    NOT_IN_DIRECTORY: strings.UnitsInvalidNotInDirectory,
    SELF_APPOINTED: strings.UnitsInvalidSelf,
    DUPLICATE: strings.UnitsInvalidDuplicate,
    BACKDATED_NEEDS_REASON: strings.UnitsInvalidBackdated,
    UNKNOWN_GROUP: strings.UnitsInvalidGroup
  };
  // A login in a message is shown as the person's name and position.
  const params = (problem.params || []).map((p) => (typeof p === 'string' && people[p] ? personLabel(people[p], p) : p));
  return format(texts[problem.code] || problem.code, ...params);
}

/** "Đơn vị và cán bộ": the units in force as a tree, a change recorded as a new dated row, and the history. */
export function UnitsSection({ services }: Pick<RootProps, 'services'>): JSX.Element {
  const [load, reload] = useLoad(() => services.admin.units.getUnits(), [services]);
  return (
    <>
      <LoadView load={load} onRetry={reload}>
        {(view) => (
          <>
            <Units view={view} services={services} onChanged={reload} />
            <OrgSnapshotPanel snapshot={view.snapshot} services={services} onChanged={reload} />
            <Transfers view={view} services={services} onChanged={reload} />
          </>
        )}
      </LoadView>
      <UnitHistory services={services} />
    </>
  );
}

function flatten(nodes: readonly UnitNode[], depth: number = 0): Array<{ unit: OrgUnit; depth: number }> {
  return nodes.reduce<Array<{ unit: OrgUnit; depth: number }>>((rows, node) => rows.concat([{ unit: node.unit, depth }], flatten(node.children, depth + 1)), []);
}

function Units({ view, services, onChanged }: { view: UnitAdminView; services: RootProps['services']; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const [editing, setEditing] = React.useState<OrgUnit | undefined>(undefined);
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const name = (login: string | undefined): string => (login ? personLabel(view.people[login], login) : strings.UnitHistoryNone);
  const kind = (unit: OrgUnit): string => (unit.periodKind === 'QUARTER' ? strings.UnitsKindQuarter : unit.periodKind === 'MONTH' ? strings.UnitsKindMonth : strings.UnitsKindMinistry);
  const rows = flatten(unitTree(view.units));
  return (
    <section aria-labelledby="dgcc-units">
      <h3 className={styles.heading} id="dgcc-units">
        {strings.UnitsHeading}
      </h3>
      <p>{strings.UnitsIntro}</p>
      {done ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)} dismissButtonAriaLabel={strings.CatDismiss}>
          {done}
        </MessageBar>
      ) : undefined}
      <table className={styles.table}>
        <caption>{format(strings.UnitsCaption, formatDate(view.today, locale))}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.UnitsColUnit}</th>
            <th scope="col">{strings.UnitsColHead}</th>
            <th scope="col">{strings.UnitsColDeputies}</th>
            <th scope="col">{strings.UnitsColSecretary}</th>
            <th scope="col">{strings.UnitsColEvaluator}</th>
            <th scope="col">{strings.UnitsColKind}</th>
            <th scope="col">{strings.UnitsColGroups}</th>
            <th scope="col">{strings.UnitsColFrom}</th>
            <th scope="col">{strings.CatColActions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ unit, depth }) => (
            <tr key={unit.code}>
              <th scope="row" style={{ paddingLeft: `${depth * 1.5 + 0.25}em` }}>
                {unit.name} <span className={styles.muted}>({unit.code})</span>
              </th>
              <td>{name(unit.headLogin)}</td>
              <td>{unit.deputyLogins.length ? unit.deputyLogins.map((l) => name(l)).join('; ') : strings.UnitHistoryNone}</td>
              <td>{name(unit.secretaryLogin)}</td>
              <td>{name(unit.evaluatorLogin)}</td>
              <td>{kind(unit)}</td>
              <td>{unit.taskGroups.join('; ')}</td>
              <td>{view.lastChange[unit.code] ? formatDate(view.lastChange[unit.code], locale) : ''}</td>
              <td>
                <DefaultButton onClick={() => setEditing(unit)} ariaLabel={format(strings.UnitsRecordOf, unit.name)}>
                  {strings.UnitsRecord}
                </DefaultButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <UnitDialog
          view={view}
          services={services}
          unit={editing}
          onClose={() => setEditing(undefined)}
          onDone={(message) => {
            setEditing(undefined);
            setDone(message);
            onChanged();
          }}
        />
      ) : undefined}
    </section>
  );
}

function problemsOf(error: unknown): UnitProblem[] | undefined {
  const problems = (error as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as UnitProblem[]) : undefined;
}

function UnitDialog(props: { view: UnitAdminView; services: RootProps['services']; unit: OrgUnit; onClose: () => void; onDone: (message: string) => void }): JSX.Element {
  const { strings, locale } = useUi();
  const { view, unit } = props;
  const [change, setChange] = React.useState<UnitChange>(() => changeOf(unit, view.today.slice(0, 10)));
  const [groupsText, setGroupsText] = React.useState(unit.taskGroups.join('\n'));
  const [problems, setProblems] = React.useState<UnitProblem[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  const set = (patch: Partial<UnitChange>): void => setChange((c) => ({ ...c, ...patch }));
  const errorOf = (field: UnitField): string | undefined => {
    const found = problems.filter((p) => p.field === field);
    return found.length ? found.map((p) => unitProblemText(strings, p, view.people)).join(' ') : undefined;
  };
  const groups = groupsText
    .split('\n')
    .map((g) => g.trim())
    .filter((g, i, all) => !!g && all.indexOf(g) === i);
  const members = Object.keys(view.people)
    .filter((login) => view.people[login].unitCode === unit.code)
    .sort((a, b) => view.people[a].displayName.localeCompare(view.people[b].displayName, 'vi'));
  const search = (text: string): Promise<DirectoryEntry[]> => props.services.admin.units.searchDirectory(text);
  const submit = (): void => {
    const full: UnitChange = { ...change, taskGroups: groups };
    const found = validateUnitChange(full, { recorder: view.recorder, directory: Object.keys(view.people), units: view.units, lastChange: view.lastChange });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    setFailed(undefined);
    props.services.admin.units.recordChange(full).then(
      () => props.onDone(format(strings.UnitsRecorded, unit.name, formatDate(`${full.effectiveFrom.slice(0, 10)}T00:00:00Z`, locale))),
      (error: unknown) => {
        setBusy(false);
        const returned = problemsOf(error);
        if (returned) setProblems(returned);
        else setFailed(format(strings.CatFailed, describeError(error)));
      }
    );
  };
  const parents: IDropdownOption[] = view.units.filter((u) => u.code !== unit.code).map((u) => ({ key: u.code, text: u.name }));
  const kinds: IDropdownOption[] = [
    { key: MINISTRY_KIND, text: strings.UnitsKindMinistry },
    { key: 'MONTH', text: strings.UnitsKindMonth },
    { key: 'QUARTER', text: strings.UnitsKindQuarter }
  ];
  const groupOptions: IDropdownOption[] = [{ key: NO_GROUP, text: strings.UnitsNoGroup }].concat(groups.map((g) => ({ key: g, text: g })));
  return (
    <Dialog hidden={false} onDismiss={props.onClose} dialogContentProps={{ type: DialogType.normal, title: format(strings.UnitsDialogTitle, unit.name) }} modalProps={{ isBlocking: false }} minWidth={560}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {failed ? <MessageBar messageBarType={MessageBarType.error}>{failed}</MessageBar> : undefined}
        {problems.length ? <p role="alert">{format(strings.UnitsProblems, problems.length)}</p> : undefined}
        <TextField label={strings.UnitsFieldName} required value={change.name} onChange={(_e, v) => set({ name: v || '' })} errorMessage={errorOf('name')} />
        {unit.level !== 'MINISTRY' ? (
          <Dropdown label={strings.UnitsFieldParent} options={parents} selectedKey={change.parentCode || null} onChange={(_e, o) => o && set({ parentCode: String(o.key) })} errorMessage={errorOf('parentCode')} />
        ) : undefined}
        <PersonField label={strings.UnitsColHead} single logins={change.headLogin ? [change.headLogin] : []} people={view.people} search={search} onChange={(l) => set({ headLogin: l[0] })} error={errorOf('headLogin')} />
        <PersonField label={strings.UnitsColDeputies} logins={change.deputyLogins} people={view.people} search={search} onChange={(l) => set({ deputyLogins: l })} error={errorOf('deputyLogins')} />
        <PersonField label={strings.UnitsColSecretary} single logins={change.secretaryLogin ? [change.secretaryLogin] : []} people={view.people} search={search} onChange={(l) => set({ secretaryLogin: l[0] })} error={errorOf('secretaryLogin')} />
        <PersonField label={strings.UnitsColEvaluator} single logins={change.evaluatorLogin ? [change.evaluatorLogin] : []} people={view.people} search={search} onChange={(l) => set({ evaluatorLogin: l[0] })} error={errorOf('evaluatorLogin')} />
        <Dropdown label={strings.UnitsColKind} options={kinds} selectedKey={change.periodKind || MINISTRY_KIND} onChange={(_e, o) => o && set({ periodKind: o.key === 'MONTH' || o.key === 'QUARTER' ? o.key : undefined })} />
        <TextField label={strings.UnitsFieldGroups} description={strings.UnitsFieldGroupsHint} multiline autoAdjustHeight value={groupsText} onChange={(_e, v) => setGroupsText(v || '')} errorMessage={errorOf('taskGroups')} />
        {members.length && groups.length ? (
          <fieldset>
            <legend>{strings.UnitsMembersLegend}</legend>
            {members.map((login) => (
              <Dropdown
                key={login}
                label={personLabel(view.people[login], login)}
                options={groupOptions}
                selectedKey={change.taskGroupMembers[login] || NO_GROUP}
                onChange={(_e, o) => o && set({ taskGroupMembers: { ...change.taskGroupMembers, [login]: String(o.key) } })}
              />
            ))}
            {errorOf('taskGroupMembers') ? <p role="alert">{errorOf('taskGroupMembers')}</p> : undefined}
          </fieldset>
        ) : undefined}
        <TextField
          label={strings.UnitsFieldFrom}
          required
          type="date"
          value={change.effectiveFrom}
          description={view.lastChange[unit.code] ? format(strings.UnitsFieldFromHint, formatDate(view.lastChange[unit.code], locale)) : undefined}
          onChange={(_e, v) => set({ effectiveFrom: v || '' })}
          errorMessage={errorOf('effectiveFrom')}
        />
        <TextField label={strings.UnitsFieldReason} multiline autoAdjustHeight value={change.reason || ''} onChange={(_e, v) => set({ reason: v || '' })} errorMessage={errorOf('reason')} />
        <DialogFooter>
          <PrimaryButton type="submit" disabled={busy} allowDisabledFocus>
            {strings.UnitsSave}
          </PrimaryButton>
          <DefaultButton onClick={props.onClose}>{strings.CatCancel}</DefaultButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
