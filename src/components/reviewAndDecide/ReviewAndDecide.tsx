import { DefaultButton, IButton } from '@fluentui/react/lib/Button';
import * as React from 'react';
import type { PendingTask } from '../../domain/evaluation/model';
import { format, formatDate } from '../common/format';
import { periodName, taskLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { EmptySection, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { Deferred } from '../common/Deferred';
import { PeriodReviewForm, UnitYearScreen } from '../journeyForms';

/**
 * "Duyệt và quyết định": what waits for a manager, a unit head or a leader, and the screen of each
 * task. A year is decided in its December or early the next year, so last year's tasks are listed too.
 */
export function ReviewAndDecide(props: RootProps): JSX.Element {
  const { services } = props;
  const [open, setOpen] = React.useState<PendingTask | undefined>(undefined);
  const [generation, setGeneration] = React.useState(0);
  const year = services.today().getFullYear();
  const back = React.useCallback(() => {
    setOpen(undefined);
    setGeneration((n) => n + 1);
  }, []);
  return (
    <WebPartRoot root={props} title={props.strings.ReviewTitle}>
      {open ? (
        <TaskScreen task={open} root={props} onDone={back} />
      ) : (
        <Loaded load={() => loadTasks(props, year)} deps={[services, year, generation]}>
          {(tasks) => <TaskTable tasks={tasks} onOpen={setOpen} />}
        </Loaded>
      )}
    </WebPartRoot>
  );
}

async function loadTasks(props: RootProps, year: number): Promise<PendingTask[]> {
  const { evaluation, journey } = props.services;
  const [periodTasks, leaderTasks] = await Promise.all([evaluation.getPendingTasks(), journey.unitYear.getLeaderTasks([year - 1, year])]);
  return periodTasks.concat(leaderTasks);
}

function TaskScreen(props: { task: PendingTask; root: RootProps; onDone: () => void }): JSX.Element {
  const { strings } = useUi();
  const { task, root } = props;
  const back = React.useRef<IButton>(null);
  // After an act the screen stays, with its message; the way on is the back button, which gets the focus.
  const acted = React.useCallback(() => {
    if (back.current) back.current.focus();
  }, []);
  const backButton = (
    <div className={styles.actions}>
      <DefaultButton componentRef={back} iconProps={{ iconName: 'Back' }} onClick={props.onDone}>
        {strings.InboxBack}
      </DefaultButton>
    </div>
  );
  if (task.step === 'REVIEW_PERIOD' && task.periodId !== undefined) {
    return (
      <>
        {backButton}
        <Deferred>
          <PeriodReviewForm services={root.services} subjectLogin={task.subject.userPrincipalName} periodId={task.periodId} onDone={acted} />
        </Deferred>
      </>
    );
  }
  if (task.unitCode) {
    // The unit's screen has its own way back, above its title.
    return (
      <Deferred>
        <UnitYearScreen services={root.services} unitCode={task.unitCode} year={task.period.year} onDone={props.onDone} />
      </Deferred>
    );
  }
  return (
    <>
      {backButton}
      <p>{strings.InboxCannotOpen}</p>
    </>
  );
}

function TaskTable({ tasks, onOpen }: { tasks: PendingTask[]; onOpen: (task: PendingTask) => void }): JSX.Element {
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
          <th scope="col">
            <span className={styles.visuallyHidden}>{strings.InboxOpen}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {byDeadline.map((task) => (
          <tr key={task.id}>
            <th scope="row">{task.subject.displayName}</th>
            <td>{taskLabel(strings, task.step)}</td>
            <td>{periodName(strings, task.period)}</td>
            <td>{task.deadline ? formatDate(task.deadline, locale) : ''}</td>
            <td>
              <DefaultButton
                onClick={() => onOpen(task)}
                ariaLabel={format(strings.InboxOpenTask, taskLabel(strings, task.step), task.subject.displayName, periodName(strings, task.period))}
              >
                {strings.InboxOpen}
              </DefaultButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
