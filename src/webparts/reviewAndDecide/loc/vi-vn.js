define([], function () {
  return {
    PropertyPaneDescription: 'Hiện những việc đang chờ người xem trang duyệt hoặc quyết định.'
  };
});
