import * as React from 'react';
import type { PendingTask } from '../../domain/evaluation/model';
import { formatDate } from '../common/format';
import { periodName, taskLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { EmptySection, Loaded, WebPartRoot } from '../common/WebPartRoot';

/** "Duyệt và quyết định": what waits for a manager, a unit head or a leader. */
export function ReviewAndDecide(props: RootProps): JSX.Element {
  const { services } = props;
  return (
    <WebPartRoot root={props} title={props.strings.ReviewTitle}>
      <Loaded load={() => services.evaluation.getPendingTasks()} deps={[services]}>
        {(tasks) => <TaskTable tasks={tasks} />}
      </Loaded>
    </WebPartRoot>
  );
}

function TaskTable({ tasks }: { tasks: PendingTask[] }): JSX.Element {
  const { strings, locale } = useUi();
  if (tasks.length === 0) {
    return <EmptySection heading={strings.InboxHeading} text={strings.InboxEmpty} />;
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
