import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import * as React from 'react';
import { minutesPersonField, validateMinutes } from '../../domain/evaluation/decisionSheet';
import { dayText, hanoiDay } from '../../domain/evaluation/hanoiDay';
import type { FieldProblem } from '../../domain/evaluation/validation';
import { RATING_LEVELS, type RatingLevel } from '../../domain/rating';
import { FieldProblemsError } from '../../services/journey/unitYear';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { DraftStatus } from '../common/DraftStatus';
import { formatDate, format } from '../common/format';
import { ratingLabel } from '../common/labels';
import { fieldError } from '../common/problems';
import { screenStyles as styles } from '../common/Screen';
import { useAct } from '../common/useAct';
import { useDraft } from '../common/useDraft';
import { useUi } from '../common/UiContext';
import { minutesFormOf, minutesPayloadOf, type MinutesEntryForm, type MinutesFormValue } from './minutesFormValue';
import { ratingOptions, type UnitYearSectionProps } from './UnitYearParts';
import minutesStyles from './UnitMinutes.module.scss';

export interface UnitMinutesProps extends UnitYearSectionProps {}

/** The unit's meeting minutes: when and where, who chaired, and what the meeting said and voted of each person. */
export function UnitMinutes(props: UnitMinutesProps): JSX.Element {
  const { strings, locale } = useUi();
  const { view, services } = props;
  const readOnly = !view.canRecordMinutes.allowed;
  // The quorum HR set for the year, and today from the page's clock: a meeting is recorded once held (the service checks the same).
  const today = hanoiDay(services.today());
  const rules = { quorum: view.minutesQuorum ?? 'NONE', today };
  const draft = useDraft<MinutesFormValue>({
    storageKey: `minutes:${view.unit.code}:${view.year}`,
    initial: minutesFormOf(view),
    initialVersion: view.minutes ? view.minutes.version : undefined,
    save: readOnly
      ? undefined
      : async (value, version) => {
          const payload = minutesPayloadOf(value, false);
          // A date the checks refuse (after today, outside the year) is not sent, or the whole draft would be
          // refused: the rest is saved with the date saved before (none if none), and the typed date waits,
          // its problem said next to it.
          const dateRefused = validateMinutes(payload, view.year, view.minutesLogins, rules).some((p) => p.field === 'heldOn');
          const savedDate = view.minutes ? view.minutes.heldOn : '';
          const saved = await services.journey.unitYear.recordMinutes(view.unit.code, view.year, dateRefused ? { ...payload, heldOn: savedDate } : payload, version);
          return { version: saved.version };
        }
  });
  const act = useAct();
  const [serverProblems, setServerProblems] = React.useState<FieldProblem[]>([]);
  const form = draft.value;
  // The days the meeting may have been held: in the year, by 15/01 of the next at the latest, and not after today.
  const latestDay = `${view.year + 1}-01-15` < today ? `${view.year + 1}-01-15` : today;
  const problems = serverProblems.concat(validateMinutes(minutesPayloadOf(form, false), view.year, view.minutesLogins, rules));
  const [showAll, setShowAll] = React.useState(false);
  // The checks of a draft and of approved minutes overlap (a date after today is wrong in both): each problem said once.
  const shown = (showAll ? problems.concat(validateMinutes(minutesPayloadOf(form, true), view.year, view.minutesLogins, rules)) : problems).filter(
    (p, i, all) => all.findIndex((q) => q.field === p.field && q.code === p.code) === i
  );
  const err = (field: string): string | undefined => fieldError(strings, shown, field);
  // The date's problems in words about a date (the generic ones speak of numbers).
  const dateError = (): string | undefined => {
    const found = shown.filter((p) => p.field === 'heldOn');
    if (found.length === 0) return undefined;
    return found
      .map((p) =>
        p.code === 'OUT_OF_RANGE'
          ? format(strings.UnitMinutesDateRange, ...(p.params || []))
          : p.code === 'AFTER_TODAY'
            ? format(strings.UnitMinutesDateFuture, ...(p.params || []))
            : fieldError(strings, [p], 'heldOn')
      )
      .join(' ');
  };
  const set = (changes: Partial<MinutesFormValue>): void => {
    setServerProblems([]);
    draft.update({ ...form, ...changes });
  };
  const setEntry = (login: string, changes: Partial<MinutesEntryForm>): void => set({ people: { ...form.people, [login]: { ...form.people[login], ...changes } } });
  const nameOf = (login: string): string => {
    const p = view.people.find((x) => x.person.userPrincipalName === login);
    return p ? p.person.displayName : login;
  };
  const peopleOptions: IDropdownOption[] = view.people.map((p) => ({ key: p.person.userPrincipalName, text: p.person.displayName }));
  const levelOptions: IDropdownOption[] = ratingOptions(strings, RATING_LEVELS);
  const personField = (field: 'chairLogin' | 'secretaryLogin', label: string): JSX.Element => (
    <Dropdown
      label={label}
      options={peopleOptions}
      selectedKey={form[field] || null}
      disabled={readOnly}
      onChange={(_e, o) => set({ [field]: o ? String(o.key) : '' })}
      errorMessage={err(field)}
    />
  );

  const approve = async (): Promise<void> => {
    setShowAll(true);
    if (validateMinutes(minutesPayloadOf(form, true), view.year, view.minutesLogins, rules).length > 0) return;
    const done = await act.run(async () => {
      const version = await draft.saveNow();
      try {
        return await services.journey.unitYear.recordMinutes(view.unit.code, view.year, minutesPayloadOf(form, true), version);
      } catch (error) {
        if (error instanceof FieldProblemsError) setServerProblems(error.problems);
        throw error;
      }
    });
    if (done) {
      draft.clear();
      props.onChanged();
    }
  };

  return (
    <section aria-labelledby="dgcc-unit-minutes" className={styles.form}>
      <h4 id="dgcc-unit-minutes">{strings.UnitMinutesHeading}</h4>
      {view.minutes ? (
        <p className={styles.muted}>
          {format(strings.UnitMinutesRecordedBy, view.minutes.recordedByName, formatDate(view.minutes.at, locale))}
          {view.minutes.approved ? ` ${strings.UnitMinutesApprovedMark}` : ''}
        </p>
      ) : undefined}
      <BlockedNote availability={view.canRecordMinutes} />
      <div className={styles.fieldRow}>
        {/* Wider than the row's other fields: the days allowed are said under it. */}
        <div style={{ flex: '0 1 300px' }}>
          <TextField
            label={strings.UnitMinutesDate}
            type="date"
            value={form.heldOn}
            readOnly={readOnly}
            min={`${view.year}-01-01`}
            max={latestDay}
            description={readOnly ? undefined : format(strings.UnitMinutesDateHint, `01/01/${view.year}`, dayText(latestDay))}
            onChange={(_e, v) => set({ heldOn: v || '' })}
            errorMessage={dateError()}
          />
        </div>
        <div style={{ flex: '1 1 300px' }}>
          <TextField label={strings.UnitMinutesPlace} value={form.place} readOnly={readOnly} onChange={(_e, v) => set({ place: v || '' })} errorMessage={err('place')} />
        </div>
      </div>
      <div className={styles.fieldRow}>
        {personField('chairLogin', strings.UnitMinutesChair)}
        {personField('secretaryLogin', strings.UnitMinutesSecretary)}
        <TextField label={strings.UnitMinutesPresent} value={form.present} readOnly={readOnly} inputMode="numeric" onChange={(_e, v) => set({ present: v || '' })} errorMessage={err('present')} />
        <TextField label={strings.UnitMinutesTotal} value={form.total} readOnly={readOnly} inputMode="numeric" onChange={(_e, v) => set({ total: v || '' })} errorMessage={err('total')} />
      </div>
      <div className={minutesStyles.scroll}>
        <table className={minutesStyles.people}>
          <caption>{strings.UnitMinutesPeopleCaption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {strings.UnitMinutesColPerson}
              </th>
              <th scope="col" rowSpan={2}>
                {strings.UnitMinutesColComments}
              </th>
              <th scope="col" rowSpan={2}>
                {strings.UnitMinutesColProposed}
              </th>
              <th scope="colgroup" colSpan={RATING_LEVELS.length}>
                {strings.UnitMinutesColVotes}
              </th>
            </tr>
            <tr>
              {RATING_LEVELS.map((level) => (
                <th scope="col" key={level}>
                  <abbr title={ratingLabel(strings, level)}>{level}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.minutesLogins.map((login) => {
              const entry = form.people[login];
              const name = nameOf(login);
              const votesProblem = err(minutesPersonField(login, 'votes'));
              // Each control's name says the column and the person (the row's header), for a screen reader reading one cell.
              return (
                <tr key={login}>
                  <th scope="row">{name}</th>
                  <td className={minutesStyles.comments}>
                    <TextField
                      ariaLabel={format(strings.UnitMinutesComments, name)}
                      multiline
                      rows={2}
                      autoAdjustHeight
                      value={entry.comments}
                      readOnly={readOnly}
                      onChange={(_e, v) => setEntry(login, { comments: v || '' })}
                      errorMessage={err(minutesPersonField(login, 'comments'))}
                    />
                  </td>
                  <td className={minutesStyles.proposed}>
                    <Dropdown
                      ariaLabel={format(strings.UnitMinutesProposed, name)}
                      options={levelOptions}
                      selectedKey={entry.proposedRating || null}
                      disabled={readOnly}
                      onChange={(_e, o) => setEntry(login, { proposedRating: o ? (String(o.key) as RatingLevel) : '' })}
                      errorMessage={err(minutesPersonField(login, 'proposedRating'))}
                    />
                  </td>
                  {RATING_LEVELS.map((level, i) => (
                    <td key={level} className={minutesStyles.votes}>
                      <TextField
                        ariaLabel={format(strings.UnitMinutesVotes, ratingLabel(strings, level), name)}
                        value={entry.votes[level]}
                        readOnly={readOnly}
                        inputMode="numeric"
                        onChange={(_e, v) => setEntry(login, { votes: { ...entry.votes, [level]: v || '' } })}
                        errorMessage={err(minutesPersonField(login, `votes.${level}`))}
                      />
                      {votesProblem && i === RATING_LEVELS.length - 1 ? (
                        <p role="alert" className={minutesStyles.votesProblem}>
                          {votesProblem}
                        </p>
                      ) : undefined}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {readOnly ? undefined : (
        <>
          <DraftStatus draft={draft} renderVersion={(v) => <MinutesSummary value={v} />} />
          <div className={styles.actions}>
            <PrimaryButton onClick={() => { approve().catch(() => undefined); }} disabled={act.busy}>
              {strings.UnitMinutesApprove}
            </PrimaryButton>
          </div>
        </>
      )}
      {/* Outside the form: approved minutes become read-only, and the message stays. */}
      <ActOutcome act={act} doneText={strings.UnitMinutesDone} />
    </section>
  );
}

/** One version of the minutes, in short (a conflict shows two of these side by side). */
function MinutesSummary(props: { value: MinutesFormValue }): JSX.Element {
  const { strings } = useUi();
  const v = props.value;
  return (
    <dl>
      <dt>{strings.UnitMinutesDate}</dt>
      <dd>{v.heldOn}</dd>
      <dt>{strings.UnitMinutesPlace}</dt>
      <dd>{v.place}</dd>
      <dt>{strings.UnitMinutesPresent}</dt>
      <dd>
        {v.present} / {v.total}
      </dd>
    </dl>
  );
}
