define([], function () {
  return {
    PropertyPaneDescription: 'Hiện tình trạng cài đặt danh sách và các kỳ đánh giá của năm.'
  };
});
