import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';
import { yearField } from './yearField';

/** The pane of every web part: what it shows, and the year field where the web part has a year. */
export function buildPropertyPane(description: string, strings: IDanhGiaStrings, hasYear: boolean): IPropertyPaneConfiguration {
  const fields: IPropertyPaneField<unknown>[] = hasYear ? [yearField(strings)] : [];
  return {
    pages: [
      {
        header: { description },
        groups: [{ groupName: strings.SettingsGroupName, groupFields: fields }]
      }
    ]
  };
}
