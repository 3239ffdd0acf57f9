import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as sharedStrings from 'DanhGiaStrings';
import * as strings from 'EvaluationAdminWebPartStrings';
import type { RootProps } from '../../components/common/RootProps';
import { EvaluationAdmin } from '../../components/evaluationAdmin/EvaluationAdmin';
import { EvaluationWebPart } from '../common/EvaluationWebPart';
import { parseEvaluationYear } from '../common/evaluationYear';
import type { IEvaluationAdminWebPartProps } from './IEvaluationAdminWebPartProps';

/** "Quản trị đánh giá" (Evaluation administration). */
export default class EvaluationAdminWebPart extends EvaluationWebPart<IEvaluationAdminWebPartProps> {
  protected renderRoot(root: RootProps): React.ReactElement {
    return React.createElement(EvaluationAdmin, { ...root, evaluationYear: parseEvaluationYear(this.properties.evaluationYear) });
  }

  protected async loadPropertyPane(): Promise<IPropertyPaneConfiguration> {
    const { buildPropertyPane } = await import(/* webpackChunkName: 'dgcc-property-pane' */ '../common/propertyPane');
    return buildPropertyPane(strings.PropertyPaneDescription, sharedStrings, true);
  }
}
