import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { getTheme } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import type { SelfEvaluationCircumstances, SelfEvaluationPayload } from '../../domain/evaluation/actPayloads';
import type { SelfEvaluationForm } from '../../domain/evaluation/selfEvaluationForm';
import { parseTypedNumber } from '../../domain/evaluation/validation';
import type { CriterionAssessment, Nd90LeaderFacts, Nd90TaskResults } from '../../domain/rating';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import compact from './CompactForm.module.scss';
import { INLINE_CHOICES } from './compactFields';
import { assessmentLabel, criterionLabel, type YearRuleSetId } from './YearParts';

/** The parts of the self-evaluation form that depend on the rule set and on being a leader. */

const ASSESSMENTS: readonly CriterionAssessment[] = ['good', 'meets', 'fails'];

function criterionOptions(strings: IDanhGiaStrings): IChoiceGroupOption[] {
  return ASSESSMENTS.map((assessment) => ({ key: assessment, text: assessmentLabel(strings, assessment) }));
}

/** Names a field's problem, if it has one. */
type FieldErrorOf = (field: string) => string | undefined;

export interface CriteriaFieldsProps {
  form: SelfEvaluationForm;
  value: SelfEvaluationPayload;
  set: (changes: Partial<SelfEvaluationPayload>) => void;
  error: FieldErrorOf;
}

/** How each criterion of the rule set is met (NĐ 90/48), one choice each. */
export function CriteriaFields(props: CriteriaFieldsProps): JSX.Element {
  const { strings } = useUi();
  const criteria = props.value.criteria ?? {};
  return (
    <fieldset className={compact.group}>
      <legend>{strings.YearCriteriaHeading}</legend>
      {props.form.criteria.map((key) => {
        const message = props.error(`criteria.${key}`);
        const messageId = `dgcc-criterion-${key}-error`;
        return (
          // Marked while it has a problem: a refused submit takes the keyboard to the first one.
          <div key={key} data-dgcc-problem={message ? 'true' : undefined}>
            <ChoiceGroup
              label={criterionLabel(strings, key)}
              styles={INLINE_CHOICES}
              required
              selectedKey={criteria[key] ?? null}
              options={criterionOptions(strings)}
              onChange={(_e, option) => option && props.set({ criteria: { ...criteria, [key]: option.key as CriterionAssessment } })}
              aria-describedby={message ? messageId : undefined}
            />
            {message ? (
              <p id={messageId} role="alert" style={{ color: getTheme().semanticColors.errorText, margin: 0 }}>
                {message}
              </p>
            ) : undefined}
          </div>
        );
      })}
    </fieldset>
  );
}

/** A count typed as text: what is not (yet) a number stays in the field with its message, the draft keeps the last number. */
function CountField(props: { label: string; value: number; onChange: (value: number) => void; errorMessage?: string }): JSX.Element {
  const { strings } = useUi();
  const [text, setText] = React.useState(String(props.value));
  // A value that changes from outside (the saved version taken after a conflict) replaces what is shown.
  React.useEffect(() => {
    setText((shown) => (parseTypedNumber(shown) === props.value ? shown : String(props.value)));
  }, [props.value]);
  const parsed = parseTypedNumber(text);
  const ownError = parsed !== undefined && isNaN(parsed) ? strings.Invalid_NOT_A_NUMBER : undefined;
  return (
    <TextField
      label={props.label}
      inputMode="decimal"
      value={text}
      onChange={(_e, next) => {
        const typed = next || '';
        setText(typed);
        const number = parseTypedNumber(typed);
        if (number !== undefined && !isNaN(number)) props.onChange(number);
      }}
      errorMessage={ownError ?? props.errorMessage}
    />
  );
}

/** The numbers of a group the form types as counts. */
type CountKey<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T] & string;

/** A part of the draft edited whole: the tasks, the leader's facts, the circumstances. */
interface GroupFieldsProps<T> {
  value: T;
  onChange: (value: T) => void;
  error: FieldErrorOf;
}

interface CountFieldsetProps<T> extends GroupFieldsProps<T> {
  legend: string;
  /** The group's name in the draft: a count's problems are named `group.key`. */
  group: string;
  /** The counts, row by row: each a key of the group with its label. */
  rows: ReadonlyArray<ReadonlyArray<[CountKey<T>, string]>>;
  /** What the group asks besides counts, below them. */
  children?: React.ReactNode;
}

/** A group's counts in a fieldset, row by row, then whatever else the group asks. */
function CountFieldset<T>(props: CountFieldsetProps<T>): JSX.Element {
  const { value, onChange } = props;
  return (
    <fieldset className={compact.group}>
      <legend>{props.legend}</legend>
      {props.rows.map((row, i) => (
        <div key={i} className={styles.fieldRow}>
          {row.map(([key, label]) => (
            <CountField
              key={key}
              label={label}
              value={value[key] as unknown as number}
              onChange={(n) => onChange({ ...value, [key]: n })}
              errorMessage={props.error(`${props.group}.${key}`)}
            />
          ))}
        </div>
      ))}
      {props.children}
    </fieldset>
  );
}

