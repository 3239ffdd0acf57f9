import * as React from 'react';
import type { UnitDashboardRow } from '../../domain/evaluation/model';
import type { AppServices } from '../../services/contracts';
import { format } from '../common/format';
import { useUi } from '../common/UiContext';
import { DocumentButton } from './DocumentButton';

/** What the documents need of a dashboard's unit: whose lists the reader keeps, and what was published to them. */
export type DocumentsUnit = Pick<UnitDashboardRow, 'unitCode' | 'unitName' | 'published'> & {
  readerIsMember?: boolean;
  readerActsOnYear?: boolean;
  readerIsHr?: boolean;
};

/**
 * The dashboard's documents: the results list of each unit the reader keeps or decides, the notice of a
 * unit's published results to its members, and for HR the ministry's list.
 */
export function DashboardDocuments(props: { services: Pick<AppServices, 'documents'>; units: readonly DocumentsUnit[]; year: number }): JSX.Element {
  const { strings } = useUi();
  const { services, units, year } = props;
  const lists = units.filter((u) => u.readerActsOnYear);
  const notices = units.filter((u) => u.readerIsMember && !u.readerActsOnYear && u.published && u.published.length > 0);
  const hr = units.some((u) => u.readerIsHr);
  if (!services.documents || (lists.length === 0 && notices.length === 0 && !hr)) return <></>;
  const headingId = `dgcc-dashboard-documents-${year}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.DocumentsHeading}</h3>
      <ul>
        {hr ? (
          <li>
            <DocumentButton services={services} kind="danh-sach" args={{ year }} label={format(strings.DocumentsDanhSachMinistry, year)} />
          </li>
        ) : undefined}
        {lists.map((unit) => (
          <li key={`list-${unit.unitCode}`}>
            <DocumentButton services={services} kind="danh-sach" args={{ year, unitCode: unit.unitCode }} label={format(strings.DocumentsDanhSachOf, year, unit.unitName)} />
          </li>
        ))}
        {notices.map((unit) => (
          <li key={`notice-${unit.unitCode}`}>
            <DocumentButton services={services} kind="quyet-dinh" args={{ year, unitCode: unit.unitCode }} label={format(strings.DocumentsNoticeOf, year, unit.unitName)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
