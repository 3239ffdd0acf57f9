import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import {
  catalogueAt,
  historyByCode,
  normalizeProductCode,
  validateProduct,
  validateRetirement,
  versionAt,
  type CatalogueProblem,
  type ProductDraft,
  type ProductUse,
  type ProductVersion
} from '../../../domain/admin/catalogue';
import { parseTypedNumber } from '../../../domain/evaluation/validation';
import type { CatalogueAdminView } from '../../../services/admin/contracts';
import { describeError } from '../../common/describeError';
import { format, formatDate } from '../../common/format';
import { LoadView } from '../../common/LoadView';
import { problemText } from '../../common/problems';
import type { RootProps } from '../../common/RootProps';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';
import { useLoad } from '../../common/useLoad';

type Strings = ReturnType<typeof useUi>['strings'];
const ALL = '';

/** A problem of the catalogue in the reader's language, next to its field. */
export function catalogueProblemText(strings: Strings, problem: CatalogueProblem, locale: string): string {
  const own: { [code: string]: string } = {
    BAD_CODE: strings.CatInvalidCode,
    CODE_TAKEN: strings.CatInvalidCodeTaken,
    UNKNOWN_CODE: strings.CatInvalidUnknownCode,
    BAD_DATE: strings.CatInvalidDate,
    USED_AFTER: strings.CatInvalidUsedAfter,
    ALREADY_RETIRED: strings.CatInvalidRetired,
    UNKNOWN_UNIT: strings.CatInvalidUnit
  };
  const text = own[problem.code];
  // Numbers as the reader writes them (0,01 in Vietnamese).
  const params = (problem.params || []).map((p) => (typeof p === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(p) : p));
  return text ? format(text, ...params) : problemText(strings, { field: problem.field, code: problem.code as never, params });
}

function errorOf(strings: Strings, problems: readonly CatalogueProblem[], field: CatalogueProblem['field'], locale: string): string | undefined {
  const found = problems.filter((p) => p.field === field);
  return found.length ? found.map((p) => catalogueProblemText(strings, p, locale)).join(' ') : undefined;
}

const today10 = (iso: string): string => iso.slice(0, 10);
/** A period's last day (its end is 23:59:59.999 UTC): shown as that calendar day in any time zone. */
const dayOf = (iso: string): string => `${iso.slice(0, 10)}T12:00:00Z`;

/** "Danh mục sản phẩm": the products in force, by group, with their history; HR adds, changes and retires. */
export function CatalogueSection({ services }: Pick<RootProps, 'services'>): JSX.Element {
  const [load, reload] = useLoad(() => services.admin.catalogue.list(), [services]);
  return <LoadView load={load} onRetry={reload}>{(view) => <Catalogue view={view} services={services} onChanged={reload} />}</LoadView>;
}

type Dialogs = { kind: 'none' } | { kind: 'add' } | { kind: 'change'; version: ProductVersion } | { kind: 'retire'; version: ProductVersion };

