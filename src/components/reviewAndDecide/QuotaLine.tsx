import { DefaultButton } from '@fluentui/react/lib/Button';
import * as React from 'react';
import type { DecisionSheet } from '../../domain/evaluation/decisionSheet';
import { WHOLE_AGENCY, type QuotaScope } from '../../domain/rating';
import { format } from '../common/format';
import { useUi } from '../common/UiContext';

type Strings = IDanhGiaStrings;

function scopeName(strings: Strings, scope: string): string {
  return scope === WHOLE_AGENCY ? strings.UnitQuotaWholeAgency : scope;
}

/** One scope's count of HTXSNV against its maximum, within or over, and whether an exception lifts it. */
function scopeText(strings: Strings, scope: QuotaScope): string {
  const state = scope.violated ? format(strings.UnitQuotaExceeded, scope.excess) : strings.UnitQuotaWithin;
  const excepted = scope.exception ? ` ${strings.UnitQuotaExcepted}` : '';
  return `${format(strings.UnitQuotaScope, scopeName(strings, scope.scope), scope.countHTXSNV, scope.maxHTXSNV, scope.base)}: ${state}.${excepted}`;
}

export interface QuotaLineProps {
  /** The sheet as the choices stand now. */
  sheet: DecisionSheet;
  /** Lowers the people the quota suggests to HTTNV. */
  onApplyLowering: () => void;
}

/** The HTXSNV quota of each scope, announced as the choices change, and whom to lower to keep within it. */
export function QuotaLine(props: QuotaLineProps): JSX.Element {
  const { strings } = useUi();
  const { sheet } = props;
  const nameOf = (login: string): string => (sheet.rows.find((r) => r.login === login) || { displayName: login }).displayName;
  return (
    <section aria-labelledby="dgcc-unit-quota">
      <h5 id="dgcc-unit-quota">{strings.UnitQuotaHeading}</h5>
      <div role="status" aria-live="polite">
        <ul>
          {sheet.quota.perScope.map((scope) => (
            <li key={scope.scope}>{scopeText(strings, scope)}</li>
          ))}
        </ul>
        {sheet.lowerings.length > 0 ? <p>{format(strings.UnitLowerSuggestion, sheet.lowerings.map((l) => nameOf(l.personId)).join(', '))}</p> : undefined}
      </div>
      {sheet.lowerings.length > 0 ? <DefaultButton onClick={props.onApplyLowering}>{strings.UnitApplyLowering}</DefaultButton> : undefined}
    </section>
  );
}
