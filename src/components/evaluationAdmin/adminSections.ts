import * as React from 'react';

/**
 * The administration's sections, each loaded when HR opens its tab, from one chunk ('dgcc-admin'): the
 * view-mode bundle of the four web parts carries none of them.
 */
export const AuditSection = React.lazy(() => import(/* webpackChunkName: 'dgcc-admin' */ './audit/AuditSection').then((m) => ({ default: m.AuditSection })));
