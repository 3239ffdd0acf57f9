import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { Mau01Settings } from '../../domain/rating/settings';
import {
  generalCriteriaGroupSum,
  generalCriteriaLeaves,
  generalCriteriaGroups,
  generalCriteriaSum,
  generalCriterionField,
  recordedGeneralCriteria,
  type GeneralCriteriaParts,
  type GeneralCriterionLeaf
} from '../../domain/evaluation/generalCriteria';
import { GENERAL_CRITERIA_MAX, totalOfParts, type DraftScore, type PeriodDraft, type WorkLine } from '../../domain/evaluation/periodDraft';
import { parseTypedNumber, type FieldProblem } from '../../domain/evaluation/validation';
import type { PeriodReviewRecord, ProductTypeOption } from '../../services/journey/period';
import { format, formatDate, formatScore } from '../common/format';
import { ratingLabel } from '../common/labels';
import { clauseForReader } from '../common/reasonMark';
import { problemText } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import compact from './CompactForm.module.scss';

/**
 * Pieces the month's two forms share (the civil servant's report and the manager's review): a number
 * typed the Vietnamese way, the live score with the engine's reasons, the submitted lines read-only,
 * a past review in words, and the summary of what to correct.
 */

/** A number box that keeps what is typed ("27," on the way to "27,5") and reports the parsed value. */
export function NumberField(props: {
  label?: string;
  /** The name a screen reader says when the visible label is elsewhere (a table's row). */
  ariaLabel?: string;
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
      ariaLabel={props.ariaLabel}
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
              {clauseForReader(r.text)} <span className={styles.muted}>({clauseForReader(r.clause)})</span>
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
    <div className={compact.scrollX}>
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
    </div>
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

/** The name of a Mẫu 01 score box, as labels and the summary of problems say it: "Điểm tiêu chí I.1 (tối đa 5)". */
export function generalCriterionLabel(strings: IDanhGiaStrings, locale: string, leaf: GeneralCriterionLeaf): string {
  return format(strings.Mau01ScoreLabel, leaf.key, formatScore(leaf.max, locale));
}

/** The leaf a problem's field names (`<partsField>.<key>`), for the summary of what to correct. */
export function leafOfField(leaves: readonly GeneralCriterionLeaf[], partsField: string, field: string): GeneralCriterionLeaf | undefined {
  return leaves.find((leaf) => generalCriterionField(partsField, leaf.key) === field);
}

/**
 * Section I of Mẫu 01 (official-documents.md 1.1) as a form: one compact table per group (TT, criterion,
 * maximum, the person's own score when the manager reviews, the score typed with a decimal comma), the
 * group's subtotal and the total of 30 as they are typed. Each box is named by its criterion's number and
 * maximum; a problem is said under its box.
 */
export function GeneralCriteriaFields(props: {
  leaves: readonly GeneralCriterionLeaf[];
  parts: GeneralCriteriaParts | undefined;
  onChange: (parts: GeneralCriteriaParts) => void;
  partsField: string;
  errorOf: (field: string) => string | undefined;
  /** The person's own scores, shown beside the manager's boxes. */
  selfParts?: GeneralCriteriaParts;
  idPrefix: string;
}): JSX.Element {
  const { strings, locale } = useUi();
  const parts = props.parts || {};
  const groups = generalCriteriaGroups(props.leaves);
  const total = totalOfParts(parts, props.leaves);
  const missing = props.leaves.filter((l) => typeof parts[l.key] !== 'number' || !isFinite(parts[l.key])).length;
  const set = (key: string, value: number | undefined): void => {
    const next: GeneralCriteriaParts = {};
    Object.keys(parts).forEach((k) => {
      if (k !== key) next[k] = parts[k];
    });
    if (value !== undefined) next[key] = value;
    props.onChange(next);
  };
  const points = (v: number | undefined): string => (typeof v === 'number' && isFinite(v) ? formatScore(v, locale) : '–');
  return (
    <section aria-labelledby={`${props.idPrefix}-general`}>
      <h4 id={`${props.idPrefix}-general`} className={styles.heading}>
        {strings.Mau01GeneralHeading}
      </h4>
      {groups.map((group) => (
        // On a phone the table scrolls inside its own box, never the page.
        <div key={group.code} className={compact.scrollX}>
          <table className={`${styles.table} ${compact.compactTable}`}>
            <caption>{format(strings.Mau01GroupCaption, group.code, group.title, formatScore(group.max, locale))}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.Mau01ColCode}</th>
                <th scope="col">{strings.Mau01ColCriterion}</th>
                <th scope="col" className={styles.number}>
                  {strings.Mau01ColMax}
                </th>
                {props.selfParts ? (
                  <th scope="col" className={styles.number}>
                    {strings.Mau01ColSelf}
                  </th>
                ) : undefined}
                <th scope="col">{props.selfParts ? strings.Mau01ColReviewer : strings.Mau01ColSelf}</th>
              </tr>
            </thead>
            <tbody>
              {group.leaves.map((leaf) => (
                <tr key={leaf.key}>
                  <td>{leaf.partCode ? `${leaf.criterionCode}.${leaf.partCode}` : leaf.criterionCode}</td>
                  <th scope="row" style={{ fontWeight: 'normal', textAlign: 'left' }}>
                    {leaf.partCode ? `${leaf.criterionTitle} – ${leaf.title}` : leaf.title}
                  </th>
                  <td className={styles.number}>{formatScore(leaf.max, locale)}</td>
                  {props.selfParts ? <td className={styles.number}>{points(props.selfParts[leaf.key])}</td> : undefined}
                  <td className={compact.scoreCell}>
                    <NumberField
                      ariaLabel={generalCriterionLabel(strings, locale, leaf)}
                      value={parts[leaf.key]}
                      onChange={(n) => set(leaf.key, n)}
                      errorMessage={props.errorOf(generalCriterionField(props.partsField, leaf.key))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row" style={{ textAlign: 'left' }}>
                  {format(strings.Mau01GroupSubtotal, group.code)}
                </th>
                <td className={styles.number}>{formatScore(group.max, locale)}</td>
                {props.selfParts ? <td className={styles.number}>{points(generalCriteriaGroupSum(props.selfParts, props.leaves, group.code))}</td> : undefined}
                <td className={styles.number}>{formatScore(generalCriteriaGroupSum(parts, props.leaves, group.code), locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ))}
      <p role="status" aria-live="polite">
        <strong>
          {total !== undefined
            ? format(strings.Mau01Total, formatScore(total, locale), GENERAL_CRITERIA_MAX)
            : format(strings.Mau01TotalIncomplete, formatScore(generalCriteriaSum(parts, props.leaves), locale), GENERAL_CRITERIA_MAX, missing)}
        </strong>
      </p>
    </section>
  );
}

/**
 * Section I as recorded, read-only: by criterion when the act has the parts, else the total with a note that
 * it was recorded as one figure (older acts, the seeded history).
 */
export function GeneralCriteriaRecord(props: {
  leaves: readonly GeneralCriterionLeaf[];
  parts: GeneralCriteriaParts | undefined;
  total: number | undefined;
  caption: string;
}): JSX.Element {
  const { strings, locale } = useUi();
  const recorded = recordedGeneralCriteria(props.parts, props.total);
  if (recorded.kind === 'NONE') return <></>;
  if (recorded.kind === 'TOTAL_ONLY' || props.leaves.length === 0) {
    return <p>{format(strings.Mau01TotalOnlyNote, props.caption, formatScore(recorded.total, locale), GENERAL_CRITERIA_MAX)}</p>;
  }
  const parts = recorded.parts;
  return (
    <table className={styles.table}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.Mau01ColCode}</th>
          <th scope="col">{strings.Mau01ColCriterion}</th>
          <th scope="col" className={styles.number}>
            {strings.Mau01ColMax}
          </th>
          <th scope="col" className={styles.number}>
            {strings.Mau01ColScore}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.leaves.map((leaf) => (
          <tr key={leaf.key}>
            <td>{leaf.key}</td>
            <td>{leaf.partCode ? `${leaf.criterionTitle} – ${leaf.title}` : leaf.title}</td>
            <td className={styles.number}>{formatScore(leaf.max, locale)}</td>
            <td className={styles.number}>{typeof parts[leaf.key] === 'number' ? formatScore(parts[leaf.key], locale) : '–'}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row" style={{ textAlign: 'left' }}>
            {strings.Mau01TotalRow}
          </th>
          <td className={styles.number}>{GENERAL_CRITERIA_MAX}</td>
          <td className={styles.number}>{formatScore(recorded.total, locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The form's rows of Mẫu 01 Section I, from the settings the service sent (none: the single total, older services). */
export function leavesOf(view: { mau01?: Mau01Settings }): GeneralCriterionLeaf[] {
  return view.mau01 && view.mau01.groups.length ? generalCriteriaLeaves(view.mau01) : [];
}

/** What the person recorded besides the lines: Section I of Mẫu 01 and items 4 and 5, read-only. */
export function SubmittedTexts(props: { view: { mau01?: Mau01Settings }; draft: PeriodDraft }): JSX.Element {
  const { strings } = useUi();
  const { draft } = props;
  return (
    <>
      <GeneralCriteriaRecord leaves={leavesOf(props.view)} parts={draft.generalCriteriaSelfParts} total={draft.generalCriteriaSelfScore} caption={strings.Mau01SelfRecordCaption} />
      {draft.strengths ? (
        <p>
          <strong>{strings.Mau01Strengths}:</strong> {draft.strengths}
        </p>
      ) : undefined}
      {draft.weaknesses ? (
        <p>
          <strong>{strings.Mau01Weaknesses}:</strong> {draft.weaknesses}
        </p>
      ) : undefined}
      {draft.comment ? <p>{draft.comment}</p> : undefined}
    </>
  );
}

