import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as strings from 'DanhGiaStrings';
import { applyHostTheme, hostThemeNamed, type HostTheme } from '../../components/common/hostTheme';
import type { RootProps } from '../../components/common/RootProps';
import type { AppServices } from '../../services/contracts';
import { getServicesForSpfx } from '../../services/forSpfx';

/**
 * What the four web parts share: build the services once per page, render one root component with
 * the page's language, unmount on dispose. Each web part only says which component and which pane.
 */
export abstract class EvaluationWebPart<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  private services: AppServices | undefined;
  private pane: IPropertyPaneConfiguration | undefined;
  /** In a Teams tab: the theme chosen in Teams. Undefined on a SharePoint page, whose theme SharePoint applies. */
  private hostTheme: HostTheme | undefined;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = await getServicesForSpfx(this.context);
    await this.followTeamsTheme();
  }

  /** A Teams tab follows the theme chosen in Teams, from the first render and whenever it changes. */
  private async followTeamsTheme(): Promise<void> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    const apply = async (name: string | undefined): Promise<void> => {
      this.hostTheme = hostThemeNamed(name);
      await applyHostTheme(this.hostTheme);
    };
    try {
      const context = await teams.teamsJs.app.getContext();
      await apply(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        apply(name).then(() => this.render(), () => undefined);
      });
    } catch {
      // Without Teams' context the tab keeps Fluent's default theme: readable, only not the person's choice.
      this.hostTheme = 'default';
    }
  }

  public render(): void {
    if (!this.services) return;
    const root: RootProps = {
      services: this.services,
      strings,
      locale: this.context.pageContext.cultureInfo.currentUICultureName || 'vi-VN',
      hostTheme: this.hostTheme
    };
    ReactDom.render(this.renderRoot(root), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  /** The property pane is code for page editors only: it loads on demand, not in view mode. */
  protected async loadPropertyPaneResources(): Promise<void> {
    this.pane = await this.loadPropertyPane();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.pane || { pages: [] };
  }

  protected abstract renderRoot(root: RootProps): React.ReactElement;

  protected abstract loadPropertyPane(): Promise<IPropertyPaneConfiguration>;
}
