import * as React from 'react';
import type { UnitHistoryEntry } from '../../services/contracts';
import { format, formatDate } from '../common/format';
import { LoadView } from '../common/LoadView';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { useLoad } from '../common/useLoad';

/** The units list's history as a table, loaded on demand (UnitHistory). */
export function UnitHistoryTable({ services }: Pick<RootProps, 'services'>): JSX.Element {
  const { strings } = useUi();
  const [load, reload] = useLoad(() => services.evaluation.getUnitHistory(), [services]);
  return (
    <LoadView load={load} onRetry={reload}>
      {(entries) => (entries.length === 0 ? <p>{strings.UnitHistoryEmpty}</p> : <HistoryRows entries={entries} />)}
    </LoadView>
  );
}

function HistoryRows({ entries }: { entries: UnitHistoryEntry[] }): JSX.Element {
  const { strings, locale } = useUi();
  const orNone = (name: string | undefined): string => name || strings.UnitHistoryNone;
  return (
    <table className={styles.table}>
      <caption>{strings.UnitHistoryHeading}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.UnitHistoryColFrom}</th>
          <th scope="col">{strings.UnitHistoryColUnit}</th>
          <th scope="col">{strings.UnitHistoryColRoles}</th>
          <th scope="col">{strings.UnitHistoryColRecorded}</th>
          <th scope="col">{strings.UnitHistoryColNotes}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{formatDate(entry.from, locale)}</td>
            <th scope="row">{entry.unitName}</th>
            <td>
              {format(
                strings.UnitHistoryRoles,
                orNone(entry.headName),
                entry.deputyNames.length ? entry.deputyNames.join(', ') : strings.UnitHistoryNone,
                orNone(entry.secretaryName),
                orNone(entry.evaluatorName)
              )}
            </td>
            <td>
              {entry.recordedByName}, {formatDate(entry.recordedAt, locale)}
            </td>
            <td>
              {entry.counted ? '' : <strong>{strings.UnitHistoryIgnored} </strong>}
              {entry.notes.join(' ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
