declare interface IReviewAndDecideWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'ReviewAndDecideWebPartStrings' {
  const strings: IReviewAndDecideWebPartStrings;
  export = strings;
}
