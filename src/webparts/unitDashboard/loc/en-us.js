define([], function () {
  return {
    PropertyPaneDescription: 'Shows the progress and results of the units the viewer may see.'
  };
});