export interface TaskFieldsProps extends GroupFieldsProps<Nd90TaskResults> {}

/** The year's tasks counted (NĐ 90/48), and whether they were done with high efficiency. */
export function TaskFields(props: TaskFieldsProps): JSX.Element {
  const { strings } = useUi();
  const t = props.value;
  const counts: Array<[CountKey<Nd90TaskResults>, string]> = [
    ['tasksTotal', strings.YearTasksTotal],
    ['tasksCompleted', strings.YearTasksCompleted],
    ['tasksOnTimeQuality', strings.YearTasksOnTimeQuality],
    ['tasksExceeded', strings.YearTasksExceeded]
  ];
  return (
    <CountFieldset {...props} legend={strings.YearTasksHeading} group="tasks" rows={[counts]}>
      <ChoiceGroup
        label={strings.YearHighEfficiency}
        styles={INLINE_CHOICES}
        selectedKey={t.highEfficiency === undefined ? 'unknown' : t.highEfficiency ? 'yes' : 'no'}
        options={[
          { key: 'unknown', text: strings.YearHighEfficiencyUnknown },
          { key: 'yes', text: strings.YearYes },
          { key: 'no', text: strings.YearNo }
        ]}
        onChange={(_e, option) => option && props.onChange({ ...t, highEfficiency: option.key === 'unknown' ? undefined : option.key === 'yes' })}
      />
    </CountFieldset>
  );
}

export interface LeaderFieldsProps extends GroupFieldsProps<Nd90LeaderFacts> {}

/** What only a leader's rating needs (NĐ 90/48): the unit's targets, the units below, corruption in the unit. */
export function LeaderFields(props: LeaderFieldsProps): JSX.Element {
  const { strings } = useUi();
  const l = props.value;
  const unitTargets: Array<[CountKey<Nd90LeaderFacts>, string]> = [
    ['unitTargetsTotal', strings.YearUnitTargetsTotal],
    ['unitTargetsCompleted', strings.YearUnitTargetsCompleted],
    ['unitTargetsOnTimeQuality', strings.YearUnitTargetsOnTimeQuality],
    ['unitTargetsExceeded', strings.YearUnitTargetsExceeded]
  ];
  const subordinateUnits: Array<[CountKey<Nd90LeaderFacts>, string]> = [
    ['subordinateUnitsTotal', strings.YearSubordinateUnitsTotal],
    ['subordinateUnitsAtLeastHTNV', strings.YearSubordinateUnitsAtLeastHTNV],
    ['subordinateUnitsHTTNVorHTXSNV', strings.YearSubordinateUnitsGood]
  ];
  return (
    <CountFieldset {...props} legend={strings.YearLeaderHeading} group="leader" rows={[unitTargets, subordinateUnits]}>
      <Checkbox
        label={strings.YearUnitCorruption}
        checked={l.unitInvolvedInCorruptionAndHandled}
        onChange={(_e, checked) => props.onChange({ ...l, unitInvolvedInCorruptionAndHandled: !!checked })}
      />
    </CountFieldset>
  );
}

export interface CircumstanceFieldsProps extends GroupFieldsProps<SelfEvaluationCircumstances> {
  ruleSetId: YearRuleSetId;
  isLeader: boolean;
}

/** The year's circumstances: months worked and away, and the discipline each rule set asks about. */
export function CircumstanceFields(props: CircumstanceFieldsProps): JSX.Element {
  const { strings } = useUi();
  const c = props.value;
  const months: Array<[CountKey<SelfEvaluationCircumstances>, string]> = [
    ['monthsWorked', strings.YearMonthsWorked],
    ['monthsAbsent', strings.YearMonthsAbsent],
    ['maternityMonths', strings.YearMaternityMonths]
  ];
  return (
    <CountFieldset {...props} legend={strings.YearCircumstancesHeading} group="circumstances" rows={[months]}>
      {props.ruleSetId === 'ND335' ? (
        <>
          <Checkbox
            label={strings.YearDisciplinedReprimand}
            checked={c.disciplinedForPublicServiceViolationReprimandOrAbove === true}
            onChange={(_e, checked) => props.onChange({ ...c, disciplinedForPublicServiceViolationReprimandOrAbove: !!checked })}
          />
          {props.isLeader ? (
            <Checkbox
              label={strings.YearUnitCorruption}
              checked={c.unitInvolvedInCorruptionAndHandled === true}
              onChange={(_e, checked) => props.onChange({ ...c, unitInvolvedInCorruptionAndHandled: !!checked })}
            />
          ) : undefined}
        </>
      ) : (
        <Checkbox label={strings.YearDisciplined} checked={c.disciplinedThisYear} onChange={(_e, checked) => props.onChange({ ...c, disciplinedThisYear: !!checked })} />
      )}
    </CountFieldset>
  );
}