function Catalogue({ view, services, onChanged }: { view: CatalogueAdminView; services: RootProps['services']; onChanged: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const [unit, setUnit] = React.useState(ALL);
  const [group, setGroup] = React.useState(ALL);
  const [showRetired, setShowRetired] = React.useState(false);
  const [dialog, setDialog] = React.useState<Dialogs>({ kind: 'none' });
  const [done, setDone] = React.useState<string | undefined>(undefined);
  const [openHistory, setOpenHistory] = React.useState<string | undefined>(undefined);
  const year = new Date(view.today).getUTCFullYear();
  const [uses] = useLoad(() => services.admin.catalogue.uses([year - 1, year]), [services, year, view]);
  const usesOf = uses.state === 'ready' ? uses.data : undefined;

  const unitName = (code: string | undefined): string => {
    if (!code) return strings.CatWholeMinistry;
    const found = view.units.find((u) => u.code === code);
    return found ? found.name : code;
  };
  const chainOf = (code: string): string[] => {
    const chain: string[] = [];
    for (let c: string | undefined = code; c && chain.indexOf(c) < 0; c = (view.units.find((u) => u.code === c) || { parentCode: undefined }).parentCode) chain.push(c);
    return chain;
  };
  const byCode = historyByCode(view.versions);
  const inForce = catalogueAt(view.versions, view.today, unit ? chainOf(unit) : undefined);
  const retired = showRetired
    ? Object.keys(byCode)
        .filter((code) => !inForce.some((v) => v.code === code))
        .map((code) => byCode[code][byCode[code].length - 1])
        .filter((v) => !unit || !v.unitCode || chainOf(unit).indexOf(v.unitCode) >= 0)
    : [];
  const shown = inForce.concat(retired).filter((v) => !group || v.group === group);
  const groups = Object.keys(byCode)
    .map((code) => byCode[code][byCode[code].length - 1].group)
    .filter((g, i, all) => all.indexOf(g) === i)
    .sort((a, b) => a.localeCompare(b, 'vi'));
  const shownGroups = groups.filter((g) => shown.some((v) => v.group === g));

  const unitOptions: IDropdownOption[] = [{ key: ALL, text: strings.CatAllUnits }].concat(view.units.map((u) => ({ key: u.code, text: u.name })));
  const groupOptions: IDropdownOption[] = [{ key: ALL, text: strings.CatAllGroups }].concat(groups.map((g) => ({ key: g, text: g })));
  const finished = (message: string): void => {
    setDialog({ kind: 'none' });
    setDone(message);
    onChanged();
  };

  return (
    <section aria-labelledby="dgcc-catalogue">
      <h3 className={styles.heading} id="dgcc-catalogue">
        {strings.CatHeading}
      </h3>
      <p>{strings.CatIntro}</p>
      {done ? (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)} dismissButtonAriaLabel={strings.CatDismiss}>
          {done}
        </MessageBar>
      ) : undefined}
      <div className={styles.fieldRow}>
        <Dropdown label={strings.CatFilterUnit} options={unitOptions} selectedKey={unit} onChange={(_e, o) => o && setUnit(String(o.key))} />
        <Dropdown label={strings.CatFilterGroup} options={groupOptions} selectedKey={group} onChange={(_e, o) => o && setGroup(String(o.key))} />
        <Checkbox label={strings.CatShowRetired} checked={showRetired} onChange={(_e, checked) => setShowRetired(!!checked)} />
      </div>
      <p>
        <PrimaryButton onClick={() => setDialog({ kind: 'add' })}>{strings.CatAdd}</PrimaryButton>
      </p>
      {uses.state === 'loading' ? <p className={styles.muted}>{strings.CatUsesLoading}</p> : undefined}
      {uses.state === 'failed' ? <p className={styles.muted}>{format(strings.CatUsesFailed, describeError(uses.error))}</p> : undefined}
      {shown.length === 0 ? (
        <p>{strings.CatEmpty}</p>
      ) : (
        <table className={styles.table}>
          <caption>{format(strings.CatCaption, formatDate(view.today, locale), unit ? unitName(unit) : strings.CatAllUnits)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.CatColCode}</th>
              <th scope="col">{strings.CatColName}</th>
              <th scope="col">{strings.CatColFactor}</th>
              <th scope="col">{strings.CatColMeasure}</th>
              <th scope="col">{strings.CatColUnit}</th>
              <th scope="col">{strings.CatColFrom}</th>
              <th scope="col">{strings.CatColUse}</th>
              <th scope="col">{strings.CatColActions}</th>
            </tr>
          </thead>
          {shownGroups.map((g) => (
            <tbody key={g}>
              <tr>
                <th scope="rowgroup" colSpan={8}>
                  {g || strings.CatNoGroup}
                </th>
              </tr>
              {shown
                .filter((v) => v.group === g)
                .map((v) => {
                  const current = versionAt(byCode[v.code], view.today);
                  const use = usesOf ? usesOf[v.code] : undefined;
                  return (
                    <React.Fragment key={v.code}>
                      <tr>
                        <td>{v.code}</td>
                        <th scope="row">{v.name}</th>
                        <td>{new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v.conversionFactor)}</td>
                        <td>{v.measureUnit || ''}</td>
                        <td>{unitName(v.unitCode)}</td>
                        <td>
                          {formatDate(v.effectiveFrom, locale)}
                          {v.effectiveTo ? ` – ${format(strings.CatRetiredFrom, formatDate(v.effectiveTo, locale))}` : ''}
                        </td>
                        <td>{useText(strings, locale, use, usesOf !== undefined)}</td>
                        <td>
                          {current ? (
                            <>
                              <DefaultButton onClick={() => setDialog({ kind: 'change', version: current })} ariaLabel={format(strings.CatChangeOf, v.name)}>
                                {strings.CatChange}
                              </DefaultButton>{' '}
                              <DefaultButton onClick={() => setDialog({ kind: 'retire', version: current })} ariaLabel={format(strings.CatRetireOf, v.name)}>
                                {strings.CatRetire}
                              </DefaultButton>{' '}
                            </>
                          ) : undefined}
                          <DefaultButton
                            onClick={() => setOpenHistory(openHistory === v.code ? undefined : v.code)}
                            ariaLabel={format(strings.CatHistoryOf, v.name)}
                            aria-expanded={openHistory === v.code}
                          >
                            {strings.CatHistory}
                          </DefaultButton>
                        </td>
                      </tr>
                      {openHistory === v.code ? (
                        <tr>
                          <td colSpan={8}>
                            <ProductHistory versions={byCode[v.code]} unitName={unitName} />
                          </td>
                        </tr>
                      ) : undefined}
                    </React.Fragment>
                  );
                })}
            </tbody>
          ))}
        </table>
      )}
      {dialog.kind === 'add' || dialog.kind === 'change' ? (
        <ProductDialog
          view={view}
          services={services}
          groups={groups}
          version={dialog.kind === 'change' ? dialog.version : undefined}
          onClose={() => setDialog({ kind: 'none' })}
          onDone={finished}
        />
      ) : undefined}
      {dialog.kind === 'retire' ? (
        <RetireDialog view={view} services={services} version={dialog.version} use={usesOf ? usesOf[dialog.version.code] : undefined} onClose={() => setDialog({ kind: 'none' })} onDone={finished} />
      ) : undefined}
    </section>
  );
}

