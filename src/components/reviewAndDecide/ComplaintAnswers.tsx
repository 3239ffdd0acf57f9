import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { dayText } from '../../domain/evaluation/hanoiDay';
import type { FieldProblem } from '../../domain/evaluation/validation';
import type { RatingOutcome } from '../../domain/rating';
import type { AppServices } from '../../services/contracts';
import { FieldProblemsError, type UnitYearPerson } from '../../services/journey/unitYear';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { formatDate, format } from '../common/format';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct, type ActState } from '../common/useAct';
import { useUi } from '../common/UiContext';
import { DECISION_OUTCOMES, ratingOptions, type UnitYearSectionProps } from './UnitYearParts';

export interface ComplaintAnswersProps extends UnitYearSectionProps {}

/** The complaints filed against the unit's decisions, each with its answer or the form to answer it. */
export function ComplaintAnswers(props: ComplaintAnswersProps): JSX.Element {
  const { strings, locale } = useUi();
  const withComplaints = props.view.people.filter((p) => p.complaints.length > 0);
  // Here rather than in the answer form, which goes once the complaint is answered: the message stays.
  const answerAct = useAct();
  return (
    <section aria-labelledby="dgcc-unit-complaints">
      <h4 id="dgcc-unit-complaints">{strings.UnitComplaintsHeading}</h4>
      <ActOutcome act={answerAct} doneText={strings.UnitComplaintDone} />
      {withComplaints.length === 0 ? <p className={styles.muted}>{strings.UnitNoComplaints}</p> : undefined}
      {withComplaints.map((p) =>
        p.complaints.map((c) => (
          <article key={c.id} aria-label={format(strings.UnitComplaintFrom, p.person.displayName, formatDate(c.filedAt, locale))}>
            <h5>{format(strings.UnitComplaintFrom, p.person.displayName, formatDate(c.filedAt, locale))}</h5>
            {p.complaintDeadline ? (
              <p className={styles.muted}>{format(strings.UnitComplaintDeadline, dayText(p.complaintDeadline.lastDay), p.complaintDeadline.days, dayText(p.complaintDeadline.publishedOn))}</p>
            ) : undefined}
            <p>{c.text}</p>
            {c.answer ? (
              <p>
                {format(
                  strings.UnitComplaintAnswered,
                  c.answer.outcome === 'UPHELD' ? strings.UnitComplaintUpheld : strings.UnitComplaintRejected,
                  formatDate(c.answer.at, locale),
                  c.answer.text
                )}
              </p>
            ) : p.canAnswerComplaint.allowed ? (
              <ComplaintAnswerForm person={p} complaintId={c.id} services={props.services} onChanged={props.onChanged} act={answerAct} />
            ) : (
              <BlockedNote availability={p.canAnswerComplaint} />
            )}
          </article>
        ))
      )}
    </section>
  );
}

interface ComplaintAnswerFormProps {
  /** The person who complained. */
  person: UnitYearPerson;
  complaintId: number;
  services: AppServices;
  onChanged: () => void;
  /** The section's act, so that its outcome outlives this form. */
  act: ActState;
}

/** The answer to one complaint: upheld with a new decision, or rejected, each with its text. */
function ComplaintAnswerForm(props: ComplaintAnswerFormProps): JSX.Element {
  const { strings } = useUi();
  const { person } = props;
  const name = person.person.displayName;
  const [text, setText] = React.useState('');
  const [outcome, setOutcome] = React.useState<'UPHELD' | 'REJECTED' | undefined>(undefined);
  const [rating, setRating] = React.useState<RatingOutcome | undefined>(undefined);
  const [reasons, setReasons] = React.useState('');
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const act = props.act;
  const send = async (): Promise<void> => {
    const found: FieldProblem[] = [];
    if (!text.trim()) found.push({ field: 'answer.text', code: 'REQUIRED' });
    if (!outcome) found.push({ field: 'answer.outcome', code: 'REQUIRED' });
    if (outcome === 'UPHELD' && !rating) found.push({ field: 'newDecision.rating', code: 'REQUIRED' });
    if (outcome === 'UPHELD' && !reasons.trim()) found.push({ field: 'newDecision.reasons', code: 'REQUIRED' });
    setProblems(found);
    if (found.length || !outcome) return;
    const newDecision = outcome === 'UPHELD' && rating ? { login: person.person.userPrincipalName, rating, reasons } : undefined;
    const done = await act.run(async () => {
      try {
        return await props.services.journey.unitYear.answerComplaint(props.complaintId, { text, outcome, newDecision });
      } catch (error) {
        if (error instanceof FieldProblemsError) setProblems(error.problems);
        throw error;
      }
    });
    if (done) props.onChanged();
  };
  return (
    <div className={styles.form}>
      <TextField
        label={format(strings.UnitComplaintAnswer, name)}
        multiline
        autoAdjustHeight
        value={text}
        onChange={(_e, v) => setText(v || '')}
        errorMessage={fieldError(strings, problems, 'answer.text')}
      />
      <ChoiceGroup
        label={strings.UnitComplaintOutcome}
        selectedKey={outcome || null}
        options={[
          { key: 'UPHELD', text: strings.UnitComplaintUpheld },
          { key: 'REJECTED', text: strings.UnitComplaintRejected }
        ]}
        onChange={(_e, o) => setOutcome(o ? (o.key as 'UPHELD' | 'REJECTED') : undefined)}
      />
      {fieldError(strings, problems, 'answer.outcome') ? <p role="alert">{fieldError(strings, problems, 'answer.outcome')}</p> : undefined}
      {outcome === 'UPHELD' ? (
        <>
          <Dropdown
            label={format(strings.UnitComplaintNewRating, name)}
            placeholder={strings.UnitChoose}
            options={ratingOptions(strings, DECISION_OUTCOMES)}
            selectedKey={rating || null}
            onChange={(_e, o) => setRating(o ? (String(o.key) as RatingOutcome) : undefined)}
            errorMessage={fieldError(strings, problems, 'newDecision.rating')}
          />
          <TextField
            label={format(strings.UnitComplaintNewReasons, name)}
            multiline
            value={reasons}
            onChange={(_e, v) => setReasons(v || '')}
            errorMessage={fieldError(strings, problems, 'newDecision.reasons')}
          />
        </>
      ) : undefined}
      <div className={styles.actions}>
        <PrimaryButton onClick={() => { send().catch(() => undefined); }} disabled={act.busy}>
          {strings.UnitComplaintSend}
        </PrimaryButton>
      </div>
    </div>
  );
}
