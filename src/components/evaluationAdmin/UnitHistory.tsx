import { DefaultButton } from '@fluentui/react/lib/Button';
import * as React from 'react';
import { Deferred } from '../common/Deferred';
import type { RootProps } from '../common/RootProps';
import { screenStyles as styles } from '../common/Screen';
import { useUi } from '../common/UiContext';
import { UnitHistoryTable } from '../journeyForms';

/**
 * HR's audit of the units list (who headed, deputised, kept the minutes or evaluated each unit, from
 * when, recorded by whom): every change is a row, and a row someone wrote to appoint themself is shown
 * as not counted. Read (and its table's code loaded) when asked for: the first view stays within budget.
 */
export function UnitHistory({ services }: Pick<RootProps, 'services'>): JSX.Element {
  const { strings } = useUi();
  const [shown, setShown] = React.useState(false);
  return (
    <section aria-labelledby="dgcc-unit-history">
      <h3 className={styles.heading} id="dgcc-unit-history">
        {strings.UnitHistoryHeading}
      </h3>
      <p>{strings.UnitHistoryIntro}</p>
      {shown ? (
        <Deferred>
          <UnitHistoryTable services={services} />
        </Deferred>
      ) : (
        <DefaultButton onClick={() => setShown(true)}>{strings.UnitHistoryShow}</DefaultButton>
      )}
    </section>
  );
}

