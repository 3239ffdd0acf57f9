define([], function () {
  return {
    PropertyPaneDescription: 'Shows the evaluation periods, scores and ratings of the person viewing the page.'
  };
});
