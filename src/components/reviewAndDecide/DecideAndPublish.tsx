import { PrimaryButton } from '@fluentui/react/lib/Button';
import * as React from 'react';
import { WHOLE_AGENCY } from '../../domain/rating/quota';
import type { Availability } from '../../services/journey/availability';
import type { UnitYearView } from '../../services/journey/unitYear';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { format } from '../common/format';
import { screenStyles as styles } from '../common/Screen';
import { useAct, type ActState } from '../common/useAct';
import { useUi } from '../common/UiContext';
import type { UnitYearSectionProps } from './UnitYearParts';

export interface DecideAndPublishProps extends UnitYearSectionProps {
  /** Whether the sheet's choices may be decided now, or why not. */
  canDecide: Availability;
  /** The decision's act: the sheet runs it, since it sends the sheet's choices. */
  decideAct: ActState;
  onDecide: () => void;
}

/**
 * Whom publication tells: each person the acting user decides (the server publishes only those) whose
 * standing decision is not yet published. Someone in the unit decided at a higher level is not told now.
 */
export function peopleToTell(view: UnitYearView): string[] {
  return view.people
    .filter((p) => {
      const latest = p.decisions[p.decisions.length - 1];
      return p.canDecide.allowed && !!latest && !latest.published;
    })
    .map((p) => p.person.displayName);
}

/**
 * What publishing will do, said before it is done (it cannot be undone, NĐ 90/2020 Điều 21): who is
 * told by name, that the unit sees the list, the HTXSNV figures it fixes per quota scope, and that only
 * a complaint's answer changes a decision afterwards.
 */
function PublishParticulars(props: { view: UnitYearView }): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  const told = peopleToTell(view);
  return (
    <ul>
      <li>{format(strings.UnitPublishConfirmWho, told.length, told.join(', '))}</li>
      <li>{format(strings.UnitPublishConfirmVisible, view.unit.name)}</li>
      {view.quota.perScope.map((scope) => (
        <li key={scope.scope}>
          {format(strings.UnitPublishConfirmQuota, scope.scope === WHOLE_AGENCY ? strings.UnitQuotaWholeAgency : format(strings.UnitQuotaGroup, scope.scope), scope.countHTXSNV, scope.maxHTXSNV)}
        </li>
      ))}
      <li>{strings.UnitPublishConfirmFinal}</li>
    </ul>
  );
}

/**
 * The sheet's two buttons side by side, deciding the choices and publishing the decisions (once
 * confirmed: publication cannot be undone), then one message: how the last act went and what comes
 * next, or, before any act, why either button is not available.
 */
export function DecideAndPublish(props: DecideAndPublishProps): JSX.Element {
  const { strings } = useUi();
  const { view, services, canDecide, decideAct } = props;
  const publishAct = useAct();
  const [confirming, setConfirming] = React.useState(false);
  // Which act spoke last: its message replaces the other's (a decision's "not published yet" is stale once published).
  const [last, setLast] = React.useState<'decide' | 'publish' | undefined>(undefined);
  const publish = async (): Promise<void> => {
    setLast('publish');
    if (await publishAct.run(() => services.journey.unitYear.publish(view.unit.code, view.year))) props.onChanged();
  };
  const lastAct = last === 'publish' ? publishAct : last === 'decide' ? decideAct : undefined;
  const lastDone = !!lastAct && !!lastAct.outcome;
  // Both buttons blocked for the same reason (e.g. published): said once.
  const sameReason = !canDecide.allowed && !view.canPublish.allowed && canDecide.reason === view.canPublish.reason;
  return (
    <>
      <div className={styles.actions}>
        <PrimaryButton
          onClick={() => {
            setLast('decide');
            props.onDecide();
          }}
          disabled={!canDecide.allowed || decideAct.busy}
        >
          {strings.UnitDecide}
        </PrimaryButton>
        <PrimaryButton onClick={() => setConfirming(true)} disabled={!view.canPublish.allowed || publishAct.busy}>
          {strings.UnitPublish}
        </PrimaryButton>
      </div>
      {lastDone ? undefined : (
        <>
          <BlockedNote availability={canDecide} />
          {sameReason ? undefined : <BlockedNote availability={view.canPublish} />}
        </>
      )}
      {last === 'decide' ? <ActOutcome act={decideAct} doneText={strings.UnitDecidedDone} nextText={strings.UnitDecidedNext} takeFocus /> : undefined}
      {last === 'publish' ? <ActOutcome act={publishAct} doneText={strings.UnitPublishedDone} nextText={strings.UnitPublishedNext} takeFocus /> : undefined}
      <ConfirmDialog
        open={confirming}
        title={format(strings.UnitPublishConfirmTitle, view.year, view.unit.name)}
        text={strings.UnitPublishConfirmText}
        confirmText={strings.UnitPublishConfirm}
        onConfirm={() => {
          publish().catch(() => undefined);
        }}
        onClose={() => setConfirming(false)}
      >
        {confirming ? <PublishParticulars view={view} /> : undefined}
      </ConfirmDialog>
    </>
  );
}
