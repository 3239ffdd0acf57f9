import { PropertyPaneTextField, type IPropertyPaneField } from '@microsoft/sp-property-pane';
import { parseEvaluationYear } from './evaluationYear';

/** The "evaluation year" field that three of the web parts share: empty means the current year. */
export function yearField(strings: IDanhGiaStrings): IPropertyPaneField<unknown> {
  return PropertyPaneTextField('evaluationYear', {
    label: strings.YearFieldLabel,
    description: strings.YearFieldDescription,
    onGetErrorMessage: (value: string) => (!value || parseEvaluationYear(value) ? '' : strings.YearFieldInvalid)
  });
}
