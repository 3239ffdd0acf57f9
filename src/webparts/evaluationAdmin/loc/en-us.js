define([], function () {
  return {
    PropertyPaneDescription: 'Shows whether the lists are set up and the periods of the year.'
  };
});
