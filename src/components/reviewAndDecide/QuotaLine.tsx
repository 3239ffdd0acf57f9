import { DefaultButton } from '@fluentui/react/lib/Button';
import * as React from 'react';
import type { DecisionSheet } from '../../domain/evaluation/decisionSheet';
import type { QuotaSettings } from '../../domain/rating/settings';
import { format } from '../common/format';
import { useUi } from '../common/UiContext';
import { quotaScopeText } from './quotaText';

export interface QuotaLineProps {
  /** The sheet as the choices stand now. */
  sheet: DecisionSheet;
  /** HR's quota settings in force for the year (what is counted, the rate, the exceptions' cap). */
  settings?: QuotaSettings;
  /** Lowers the people the quota suggests to HTTNV. */
  onApplyLowering: () => void;
}

/** The HTXSNV quota of each scope, announced as the choices change, and whom to lower to keep within it. */
export function QuotaLine(props: QuotaLineProps): JSX.Element {
  const { strings, locale } = useUi();
  const { sheet } = props;
  const nameOf = (login: string): string => (sheet.rows.find((r) => r.login === login) || { displayName: login }).displayName;
  return (
    <section aria-labelledby="dgcc-unit-quota">
      <h5 id="dgcc-unit-quota">{strings.UnitQuotaHeading}</h5>
      <div role="status" aria-live="polite">
        <ul>
          {sheet.quota.perScope.map((scope) => (
            <li key={scope.scope}>{quotaScopeText(strings, scope, props.settings, locale)}</li>
          ))}
        </ul>
        {sheet.lowerings.length > 0 ? <p>{format(strings.UnitLowerSuggestion, sheet.lowerings.map((l) => nameOf(l.personId)).join(', '))}</p> : undefined}
      </div>
      {sheet.lowerings.length > 0 ? <DefaultButton onClick={props.onApplyLowering}>{strings.UnitApplyLowering}</DefaultButton> : undefined}
    </section>
  );
}
