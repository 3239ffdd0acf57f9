declare interface IUnitDashboardWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'UnitDashboardWebPartStrings' {
  const strings: IUnitDashboardWebPartStrings;
  export = strings;
}
