import * as React from 'react';
import type { EvaluationPeriod, EvaluationStep } from '../../domain/evaluation/model';
import type { AppServices } from '../../services/contracts';
import type { MyYearView } from '../../services/journey/year';
import { format } from '../common/format';
import { periodNameInSentence } from '../common/labels';
import { useUi } from '../common/UiContext';
import { DocumentButton } from './DocumentButton';

/** Steps at which a period has a submission to print (Mẫu 01 is the person's report and its review). */
const PRINTABLE: readonly EvaluationStep[] = ['SUBMITTED', 'RETURNED', 'REVIEWED', 'DECIDED', 'PUBLISHED'];

/** "Tải phiếu (Word)": the person's own Mẫu 01 of a month or quarter, once submitted. */
export function PeriodSheetButton(props: { services: Pick<AppServices, 'documents'>; period: EvaluationPeriod; step: EvaluationStep; personLogin?: string }): JSX.Element {
  const { strings } = useUi();
  const { period } = props;
  if (period.kind === 'YEAR' || !period.index || PRINTABLE.indexOf(props.step) < 0) return <></>;
  return (
    <DocumentButton
      services={props.services}
      kind="phieu-ky"
      args={{ year: period.year, period: period.index, personLogin: props.personLogin }}
      label={format(strings.DocumentsPhieuKyOf, periodNameInSentence(strings, period))}
    />
  );
}

/** "Tải phiếu (Word)": the person's own yearly sheet (Mẫu 02 up to 2025, the NĐ 335 yearly sheet from 2026), once submitted or decided. */
export function YearSheetButton(props: { services: Pick<AppServices, 'documents'>; view: MyYearView }): JSX.Element {
  const { strings } = useUi();
  const { view } = props;
  const submitted = !!view.selfEvaluation && view.selfEvaluation.submitted;
  if (!submitted && view.decisions.length === 0) return <></>;
  return (
    <DocumentButton services={props.services} kind="phieu-nam" args={{ year: view.year }} label={format(strings.DocumentsPhieuNamOf, view.year)} />
  );
}
