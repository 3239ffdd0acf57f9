import { PrimaryButton } from '@fluentui/react/lib/Button';
import * as React from 'react';
import type { Availability } from '../../services/journey/availability';
import { ActOutcome } from '../common/ActOutcome';
import { BlockedNote } from '../common/Availability';
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
 * The sheet's two buttons side by side, deciding the choices and publishing the decisions, then why
 * either is not possible and how each went.
 */
export function DecideAndPublish(props: DecideAndPublishProps): JSX.Element {
  const { strings } = useUi();
  const { view, services, canDecide, decideAct } = props;
  const publishAct = useAct();
  const publish = async (): Promise<void> => {
    if (await publishAct.run(() => services.journey.unitYear.publish(view.unit.code, view.year))) props.onChanged();
  };
  return (
    <>
      <div className={styles.actions}>
        <PrimaryButton onClick={props.onDecide} disabled={!canDecide.allowed || decideAct.busy}>
          {strings.UnitDecide}
        </PrimaryButton>
        <PrimaryButton onClick={() => { publish().catch(() => undefined); }} disabled={!view.canPublish.allowed || publishAct.busy}>
          {strings.UnitPublish}
        </PrimaryButton>
      </div>
      <BlockedNote availability={canDecide} />
      <BlockedNote availability={view.canPublish} />
      <ActOutcome act={decideAct} doneText={strings.UnitDecidedDone} />
      <ActOutcome act={publishAct} doneText={strings.UnitPublishedDone} />
    </>
  );
}
