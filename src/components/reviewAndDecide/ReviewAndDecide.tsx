import * as React from 'react';
import type { PendingTask } from '../../domain/evaluation/model';
import { format, formatDate } from '../common/format';
import { periodName, taskLabel } from '../common/labels';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { PlainButton } from '../common/ViewControls';
import { EmptySection, Loaded, WebPartRoot } from '../common/WebPartRoot';
import { Deferred } from '../common/Deferred';
import { usePlace } from '../common/usePlace';
import type { Place } from '../../domain/place';
import { PeriodReviewForm, UnitYearScreen } from '../journeyForms';

/**
 * "Duyệt và quyết định": what waits for a manager, a unit head or a leader, and the screen of each
 * task. A year is decided in its December or early the next year, so last year's tasks are listed too.
 * The open screen is a place in the address (a period's review of a person, a unit's year): a notice's
 * link or the dashboard's lands on it, a reload stays on it, the back button returns to the list.
 */
export function ReviewAndDecide(props: RootProps): JSX.Element {
  const { services } = props;
  const [place, go] = usePlace('review');
  const [generation, setGeneration] = React.useState(0);
  const year = services.today().getFullYear();
  const open = screenOf(place);
  const back = React.useCallback(() => {
    go({});
    setGeneration((n) => n + 1);
  }, [go]);
  return (
    <WebPartRoot root={props} title={props.strings.ReviewTitle}>
      {open ? (
        <TaskScreen place={open} root={props} onDone={back} />
      ) : (
        <Loaded load={() => loadTasks(props, year)} deps={[services, year, generation]}>
          {(tasks) => <TaskTable tasks={tasks} onOpen={(task) => go(placeOfTask(task))} />}
        </Loaded>
      )}
    </WebPartRoot>
  );
}

/** The screens of this web part, as places: a period's review of one person, or a unit's year. */
type ReviewScreen = { screen: 'review'; periodId: number; person: string } | { screen: 'unitYear'; year: number; unit: string } | { screen: 'unknown' };

function screenOf(place: Place): ReviewScreen | undefined {
  // 'period' is how the notices name the same screen (noticePlaces.periodReview).
  if ((place.screen === 'review' || place.screen === 'period') && place.periodId !== undefined && place.person) return { screen: 'review', periodId: place.periodId, person: place.person };
  if (place.screen === 'unitYear' && place.year !== undefined && place.unit) return { screen: 'unitYear', year: place.year, unit: place.unit };
  // A task of a kind this screen cannot open: said, with the way back. Anything else malformed: the list.
  return place.screen === 'unknown' ? { screen: 'unknown' } : undefined;
}

/** Where a task of the inbox opens. */
export function placeOfTask(task: PendingTask): Place {
  if (task.step === 'REVIEW_PERIOD' && task.periodId !== undefined) return { screen: 'review', periodId: task.periodId, person: task.subject.userPrincipalName };
  if (task.unitCode) return { screen: 'unitYear', year: task.period.year, unit: task.unitCode };
  return { screen: 'unknown' };
}

async function loadTasks(props: RootProps, year: number): Promise<PendingTask[]> {
  const { evaluation, journey } = props.services;
  const [periodTasks, leaderTasks] = await Promise.all([evaluation.getPendingTasks(), journey.unitYear.getLeaderTasks([year - 1, year])]);
  return periodTasks.concat(leaderTasks);
}

function TaskScreen(props: { place: ReviewScreen; root: RootProps; onDone: () => void }): JSX.Element {
  const { strings } = useUi();
  const { place, root } = props;
  const back = React.useRef<HTMLButtonElement>(null);
  // After an act the screen stays, with its message; the way on is the back button, which gets the focus.
  const acted = React.useCallback(() => {
    if (back.current) back.current.focus();
  }, []);
  const backButton = (
    <div className={styles.actions}>
      <PlainButton ref={back} onClick={props.onDone}>
        <span aria-hidden="true">←&nbsp;</span>
        {strings.InboxBack}
      </PlainButton>
    </div>
  );
  if (place.screen === 'review') {
    return (
      <>
        {backButton}
        <Deferred>
          <PeriodReviewForm key={`${place.person}|${place.periodId}`} services={root.services} subjectLogin={place.person} periodId={place.periodId} onDone={acted} />
        </Deferred>
      </>
    );
  }
  if (place.screen === 'unitYear') {
    // The way back above the title too: a link may land here on a unit that cannot be read.
    return (
      <>
        {backButton}
        <Deferred>
          <UnitYearScreen key={`${place.unit}|${place.year}`} services={root.services} unitCode={place.unit} year={place.year} onDone={props.onDone} />
        </Deferred>
      </>
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
              <PlainButton
                onClick={() => onOpen(task)}
                aria-label={format(strings.InboxOpenTask, taskLabel(strings, task.step), task.subject.displayName, periodName(strings, task.period))}
              >
                {strings.InboxOpen}
              </PlainButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
