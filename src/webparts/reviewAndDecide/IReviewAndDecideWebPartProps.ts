export interface IReviewAndDecideWebPartProps {
  // No settings of its own yet: what waits is always the viewer's.
}
