import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as sharedStrings from 'DanhGiaStrings';
import * as strings from 'ReviewAndDecideWebPartStrings';
import type { RootProps } from '../../components/common/RootProps';
import { ReviewAndDecide } from '../../components/reviewAndDecide/ReviewAndDecide';
import { EvaluationWebPart } from '../common/EvaluationWebPart';
import type { IReviewAndDecideWebPartProps } from './IReviewAndDecideWebPartProps';

/** "Duyệt và quyết định" (Review and decide). */
export default class ReviewAndDecideWebPart extends EvaluationWebPart<IReviewAndDecideWebPartProps> {
  protected renderRoot(root: RootProps): React.ReactElement {
    return React.createElement(ReviewAndDecide, { ...root });
  }

  protected async loadPropertyPane(): Promise<IPropertyPaneConfiguration> {
    const { buildPropertyPane } = await import(/* webpackChunkName: 'dgcc-property-pane' */ '../common/propertyPane');
    return buildPropertyPane(strings.PropertyPaneDescription, sharedStrings, false);
  }
}
