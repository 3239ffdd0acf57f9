import * as React from 'react';

/**
 * The administration's sections, each loaded when HR opens its tab, from one chunk ('dgcc-admin'), the
 * import from one of its own: the view-mode bundle of the four web parts carries none of them.
 */
export const AuditSection = React.lazy(() => import(/* webpackChunkName: 'dgcc-admin' */ './audit/AuditSection').then((m) => ({ default: m.AuditSection })));
export const PeriodsSection = React.lazy(() => import(/* webpackChunkName: 'dgcc-admin' */ './periods/PeriodsSection').then((m) => ({ default: m.PeriodsSection })));
export const CatalogueSection = React.lazy(() =>
  import(/* webpackChunkName: 'dgcc-admin' */ './catalogue/CatalogueSection').then((m) => ({ default: m.CatalogueSection }))
);
export const UnitsSection = React.lazy(() => import(/* webpackChunkName: 'dgcc-admin' */ './units/UnitsSection').then((m) => ({ default: m.UnitsSection })));
export const SettingsSection = React.lazy(() =>
  import(/* webpackChunkName: 'dgcc-admin' */ './settings/SettingsSection').then((m) => ({ default: m.SettingsSection }))
);
// The import from Excel is opened a few times a year: its screen and its service load when HR opens its tab.
export const ImportSection = React.lazy(() => import(/* webpackChunkName: 'dgcc-import' */ './import/ImportSection').then((m) => ({ default: m.ImportSection })));
