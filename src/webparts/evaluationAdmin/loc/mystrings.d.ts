declare interface IEvaluationAdminWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'EvaluationAdminWebPartStrings' {
  const strings: IEvaluationAdminWebPartStrings;
  export = strings;
}
