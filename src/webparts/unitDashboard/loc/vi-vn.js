define([], function () {
  return {
    PropertyPaneDescription: 'Hiện tiến độ và kết quả của các đơn vị người xem được phép xem.'
  };
});
