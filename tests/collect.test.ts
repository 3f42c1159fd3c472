import { describe, expect, it } from 'vitest';
import { collectAll, collectYoung } from '../src/collect.js';
import { contentOf } from '../src/report/writer.js';

describe('collectAll and collectYoung', () => {
  it('collectAll frees 2 million objects that nothing holds any more (about 150 MB of heap)', () => {
    collectAll();
    const before = process.memoryUsage().heapUsed;
    let garbage: { i: number; s: string }[] | null = [];
    for (let i = 0; i < 2_000_000; i++) garbage.push({ i, s: `x${i}` });
    expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(100 * 2 ** 20);
    garbage = null;
    collectAll();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 2 ** 20);
  });

  it("collectYoung frees objects just made that nothing holds (a chart's wrappers, just drawn)", () => {
    collectYoung();
    const before = process.memoryUsage().heapUsed;
    let garbage: { i: number }[] | null = [];
    for (let i = 0; i < 100_000; i++) garbage.push({ i });
    const made = process.memoryUsage().heapUsed - before;
    expect(made).toBeGreaterThan(2 * 2 ** 20);
    garbage = null;
    collectYoung();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(made / 4);
  });
});

describe('contentOf', () => {
  it('encodes a streamed file piece by piece to the bytes of its whole text', () => {
    const pieces = ['file,row\n', 'a.csv,2\n', 'ë’😀,3\n', '', 'z,4\n'];
    const bytes = contentOf({ path: 'x.csv', text: () => pieces.values() });
    expect(Buffer.from(bytes).toString('utf8')).toBe(pieces.join(''));
    expect(bytes.byteLength).toBe(Buffer.byteLength(pieces.join('')));
  });
});
