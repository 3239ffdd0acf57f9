import * as React from 'react';
import type { SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import { selfEvaluationFormFor, type SelfEvaluationForm } from '../../domain/evaluation/selfEvaluationForm';
import type { CriterionAssessment, Nd90Criteria } from '../../domain/rating';
import type { MyYearView } from '../../services/journey/year';
import { ratingLabel } from '../common/labels';
import { useUi } from '../common/UiContext';
import { assessmentLabel, criterionLabel, localized, PRESERVE_LINES } from './YearParts';

export interface SelfEvaluationSummaryProps {
  /** The form the text was written in, for its labels. */
  form: SelfEvaluationForm;
  value: SelfEvaluationPayload;
}

/** One version of the self-evaluation, as text (a conflict shows two of these side by side). */
export function SelfEvaluationSummary(props: SelfEvaluationSummaryProps): JSX.Element {
  const { strings, locale } = useUi();
  const { form, value } = props;
  const known: { [id: string]: true } = {};
  const rows: Array<{ label: string; text: string }> = [];
  form.parts.forEach((part) => {
    known[part.id] = true;
    // An older self-evaluation may hold a whole part's text under the part's id.
    if (value.sections[part.id]) rows.push({ label: localized(part.title, locale), text: value.sections[part.id] });
    part.fields.forEach((f) => {
      known[f.id] = true;
      if (value.sections[f.id]) rows.push({ label: localized(f.label, locale), text: value.sections[f.id] });
    });
  });
  Object.keys(value.sections)
    .filter((id) => !known[id] && value.sections[id])
    .forEach((id) => rows.push({ label: id, text: value.sections[id] }));
  const criteria = value.criteria ?? {};
  return (
    <dl>
      {rows.map((r, i) => (
        <React.Fragment key={i}>
          <dt>{r.label}</dt>
          <dd style={PRESERVE_LINES}>{r.text}</dd>
        </React.Fragment>
      ))}
      {(Object.keys(criteria) as Array<keyof Nd90Criteria>)
        .filter((k) => !!criteria[k])
        .map((k) => (
          <React.Fragment key={k}>
            <dt>{criterionLabel(strings, k)}</dt>
            <dd>{assessmentLabel(strings, criteria[k] as CriterionAssessment)}</dd>
          </React.Fragment>
        ))}
      <dt>{strings.YearProposedRating}</dt>
      <dd>{ratingLabel(strings, value.proposedRating)}</dd>
    </dl>
  );
}

export interface SubmittedSelfEvaluationProps {
  view: MyYearView;
}

/** The self-evaluation as it was left, once it can no longer be edited. */
export function SubmittedSelfEvaluation(props: SubmittedSelfEvaluationProps): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  const self = view.selfEvaluation as SelfEvaluationPayload;
  const form = selfEvaluationFormFor(view.ruleSetId ?? (self.ruleSetId === 'ND335' ? 'ND335' : 'ND90_48'), view.isLeader);
  return (
    <>
      {self.submitted ? <p>{strings.YearSubmittedHeading}</p> : undefined}
      <SelfEvaluationSummary form={form} value={self} />
    </>
  );
}
