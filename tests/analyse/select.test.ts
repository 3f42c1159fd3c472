/** The selection helpers against the plain filters they replace, on random data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectAll, selectCodes, selectGroups } from '../../src/analyse/select.js';
import { MISSING } from '../../src/model/survey.js';

const codes = fc.array(fc.oneof(fc.integer({ min: -3, max: 9 }), fc.constant(MISSING)), { maxLength: 300 });

describe('selections', () => {
  it('selectCodes keeps exactly the respondents with an accepted code, in order', () => {
    fc.assert(
      fc.property(
        codes,
        fc.uniqueArray(fc.integer({ min: -3, max: 9 }), { maxLength: 5 }),
        (values, accepted) => {
          const column = Int16Array.from(values);
          const from = selectAll(column.length).filter((i) => i % 3 !== 1);
          const expected = [...from].filter((i) => accepted.includes(column[i]!));
          expect([...selectCodes(from, column, accepted)]).toEqual(expected);
        },
      ),
    );
  });

  it('selectGroups splits a selection by group in one pass, leaving out -1 and unknown groups', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 300 }), (values) => {
        const group = Int16Array.from(values);
        const from = selectAll(group.length).filter((i) => i % 4 !== 0);
        const groups = selectGroups(from, group, 5);
        expect(groups).toHaveLength(5);
        groups.forEach((g, k) => {
          expect([...g]).toEqual([...from].filter((i) => group[i] === k));
        });
      }),
    );
  });
});
