/**
 * The ledger hands a region's rows to a report worker as columns (`sliceOf`, `fromSlice`): the
 * worker's ledger holds exactly the rows placed in the region, in input order, as the run's does.
 */
import { describe, expect, it } from 'vitest';
import { Ledger, type LedgerRow } from '../../src/model/ledger.js';

const rows: LedgerRow[] = [];
const regions = ['Noord', 'Zuid', ''];
const reasons = [
  ['included', ''],
  ['excluded', 'duplicate'],
  ['excluded', 'no_answers'],
  ['excluded', 'outside_regions'],
] as const;
for (let i = 0; i < 3000; i++) {
  const [status, reason] = reasons[(i * 7) % reasons.length]!;
  rows.push({
    file: i < 1500 ? 'a.csv' : 'b.csv',
    row: i + 2,
    line: i * 2 + 2,
    respondentId: `R${i}`,
    region: status === 'excluded' && reason === 'outside_regions' ? '' : regions[i % 2]!,
    status,
    reason,
  });
}
const ledger = Ledger.from(rows);

describe('Ledger.sliceOf / fromSlice', () => {
  it.each(['Noord', 'Zuid', ''])('region %j: the same rows, in input order', (region) => {
    const slice = ledger.sliceOf(region);
    const back = Ledger.fromSlice(structuredClone(slice));
    const expected = rows.filter((r) => r.region === region);
    expect(expected.length).toBeGreaterThan(100);
    expect([...back]).toEqual(expected);
    expect([...back.rowsOf(region)]).toEqual(expected);
    expect(back.length).toBe(expected.length);
  });

  it('null: every row, in input order, and the slice is a copy (the ledger keeps its columns)', () => {
    const slice = ledger.sliceOf(null);
    const back = Ledger.fromSlice(
      structuredClone(slice, { transfer: [slice.row.buffer, slice.status.buffer] }),
    );
    expect([...back]).toEqual(rows);
    // The transferred buffers were the slice's own: the ledger still reads every row.
    expect(slice.row.length).toBe(0);
    expect([...ledger]).toEqual(rows);
  });

  it('a region with no rows gives an empty ledger that still takes rows', () => {
    const back = Ledger.fromSlice(ledger.sliceOf('Elders'));
    expect(back.length).toBe(0);
    back.push(rows[0]!);
    expect([...back]).toEqual([rows[0]]);
  });
});

describe('Ledger ids (stored as UTF-8, read back as strings)', () => {
  const odd = ['', 'ß-01', 'Zoë 7', '😀', 'x'.repeat(5000), 'R1', ' R 2 ', 'één,"twee"\n'];
  const row = (id: string, i: number): LedgerRow => ({
    file: 'c.csv',
    row: i + 2,
    line: i + 2,
    respondentId: id,
    region: 'Noord',
    status: 'included',
    reason: '',
  });

  it('gives back every id as it was, through push, slices, append and truncate', () => {
    const many = Array.from(
      { length: 2100 },
      (_, i) => odd[i % odd.length]! + (i % 3 === 0 ? '' : String(i)),
    );
    const built = Ledger.from(many.map(row));
    expect([...built].map((r) => r.respondentId)).toEqual(many);
    const copy = Ledger.fromSlice(structuredClone(built.sliceOf('Noord')));
    expect([...copy].map((r) => r.respondentId)).toEqual(many);
    copy.truncate(1000);
    copy.push(row('na het inkorten', 1000));
    copy.append(built.sliceOf(null));
    expect([...copy].map((r) => r.respondentId)).toEqual([
      ...many.slice(0, 1000),
      'na het inkorten',
      ...many,
    ]);
  });
});
