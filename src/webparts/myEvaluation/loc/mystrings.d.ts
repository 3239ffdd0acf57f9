declare interface IMyEvaluationWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'MyEvaluationWebPartStrings' {
  const strings: IMyEvaluationWebPartStrings;
  export = strings;
}