function useText(strings: Strings, locale: string, use: ProductUse | undefined, known: boolean): string {
  if (!known) return '…';
  return use ? format(strings.CatInUse, use.reports, formatDate(dayOf(use.lastPeriodEnd), locale)) : strings.CatNotInUse;
}

function ProductHistory({ versions, unitName }: { versions: readonly ProductVersion[]; unitName: (code: string | undefined) => string }): JSX.Element {
  const { strings, locale } = useUi();
  const name = versions[versions.length - 1].name;
  return (
    <table className={styles.table}>
      <caption>{format(strings.CatHistoryCaption, name)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.CatColRecorded}</th>
          <th scope="col">{strings.CatColName}</th>
          <th scope="col">{strings.CatColFactor}</th>
          <th scope="col">{strings.CatColUnit}</th>
          <th scope="col">{strings.CatColFrom}</th>
          <th scope="col">{strings.CatColTo}</th>
        </tr>
      </thead>
      <tbody>
        {versions
          .slice()
          .reverse()
          .map((v) => (
            <tr key={v.id}>
              <td>{[v.recordedBy, v.recordedAt ? formatDate(v.recordedAt, locale) : ''].filter((s) => !!s).join(', ')}</td>
              <th scope="row">{v.name}</th>
              <td>{new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v.conversionFactor)}</td>
              <td>{unitName(v.unitCode)}</td>
              <td>{formatDate(v.effectiveFrom, locale)}</td>
              <td>{v.effectiveTo ? formatDate(v.effectiveTo, locale) : ''}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

interface ProductForm {
  code: string;
  name: string;
  factor: string;
  group: string;
  unitCode: string;
  measureUnit: string;
  effectiveFrom: string;
  reason: string;
}

function problemsOf(error: unknown): CatalogueProblem[] | undefined {
  const problems = (error as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as CatalogueProblem[]) : undefined;
}

function ProductDialog(props: {
  view: CatalogueAdminView;
  services: RootProps['services'];
  groups: string[];
  version?: ProductVersion;
  onClose: () => void;
  onDone: (message: string) => void;
}): JSX.Element {
  const { strings, locale } = useUi();
  const { view, version } = props;
  const [form, setForm] = React.useState<ProductForm>(() => ({
    code: version ? version.code : '',
    name: version ? version.name : '',
    factor: version ? String(version.conversionFactor).replace('.', ',') : '',
    group: version ? version.group : '',
    unitCode: version ? version.unitCode || ALL : ALL,
    measureUnit: version ? version.measureUnit || '' : '',
    effectiveFrom: today10(view.today),
    reason: ''
  }));
  const [problems, setProblems] = React.useState<CatalogueProblem[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  const set = (patch: Partial<ProductForm>): void => setForm((f) => ({ ...f, ...patch }));
  const draft = (): ProductDraft => ({
    code: form.code,
    name: form.name,
    conversionFactor: parseTypedNumber(form.factor),
    group: form.group,
    unitCode: form.unitCode || undefined,
    measureUnit: form.measureUnit,
    effectiveFrom: form.effectiveFrom
  });
  const submit = (): void => {
    const d = draft();
    const found = validateProduct(d, { mode: version ? 'CHANGE' : 'ADD', versions: view.versions, unitCodes: view.units.map((u) => u.code) });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    setFailed(undefined);
    const act = version ? props.services.admin.catalogue.change(d, form.reason.trim() || undefined) : props.services.admin.catalogue.add(d, form.reason.trim() || undefined);
    act.then(
      () => props.onDone(format(version ? strings.CatChanged : strings.CatAdded, normalizeProductCode(d.code), d.name.trim())),
      (error: unknown) => {
        setBusy(false);
        const returned = problemsOf(error);
        if (returned) setProblems(returned);
        else setFailed(format(strings.CatFailed, describeError(error)));
      }
    );
  };
  const title = version ? format(strings.CatChangeTitle, version.name) : strings.CatAddTitle;
  const unitOptions: IDropdownOption[] = [{ key: ALL, text: strings.CatWholeMinistry }].concat(view.units.map((u) => ({ key: u.code, text: u.name })));
  return (
    <Dialog hidden={false} onDismiss={props.onClose} dialogContentProps={{ type: DialogType.normal, title }} modalProps={{ isBlocking: false }} minWidth={480}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {failed ? <MessageBar messageBarType={MessageBarType.error}>{failed}</MessageBar> : undefined}
        <TextField label={strings.CatFieldCode} required value={form.code} readOnly={!!version} description={version ? undefined : strings.CatFieldCodeHint} onChange={(_e, v) => set({ code: v || '' })} errorMessage={errorOf(strings, problems, 'code', locale)} />
        <TextField label={strings.CatFieldName} required value={form.name} onChange={(_e, v) => set({ name: v || '' })} errorMessage={errorOf(strings, problems, 'name', locale)} />
        <TextField label={strings.CatFieldGroup} required value={form.group} list="dgcc-product-groups" onChange={(_e, v) => set({ group: v || '' })} errorMessage={errorOf(strings, problems, 'group', locale)} />
        <datalist id="dgcc-product-groups">
          {props.groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <TextField label={strings.CatFieldFactor} required inputMode="decimal" value={form.factor} onChange={(_e, v) => set({ factor: v || '' })} errorMessage={errorOf(strings, problems, 'conversionFactor', locale)} />
        <TextField label={strings.CatFieldMeasure} value={form.measureUnit} onChange={(_e, v) => set({ measureUnit: v || '' })} errorMessage={errorOf(strings, problems, 'measureUnit', locale)} />
        <Dropdown label={strings.CatFieldUnit} options={unitOptions} selectedKey={form.unitCode} onChange={(_e, o) => o && set({ unitCode: String(o.key) })} errorMessage={errorOf(strings, problems, 'unitCode', locale)} />
        <TextField label={strings.CatFieldFrom} required type="date" value={form.effectiveFrom} onChange={(_e, v) => set({ effectiveFrom: v || '' })} errorMessage={errorOf(strings, problems, 'effectiveFrom', locale)} />
        <TextField label={strings.CatFieldReason} multiline autoAdjustHeight value={form.reason} onChange={(_e, v) => set({ reason: v || '' })} />
        <DialogFooter>
          <PrimaryButton type="submit" disabled={busy} allowDisabledFocus>
            {version ? strings.CatSaveChange : strings.CatSaveAdd}
          </PrimaryButton>
          <DefaultButton onClick={props.onClose}>{strings.CatCancel}</DefaultButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function RetireDialog(props: {
  view: CatalogueAdminView;
  services: RootProps['services'];
  version: ProductVersion;
  use?: ProductUse;
  onClose: () => void;
  onDone: (message: string) => void;
}): JSX.Element {
  const { strings, locale } = useUi();
  const { view, version, use } = props;
  const [to, setTo] = React.useState(today10(view.today));
  const [reason, setReason] = React.useState('');
  const [problems, setProblems] = React.useState<CatalogueProblem[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState<string | undefined>(undefined);
  const submit = (): void => {
    const found = validateRetirement(version.code, to, view.versions, use);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    setFailed(undefined);
    props.services.admin.catalogue.retire(version.code, to, reason.trim() || undefined).then(
      () => props.onDone(format(strings.CatRetired, version.code, version.name, formatDate(`${to}T00:00:00Z`, locale))),
      (error: unknown) => {
        setBusy(false);
        const returned = problemsOf(error);
        if (returned) setProblems(returned);
        else setFailed(format(strings.CatFailed, describeError(error)));
      }
    );
  };
  return (
    <Dialog hidden={false} onDismiss={props.onClose} dialogContentProps={{ type: DialogType.normal, title: format(strings.CatRetireTitle, version.name) }} modalProps={{ isBlocking: false }} minWidth={480}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p>{use ? format(strings.CatRetireInUse, use.reports, formatDate(dayOf(use.lastPeriodEnd), locale)) : strings.CatRetireNotInUse}</p>
        {failed ? <MessageBar messageBarType={MessageBarType.error}>{failed}</MessageBar> : undefined}
        <TextField label={strings.CatFieldTo} required type="date" value={to} onChange={(_e, v) => setTo(v || '')} errorMessage={errorOf(strings, problems, 'effectiveTo', locale) || errorOf(strings, problems, 'code', locale)} />
        <TextField label={strings.CatFieldReason} multiline autoAdjustHeight value={reason} onChange={(_e, v) => setReason(v || '')} />
        <DialogFooter>
          <PrimaryButton type="submit" disabled={busy} allowDisabledFocus>
            {strings.CatSaveRetire}
          </PrimaryButton>
          <DefaultButton onClick={props.onClose}>{strings.CatCancel}</DefaultButton>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
