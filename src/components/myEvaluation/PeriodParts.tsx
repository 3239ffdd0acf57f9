import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { DraftScore, WorkLine } from '../../domain/evaluation/periodDraft';
import { parseTypedNumber, type FieldProblem } from '../../domain/evaluation/validation';
import type { PeriodReviewRecord, ProductTypeOption } from '../../services/journey/period';
import { format, formatDate, formatScore } from '../common/format';
import { ratingLabel } from '../common/labels';
import { problemText } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';

/**
 * Pieces the month's two forms share (the civil servant's report and the manager's review): a number
 * typed the Vietnamese way, the live score with the engine's reasons, the submitted lines read-only,
 * a past review in words, and the summary of what to correct.
 */

/** A number box that keeps what is typed ("27," on the way to "27,5") and reports the parsed value. */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  errorMessage?: string;
  id?: string;
  disabled?: boolean;
}): JSX.Element {
  const { locale } = useUi();
  const shown = (v: number | undefined): string => (typeof v === 'number' && isFinite(v) ? new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(v) : '');
  const [text, setText] = React.useState(() => shown(props.value));
  // Another version taken (a conflict settled): show its value, unless it is what is typed already.
  React.useEffect(() => {
    const typed = parseTypedNumber(text);
    if (typed !== props.value && !(typed !== undefined && isNaN(typed) && props.value !== undefined && isNaN(props.value))) setText(shown(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the value changes from outside
  }, [props.value]);
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={text}
      inputMode="decimal"
      disabled={props.disabled}
      errorMessage={props.errorMessage}
      onChange={(_e, next) => {
        setText(next || '');
        props.onChange(parseTypedNumber(next || ''));
      }}
    />
  );
}

function percent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(ratio);
}

/** The engine's score of the form as it stands, announced politely as it changes. */
export function LiveScore(props: { scored: DraftScore; headingId: string }): JSX.Element {
  const { strings, locale } = useUi();
  const { result, leftOut, generalMissing } = props.scored;
  return (
    <section aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={styles.heading}>
        {strings.PeriodLiveScoreHeading}
      </h3>
      <div role="status" aria-live="polite">
        <p>
          <strong>
            {result.score !== undefined && result.level
              ? format(strings.PeriodScoreTotal, formatScore(result.score, locale), ratingLabel(strings, result.level))
              : strings.PeriodScoreIncomplete}
          </strong>
        </p>
        {result.ratios ? (
          <p>
            {format(
              strings.PeriodRatios,
              percent(result.ratios.quantity, locale),
              percent(result.ratios.quality, locale),
              percent(result.ratios.timeliness, locale),
              result.taskScore !== undefined ? formatScore(result.taskScore, locale) : '–'
            )}
          </p>
        ) : undefined}
        {generalMissing ? <p className={styles.muted}>{strings.PeriodGeneralMissing}</p> : undefined}
        {leftOut.length > 0 ? <p className={styles.muted}>{format(strings.PeriodLeftOut, leftOut.length)}</p> : undefined}
      </div>
      <details>
        <summary>{strings.PeriodEngineReasons}</summary>
        <ul>
          {result.reasons.map((r, i) => (
            <li key={i}>
              {r.text} <span className={styles.muted}>({r.clause})</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** A link only when it is an http(s) address or a path on the intranet; anything else stays text. */
export function EvidenceLink(props: { href: string }): JSX.Element {
  const safe = /^https?:\/\//i.test(props.href) || /^\/[^/]/.test(props.href);
  return safe ? (
    <a href={props.href} target="_blank" rel="noopener noreferrer">
      {props.href}
    </a>
  ) : (
    <span>{props.href}</span>
  );
}

export function productName(catalogue: readonly ProductTypeOption[], code: string): string {
  const found = catalogue.find((c) => c.code === code);
  return found ? found.name : code;
}

/** The submitted lines, read-only, as a table with a caption. */
export function SubmittedLines(props: { lines: readonly WorkLine[]; catalogue: readonly ProductTypeOption[]; caption: string }): JSX.Element {
  const { strings } = useUi();
  return (
    <table className={styles.table}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.PeriodProduct}</th>
          <th scope="col">{strings.PeriodDescription}</th>
          <th scope="col" className={styles.number}>
            {strings.PeriodAssigned}
          </th>
          <th scope="col" className={styles.number}>
            {strings.PeriodCompleted}
          </th>
          <th scope="col" className={styles.number}>
            {strings.PeriodOnTime}
          </th>
          <th scope="col">{strings.PeriodEvidence}</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line) => (
          <tr key={line.key}>
            <td>{productName(props.catalogue, line.productCode)}</td>
            <td>{line.description}</td>
            <td className={styles.number}>{line.assigned}</td>
            <td className={styles.number}>{line.completed}</td>
            <td className={styles.number}>{line.completedOnTime}</td>
            <td>
              {line.evidence.map((e, i) => (
                <div key={i}>
                  <EvidenceLink href={e} />
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One review in words: who, when, approved with the score or returned with the reason. */
export function reviewText(strings: IDanhGiaStrings, locale: string, review: PeriodReviewRecord): string {
  const when = formatDate(review.at, locale);
  return review.outcome === 'RETURNED'
    ? format(strings.PeriodRecordReturned, review.reviewerName, when, review.returnReason || '')
    : format(strings.PeriodRecordApproved, review.reviewerName, when, review.score !== undefined ? formatScore(review.score, locale) : '–');
}

/** What to correct, at the top of the form; it takes the focus after a refused submit. */
export const ProblemSummary = React.forwardRef<HTMLDivElement, { problems: readonly FieldProblem[]; fieldName: (field: string) => string }>(function ProblemSummary(props, ref) {
  const { strings } = useUi();
  if (props.problems.length === 0) return <div ref={ref} tabIndex={-1} />;
  return (
    <div ref={ref} tabIndex={-1} role="alert">
      <p>
        <strong>{format(strings.PeriodProblemsHeading, props.problems.length)}</strong>
      </p>
      <ul>
        {props.problems.map((p, i) => (
          <li key={i}>{format(strings.PeriodProblemAt, props.fieldName(p.field), problemText(strings, p))}</li>
        ))}
      </ul>
    </div>
  );
});
