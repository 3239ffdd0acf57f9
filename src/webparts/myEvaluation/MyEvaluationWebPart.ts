import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as sharedStrings from 'DanhGiaStrings';
import * as strings from 'MyEvaluationWebPartStrings';
import type { RootProps } from '../../components/common/RootProps';
import { MyEvaluation } from '../../components/myEvaluation/MyEvaluation';
import { EvaluationWebPart } from '../common/EvaluationWebPart';
import { parseEvaluationYear } from '../common/evaluationYear';
import type { IMyEvaluationWebPartProps } from './IMyEvaluationWebPartProps';

/** "Đánh giá của tôi" (My evaluation). */
export default class MyEvaluationWebPart extends EvaluationWebPart<IMyEvaluationWebPartProps> {
  protected renderRoot(root: RootProps): React.ReactElement {
    return React.createElement(MyEvaluation, { ...root, evaluationYear: parseEvaluationYear(this.properties.evaluationYear) });
  }

  protected async loadPropertyPane(): Promise<IPropertyPaneConfiguration> {
    const { buildPropertyPane } = await import(/* webpackChunkName: 'dgcc-property-pane' */ '../common/propertyPane');
    return buildPropertyPane(strings.PropertyPaneDescription, sharedStrings, true);
  }
}
