import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import * as React from 'react';
import type { ProvisioningReport, SetupStatus } from '../../services/contracts';
import { httpStatusOf } from '../../services/sharepoint/odata';
import { describeError } from '../common/describeError';
import { format } from '../common/format';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { Notice, PlainButton } from '../common/ViewControls';
import { LoadView } from '../common/LoadView';
import { useLoad } from '../common/useLoad';
import { EmptySection, evaluationYearOf, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { Deferred } from '../common/Deferred';
import { Reminders } from '../journeyForms';
import { AuditSection, CatalogueSection, ImportSection, PeriodsSection, SettingsSection, UnitsSection } from './adminSections';
import { AdminTabs, type AdminTab } from './AdminTabs';

export interface EvaluationAdminProps extends RootProps {
  evaluationYear?: number;
}

/** "Quản trị đánh giá": HR and site owners run the cycle from here, one tab per job. */
export function EvaluationAdmin(props: EvaluationAdminProps): JSX.Element {
  const year = evaluationYearOf(props);
  const { services, strings } = props;
  const tabs: AdminTab[] = [
    {
      key: 'periods',
      label: strings.AdminTabPeriods,
      render: () => (
        <Deferred>
          <PeriodsSection services={services} year={year} />
        </Deferred>
      )
    },
    {
      key: 'reminders',
      label: strings.AdminTabReminders,
      render: () => (
        <Loaded load={() => services.evaluation.getPeriods(year)} deps={[services, year]}>
          {(periods) =>
            periods.length ? (
              <Deferred>
                <Reminders services={services} year={year} periods={periods} />
              </Deferred>
            ) : (
              <EmptySection heading={format(strings.AdminPeriodsHeading, year)} text={format(strings.AdminPeriodsEmpty, year)} />
            )
          }
        </Loaded>
      )
    },
    {
      key: 'units',
      label: strings.AdminTabUnits,
      render: () => (
        <Deferred>
          <UnitsSection services={services} />
        </Deferred>
      )
    },
    {
      key: 'catalogue',
      label: strings.AdminTabCatalogue,
      render: () => (
        <Deferred>
          <CatalogueSection services={services} />
        </Deferred>
      )
    },
    {
      key: 'settings',
      label: strings.AdminTabSettings,
      render: () => (
        <Deferred>
          <SettingsSection services={services} year={year} />
        </Deferred>
      )
    },
    {
      key: 'import',
      label: strings.AdminTabImport,
      render: () => (
        <Deferred>
          <ImportSection services={services} year={year} />
        </Deferred>
      )
    },
    {
      key: 'audit',
      label: strings.AdminTabAudit,
      render: () => (
        <Deferred>
          <AuditSection services={services} year={year} />
        </Deferred>
      )
    },
    { key: 'setup', label: strings.AdminTabSetup, render: () => <Setup services={services} /> }
  ];
  return (
    <WebPartRoot root={props} title={strings.AdminTitle}>
      <AdminTabs label={strings.AdminTitle} tabs={tabs} />
    </WebPartRoot>
  );
}

type Provisioning = { state: 'idle' } | { state: 'running' } | { state: 'done'; report: ProvisioningReport } | { state: 'failed'; error: unknown };

/** The site owner's "ensure": safe to run any number of times, and to run again after a failure. */
function ProvisionAction({ services, onDone }: Pick<RootProps, 'services'> & { onDone: () => void }): JSX.Element {
  const { strings } = useUi();
  const [run, setRun] = React.useState<Provisioning>({ state: 'idle' });
  const start = (): void => {
    setRun({ state: 'running' });
    services.provisioning.ensureSchema().then(
      (report) => {
        setRun({ state: 'done', report });
        onDone();
      },
      (error: unknown) => setRun({ state: 'failed', error })
    );
  };
  // No live region around all this: the Spinner and the messages announce themselves (once).
  return (
    <div>
      <p>
        {/* Focusable while disabled: a keyboard user stays on the button while it runs (WCAG 2.4.3). */}
        <PlainButton primary onClick={start} disabled={run.state === 'running'}>
          {strings.ProvisionButton}
        </PlainButton>
      </p>
      {run.state === 'running' ? <Spinner size={SpinnerSize.small} label={strings.Provisioning} /> : undefined}
      {run.state === 'done' ? <ProvisionOutcome report={run.report} /> : undefined}
      {run.state === 'failed' ? (
        <Notice kind="error">
          {httpStatusOf(run.error) === 403 ? strings.ProvisionForbidden : format(strings.ProvisionFailed, describeError(run.error))}
        </Notice>
      ) : undefined}
    </div>
  );
}

function ProvisionOutcome({ report }: { report: ProvisioningReport }): JSX.Element {
  const { strings } = useUi();
  const access = report.access;
  const changes =
    report.createdLists.length +
    report.createdFields.length +
    report.indexedFields.length +
    report.updatedLists.length +
    (access ? access.foldersCreated + access.foldersSecured + access.groupsCreated + access.membersAdded : 0);
  const text =
    changes === 0 && report.fromVersion === report.toVersion
      ? format(strings.ProvisionNothing, report.toVersion)
      : format(
          strings.ProvisionDone,
          report.createdLists.length,
          report.createdFields.length,
          report.indexedFields.length,
          report.updatedLists.length,
          report.toVersion
        );
  return (
    <Notice kind="success">
      {text}
      {access && changes > 0 ? (
        <>
          {' '}
          {format(strings.ProvisionAccess, access.year, access.foldersCreated, access.foldersSecured, access.groupsCreated, access.membersAdded)}
        </>
      ) : undefined}
    </Notice>
  );
}

/** The lists' status, and the action that sets them up: its outcome stays while the status reloads. */
function Setup({ services }: Pick<RootProps, 'services'>): JSX.Element {
  const { strings } = useUi();
  const [load, reload] = useLoad(() => services.evaluation.getSetupStatus(), [services]);
  return (
    <>
      <h3 className={styles.heading}>{strings.SetupHeading}</h3>
      <LoadView load={load} onRetry={reload}>{(status) => <SetupMessage status={status} />}</LoadView>
      <ProvisionAction services={services} onDone={reload} />
    </>
  );
}

function SetupMessage({ status }: { status: SetupStatus }): JSX.Element {
  const { strings } = useUi();
  if (status.missingLists.length > 0) {
    return (
      <Notice kind="warning">
        {format(strings.SetupMissing, status.missingLists.length, status.missingLists.join(', '))}
      </Notice>
    );
  }
  if (status.siteSchemaVersion !== status.expectedSchemaVersion) {
    return (
      <Notice kind="warning">
        {format(strings.SetupOutdated, status.siteSchemaVersion === undefined ? '–' : status.siteSchemaVersion, status.expectedSchemaVersion)}
      </Notice>
    );
  }
  return (
    <Notice kind="success">
      {format(strings.SetupReady, status.listCount, status.expectedSchemaVersion)}
    </Notice>
  );
}
