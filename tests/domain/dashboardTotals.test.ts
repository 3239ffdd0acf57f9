import { percentOf } from '../../src/domain/evaluation/dashboardTotals';

// The sums over the units are dashboardTree's (tests/domain/dashboardTree.test.ts).
describe('a share as a whole percentage', () => {
  it('rounds to the nearest whole percent', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
  });
  it('is 0 of nothing and never above 100', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(5, 4)).toBe(100);
  });
});
