import { PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { complaintTooLate } from '../../domain/evaluation/complaintDeadline';
import { dayText } from '../../domain/evaluation/hanoiDay';
import { COMPLAINT_MAX_LENGTH, validateComplaint } from '../../domain/evaluation/selfEvaluationForm';
import type { FieldProblem } from '../../domain/evaluation/validation';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { format, formatDate } from '../common/format';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct } from '../common/useAct';
import { useUi } from '../common/UiContext';
import { PRESERVE_LINES, type YearSectionProps } from './YearParts';

export interface YearComplaintsProps extends YearSectionProps {}

/** The person's complaints about the year's result with their answers, and the form to file one while it is allowed. */
export function YearComplaints(props: YearComplaintsProps): JSX.Element {
  const { strings, locale } = useUi();
  const { view, services } = props;
  const [text, setText] = React.useState('');
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const complaint = useAct();
  const deadline = view.complaintDeadline;
  // Said before typing: until when, counted from the day the result was made known (HR's setting).
  const deadlineText = deadline
    ? format(
        complaintTooLate(deadline.lastDay, services.today()) ? strings.YearComplaintDeadlinePassed : strings.YearComplaintDeadline,
        dayText(deadline.lastDay),
        deadline.days,
        dayText(deadline.publishedOn)
      )
    : undefined;
  const send = (): void => {
    const found = validateComplaint(text);
    setProblems(found);
    if (found.length > 0) return;
    complaint
      .run(() => services.journey.year.fileComplaint(view.year, text))
      .then((done) => {
        if (!done) return;
        setText('');
        props.onChanged();
      })
      .catch(() => undefined);
  };
  return (
    <>
      <h4 className={styles.heading}>{strings.YearComplaintsHeading}</h4>
      {view.complaints.length === 0 ? (
        <p>{strings.YearComplaintsNone}</p>
      ) : (
        <ul>
          {view.complaints.map((c) => (
            <li key={c.id}>
              <p>
                <strong>
                  {!c.answer ? strings.YearComplaintPending : c.answer.outcome === 'UPHELD' ? strings.YearComplaintUpheld : strings.YearComplaintRejected}
                </strong>{' '}
                · {format(strings.YearComplaintFiledOn, formatDate(c.filedAt, locale))}
              </p>
              <p style={PRESERVE_LINES}>{c.text}</p>
              {c.answer ? (
                <>
                  <p>{format(strings.YearComplaintAnswer, c.answer.answeredByName, formatDate(c.answer.at, locale))}:</p>
                  <p style={PRESERVE_LINES}>{c.answer.text}</p>
                </>
              ) : undefined}
            </li>
          ))}
        </ul>
      )}
      {deadlineText && !view.canComplain.allowed ? <p className={styles.muted}>{deadlineText}</p> : undefined}
      {view.canComplain.allowed ? (
        <div className={styles.form}>
          <TextField
            label={strings.YearComplaintText}
            multiline
            autoAdjustHeight
            required
            value={text}
            onChange={(_e, next) => setText(next || '')}
            description={[deadlineText, format(strings.YearCharacterCount, text.length, COMPLAINT_MAX_LENGTH)].filter((t) => !!t).join(' ')}
            errorMessage={fieldError(strings, problems, 'text')}
          />
          <div className={styles.actions}>
            <PrimaryButton onClick={send} disabled={complaint.busy}>
              {strings.YearComplaintSend}
            </PrimaryButton>
          </div>
        </div>
      ) : (
        <BlockedNote availability={view.canComplain} />
      )}
      <ActOutcome act={complaint} doneText={strings.YearComplaintSent} />
    </>
  );
}
