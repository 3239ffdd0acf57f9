define([], function () {
  return {
    PropertyPaneDescription: 'Shows what waits for the viewer to review or decide.'
  };
});
