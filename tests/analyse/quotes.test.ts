import { describe, expect, it } from 'vitest';
import { spread } from '../../src/analyse/quotes.js';

describe('spread', () => {
  it('spread([0..9], 4) takes the first, the last and two evenly between: [0, 3, 6, 9]', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 3, 6, 9]);
  });
  it('spread of no more items than k is all of them; k = 1 is the first', () => {
    expect(spread(['a', 'b'], 6)).toEqual(['a', 'b']);
    expect(spread(['a', 'b', 'c'], 1)).toEqual(['a']);
  });
});
