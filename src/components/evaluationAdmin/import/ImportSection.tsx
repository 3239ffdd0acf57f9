import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as React from 'react';
import type { ChangeStatus } from '../../../domain/admin/import/diff';
import type { ImportKind } from '../../../domain/admin/import/layouts';
import type { ImportProblem } from '../../../domain/admin/import/sheet';
import type { ImportPreview, ImportResult, PlanView } from '../../../services/admin/contracts';
import { httpStatusOf } from '../../../services/sharepoint/odata';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { describeError } from '../../common/describeError';
import { format } from '../../common/format';
import { LoadView } from '../../common/LoadView';
import type { RootProps } from '../../common/RootProps';
import { screenStyles as styles } from '../../common/Screen';
import { useUi } from '../../common/UiContext';
import { useLoad } from '../../common/useLoad';

type Strings = ReturnType<typeof useUi>['strings'];

type Step =
  | { state: 'idle' }
  | { state: 'reading'; fileName: string }
  | { state: 'preview'; preview: ImportPreview }
  | { state: 'applying'; preview: ImportPreview }
  | { state: 'done'; result: ImportResult }
  | { state: 'failed'; error: unknown; preview?: ImportPreview };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A chosen file's bytes (FileReader: every browser SharePoint supports, and jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error || new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/** Hands bytes to the browser as a download. */
function download(fileName: string, bytes: ArrayBuffer): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function statusLabel(strings: Strings, status: ChangeStatus): string {
  return { NEW: strings.ImpStatusNew, CHANGED: strings.ImpStatusChanged, UNCHANGED: strings.ImpStatusUnchanged, REMOVED: strings.ImpStatusRemoved }[status];
}

/**
 * "Nhập từ Excel": HR chooses what the file holds and the file; the preview lists every problem by
 * row and column and what would change (new, changed, unchanged, removed); nothing is written until
 * HR confirms, and the file with blocking problems cannot be written at all.
 */
export function ImportSection({ services, year }: Pick<RootProps, 'services'> & { year: number }): JSX.Element {
  const { strings } = useUi();
  const [kind, setKind] = React.useState<ImportKind>('UNITS');
  const [step, setStep] = React.useState<Step>({ state: 'idle' });
  const [confirming, setConfirming] = React.useState(false);
  const [fileKey, setFileKey] = React.useState(0);
  const [plansVersion, setPlansVersion] = React.useState(0);
  const inputId = React.useMemo(() => `dgcc-import-file-${Math.random().toString(36).slice(2)}`, []);
  const hintId = `${inputId}-hint`;

  const kinds: IChoiceGroupOption[] = [
    { key: 'UNITS', text: strings.ImpKindUnits },
    { key: 'CATALOGUE', text: strings.ImpKindCatalogue },
    { key: 'PLANS', text: strings.ImpKindPlans }
  ];

  const choose = (file: File | undefined): void => {
    if (!file) return;
    setStep({ state: 'reading', fileName: file.name });
    readBytes(file)
      .then((bytes) => services.admin.imports.preview(kind, file.name, bytes))
      .then(
        (preview) => setStep({ state: 'preview', preview }),
        (error: unknown) => setStep({ state: 'failed', error })
      );
  };

  const apply = (preview: ImportPreview): void => {
    setStep({ state: 'applying', preview });
    services.admin.imports.apply(preview).then(
      (result) => {
        setStep({ state: 'done', result });
        // The same file can be chosen again (to see that nothing is left to change).
        setFileKey((k) => k + 1);
        setPlansVersion((v) => v + 1);
      },
      (error: unknown) => setStep({ state: 'failed', error, preview })
    );
  };

  return (
    <>
      <h3 className={styles.heading}>{strings.ImpHeading}</h3>
      <p>{strings.ImpIntro}</p>
      <ChoiceGroup
        label={strings.ImpKind}
        options={kinds}
        selectedKey={kind}
        onChange={(_e, option) => {
          if (!option) return;
          setKind(option.key as ImportKind);
          setStep({ state: 'idle' });
          setFileKey((k) => k + 1);
        }}
      />
      <TemplateDownload services={services} kind={kind} year={year} />
      <p>
        <label htmlFor={inputId}>{strings.ImpFile}</label>
        <br />
        <input
          key={fileKey}
          id={inputId}
          type="file"
          accept={`.xlsx,${XLSX_TYPE}`}
          aria-describedby={hintId}
          disabled={step.state === 'reading' || step.state === 'applying'}
          onChange={(e) => choose(e.target.files ? e.target.files[0] : undefined)}
        />
        <br />
        <span id={hintId} className={styles.muted}>
          {strings.ImpFileHint}
        </span>
      </p>
      {step.state === 'reading' ? <Spinner size={SpinnerSize.small} label={strings.ImpReading} /> : undefined}
      {step.state === 'applying' ? <Spinner size={SpinnerSize.small} label={strings.ImpApplying} /> : undefined}
      {step.state === 'preview' || step.state === 'applying' ? (
        <PreviewView preview={step.preview} busy={step.state === 'applying'} onApply={() => setConfirming(true)} />
      ) : undefined}
      {step.state === 'done' ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {format(strings.ImpDone, step.result.fileName, step.result.counts.NEW, step.result.counts.CHANGED, step.result.counts.REMOVED)}
        </MessageBar>
      ) : undefined}
      {step.state === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {httpStatusOf(step.error) === 403
            ? strings.ImpForbidden
            : format(step.preview ? strings.ImpFailed : strings.ImpReadFailed, describeError(step.error))}
        </MessageBar>
      ) : undefined}
      {step.state === 'preview' ? (
        <ConfirmDialog
          open={confirming}
          title={strings.ImpConfirmTitle}
          text={format(strings.ImpConfirmText, step.preview.counts.NEW, step.preview.counts.CHANGED, step.preview.counts.REMOVED, step.preview.fileName)}
          confirmText={strings.ImpConfirm}
          onClose={() => setConfirming(false)}
          onConfirm={() => apply(step.preview)}
        />
      ) : undefined}
      {kind === 'PLANS' ? <Plans services={services} year={year} version={plansVersion} /> : undefined}
    </>
  );
}

