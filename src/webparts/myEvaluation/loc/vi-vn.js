define([], function () {
  return {
    PropertyPaneDescription: 'Hiện các kỳ đánh giá, điểm và xếp loại của người đang xem trang.'
  };
});
