import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/analyse/stats/alpha.js';

// R: alpha <- function(X) { k <- ncol(X); k/(k-1)*(1-sum(apply(X,2,var))/var(rowSums(X))) }
describe('cronbachAlpha', () => {
  it('cronbachAlpha(6 complete rows + 1 incomplete) is 0.949115044247788 on the complete cases', () => {
    // X <- rbind(c(4,5,4), c(3,3,2), c(5,5,5), c(2,3,3), c(4,4,5), c(1,2,2), c(3,NA,4))
    // alpha(X[complete.cases(X),]) → 0.949115044247788
    const rows = [
      [4, 5, 4],
      [3, 3, 2],
      [5, 5, 5],
      [2, 3, 3],
      [4, 4, 5],
      [1, 2, 2],
      [3, Number.NaN, 4],
    ];
    expect(cronbachAlpha(rows)).toBeCloseTo(0.949115044247788, 13);
  });

  it('cronbachAlpha of negatively related items is negative: -6 (R)', () => {
    // alpha(rbind(c(1,2,5), c(5,4,1), c(2,3,2), c(4,1,4))) → -6
    expect(
      cronbachAlpha([
        [1, 2, 5],
        [5, 4, 1],
        [2, 3, 2],
        [4, 1, 4],
      ]),
    ).toBeCloseTo(-6, 12);
  });

  it('cronbachAlpha is null when the total score is constant (R gives -Inf)', () => {
    // alpha(rbind(c(1,5), c(5,1), c(3,3), c(2,4))) → -Inf: every row sums to 6
    expect(
      cronbachAlpha([
        [1, 5],
        [5, 1],
        [3, 3],
        [2, 4],
      ]),
    ).toBeNull();
  });

  it('cronbachAlpha is null with fewer than 2 complete rows or fewer than 2 items', () => {
    expect(
      cronbachAlpha([
        [1, 2],
        [3, Number.NaN],
      ]),
    ).toBeNull();
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull();
    expect(cronbachAlpha([])).toBeNull();
  });
});