/** "Tải danh sách hiện có": the site's current list as a file in the layout, with its guide sheet. */
function TemplateDownload({ services, kind, year }: Pick<RootProps, 'services'> & { kind: ImportKind; year: number }): JSX.Element {
  const { strings } = useUi();
  const [state, setState] = React.useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const get = (): void => {
    setState({ busy: true });
    services.admin.imports.template(kind, year).then(
      (file) => {
        download(file.fileName, file.bytes);
        setState({ busy: false });
      },
      (error: unknown) => setState({ busy: false, error })
    );
  };
  return (
    <div>
      <p>
        <DefaultButton onClick={get} disabled={state.busy} allowDisabledFocus>
          {strings.ImpTemplate}
        </DefaultButton>
        <br />
        <span className={styles.muted}>{strings.ImpTemplateHint}</span>
      </p>
      {state.error ? (
        <MessageBar messageBarType={MessageBarType.error}>{format(strings.ImpTemplateFailed, describeError(state.error))}</MessageBar>
      ) : undefined}
    </div>
  );
}

function PreviewView({ preview, busy, onApply }: { preview: ImportPreview; busy: boolean; onApply: () => void }): JSX.Element {
  const { strings, locale } = useUi();
  const [showUnchanged, setShowUnchanged] = React.useState(false);
  const vi = locale.toLowerCase().indexOf('vi') === 0;
  const errors = preview.problems.filter((p) => p.severity === 'ERROR').length;
  const writes = preview.counts.NEW + preview.counts.CHANGED + preview.counts.REMOVED;
  const shown = preview.changes.filter((c) => showUnchanged || c.status !== 'UNCHANGED');
  const c = preview.counts;
  return (
    <>
      <p>
        <strong>{format(strings.ImpSummary, preview.fileName, c.NEW, c.CHANGED, c.UNCHANGED, c.REMOVED)}</strong>
      </p>
      {preview.problems.length ? <ProblemTable problems={preview.problems} vi={vi} /> : undefined}
      {preview.blocked ? (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
          {format(strings.ImpBlocked, errors)}
        </MessageBar>
      ) : writes === 0 ? (
        <MessageBar messageBarType={MessageBarType.info}>{strings.ImpNothing}</MessageBar>
      ) : undefined}
      {c.UNCHANGED > 0 ? (
        <Checkbox label={format(strings.ImpShowUnchanged, c.UNCHANGED)} checked={showUnchanged} onChange={(_e, checked) => setShowUnchanged(!!checked)} />
      ) : undefined}
      {shown.length ? (
        <table className={styles.table}>
          <caption>{strings.ImpChanges}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ImpColRow}</th>
              <th scope="col">{strings.ImpColStatus}</th>
              <th scope="col">{strings.ImpColItem}</th>
              <th scope="col">{strings.ImpColFields}</th>
              <th scope="col">{strings.ImpColFrom}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((change) => (
              <tr key={`${change.status}|${change.key}`}>
                <td>{change.row || '–'}</td>
                <td>{statusLabel(strings, change.status)}</td>
                <th scope="row">{change.label}</th>
                <td>{change.fields.join(', ')}</td>
                <td>{change.effectiveFrom ? change.effectiveFrom.split('-').reverse().join('/') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : undefined}
      <p>
        {/* Focusable while disabled: a keyboard user finds it and the reason above it. */}
        <PrimaryButton onClick={onApply} disabled={busy || preview.blocked || writes === 0} allowDisabledFocus>
          {strings.ImpApply}
        </PrimaryButton>
      </p>
    </>
  );
}

function ProblemTable({ problems, vi }: { problems: readonly ImportProblem[]; vi: boolean }): JSX.Element {
  const { strings } = useUi();
  return (
    <table className={styles.table}>
      <caption>{format(strings.ImpProblems, problems.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ImpColSheet}</th>
          <th scope="col">{strings.ImpColRow}</th>
          <th scope="col">{strings.ImpColColumn}</th>
          <th scope="col">{strings.ImpColSeverity}</th>
          <th scope="col">{strings.ImpColProblem}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.sheet}</td>
            <td>{p.row || '–'}</td>
            <td>{p.column}</td>
            <td>{p.severity === 'ERROR' ? strings.ImpError : strings.ImpWarning}</td>
            <td>{vi ? p.vi : p.en}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ALL = '';

/** The year's plans, one unit at a time (a ministry's year is thousands of items). */
function Plans({ services, year, version }: Pick<RootProps, 'services'> & { year: number; version: number }): JSX.Element {
  const [load, reload] = useLoad(() => services.admin.imports.plans(year), [services, year, version]);
  return <LoadView load={load} onRetry={reload}>{(plans) => <PlanTable plans={plans} year={year} />}</LoadView>;
}

function PlanTable({ plans, year }: { plans: readonly PlanView[]; year: number }): JSX.Element {
  const { strings } = useUi();
  const units = plans.map((p) => p.unitCode).filter((u, i, all) => all.indexOf(u) === i);
  const [unit, setUnit] = React.useState(units.length === 1 ? units[0] : ALL);
  const heading = format(strings.ImpPlansHeading, year);
  if (plans.length === 0) {
    return (
      <>
        <h3 className={styles.heading}>{heading}</h3>
        <p>{format(strings.ImpPlansEmpty, year)}</p>
      </>
    );
  }
  const options: IDropdownOption[] = [{ key: ALL, text: strings.ImpPlansAll }, ...units.map((u) => ({ key: u, text: u }))];
  const shown = plans.filter((p) => unit === ALL || p.unitCode === unit);
  return (
    <>
      <h3 className={styles.heading}>{heading}</h3>
      <Dropdown label={strings.ImpPlansUnit} options={options} selectedKey={unit} onChange={(_e, o) => setUnit(o ? String(o.key) : ALL)} styles={{ root: { maxWidth: 320 } }} />
      <table className={styles.table}>
        <caption>{format(strings.ImpPlansCaption, shown.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.ImpPlansUnit}</th>
            <th scope="col">{strings.ImpColPeriod}</th>
            <th scope="col">{strings.ImpColPerson}</th>
            <th scope="col">{strings.ImpColProduct}</th>
            <th scope="col" className={styles.number}>
              {strings.ImpColQuantity}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={`${p.year}|${p.kind}|${p.index}|${p.login}|${p.productCode}`}>
              <td>{p.unitCode}</td>
              <td>{format(p.kind === 'MONTH' ? strings.ImpMonth : strings.ImpQuarter, p.index)}</td>
              <th scope="row">{p.displayName}</th>
              <td>
                {p.productCode} – {p.productName}
              </td>
              <td className={styles.number}>{p.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
