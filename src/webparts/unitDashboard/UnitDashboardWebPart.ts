import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as sharedStrings from 'DanhGiaStrings';
import * as strings from 'UnitDashboardWebPartStrings';
import type { RootProps } from '../../components/common/RootProps';
import { UnitDashboard } from '../../components/unitDashboard/UnitDashboard';
import { EvaluationWebPart } from '../common/EvaluationWebPart';
import { parseEvaluationYear } from '../common/evaluationYear';
import type { IUnitDashboardWebPartProps } from './IUnitDashboardWebPartProps';

/** "Tổng hợp đơn vị" (Unit dashboard). */
export default class UnitDashboardWebPart extends EvaluationWebPart<IUnitDashboardWebPartProps> {
  protected renderRoot(root: RootProps): React.ReactElement {
    return React.createElement(UnitDashboard, { ...root, evaluationYear: parseEvaluationYear(this.properties.evaluationYear) });
  }

  protected async loadPropertyPane(): Promise<IPropertyPaneConfiguration> {
    const { buildPropertyPane } = await import(/* webpackChunkName: 'dgcc-property-pane' */ '../common/propertyPane');
    return buildPropertyPane(strings.PropertyPaneDescription, sharedStrings, true);
  }
}
