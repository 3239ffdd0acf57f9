import * as React from 'react';
import type { PendingTask } from '../../domain/evaluation/model';
import { formatDate } from '../common/format';
import { periodName, taskLabel } from '../common/labels';
import { LoadView } from '../common/LoadView';
import type { RootProps } from '../common/RootProps';
import { Screen, screenStyles as styles } from '../common/Screen';
import { UiProvider, useUi } from '../common/UiContext';
import { useLoad } from '../common/useLoad';

/** "Duyệt và quyết định": what waits for a manager, a unit head or a leader. */
export function ReviewAndDecide(props: RootProps): JSX.Element {
  return (
    <UiProvider ui={{ strings: props.strings, locale: props.locale }}>
      <Screen title={props.strings.ReviewTitle}>
        <Inbox {...props} />
      </Screen>
    </UiProvider>
  );
}

function Inbox({ services }: RootProps): JSX.Element {
  const [load, reload] = useLoad(() => services.evaluation.getPendingTasks(), [services]);
  return <LoadView load={load} onRetry={reload}>{(tasks) => <TaskTable tasks={tasks} />}</LoadView>;
}

function TaskTable({ tasks }: { tasks: PendingTask[] }): JSX.Element {
  const { strings, locale } = useUi();
  if (tasks.length === 0) {
    return (
      <>
        <h3 className={styles.heading}>{strings.InboxHeading}</h3>
        <p>{strings.InboxEmpty}</p>
      </>
    );
  }
  const byDeadline = tasks.slice().sort((a, b) => (a.deadline || '9999').localeCompare(b.deadline || '9999'));
  return (
    <table className={styles.table}>
      <caption>{strings.InboxHeading}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ColumnPerson}</th>
          <th scope="col">{strings.ColumnTask}</th>
          <th scope="col">{strings.ColumnPeriod}</th>
          <th scope="col">{strings.ColumnDeadline}</th>
        </tr>
      </thead>
      <tbody>
        {byDeadline.map((task) => (
          <tr key={task.id}>
            <th scope="row">{task.subject.displayName}</th>
            <td>{taskLabel(strings, task.step)}</td>
            <td>{periodName(strings, task.period)}</td>
            <td>{task.deadline ? formatDate(task.deadline, locale) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
