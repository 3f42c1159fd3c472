/**
 * The duplicate check's set of ids (src/ingest/id-set.ts) answers as a JavaScript Set does, in
 * the order ids were added, through growth, truncation, hashes passed in from another thread and
 * two different ids with the same 32-bit hash.
 */
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/generate/random.js';
import { IdSet, idHash } from '../../src/ingest/id-set.js';

/** Two different strings with the same idHash, found by a birthday search. */
function collidingPair(): [string, string] {
  const byHash = new Map<number, string>();
  for (let i = 0; ; i++) {
    const id = `c${i.toString(36)}`;
    const h = idHash(id);
    const other = byHash.get(h);
    if (other !== undefined) return [other, id];
    byHash.set(h, id);
  }
}

describe('IdSet', () => {
  it('FNV-1a: the published test vectors', () => {
    // 32-bit FNV-1a of "", "a" and "foobar" (draft-eastlake-fnv), as signed integers.
    expect(idHash('') >>> 0).toBe(0x811c9dc5);
    expect(idHash('a') >>> 0).toBe(0xe40c292c);
    expect(idHash('foobar') >>> 0).toBe(0xbf9cf968);
  });

  it('answers as a Set does on random ids with repeats, keeping the order of first sight', () => {
    const random = new Random(9);
    const set = new IdSet();
    const reference = new Set<string>();
    for (let i = 0; i < 60_000; i++) {
      // Most draws are repeats; some ids are long, some have non-ASCII characters.
      const id = random.chance(0.1)
        ? `é-${random.int(0, 5000)}-${'x'.repeat(random.int(0, 40))}`
        : `R${random.int(0, 40_000)}`;
      expect(set.has(id)).toBe(reference.has(id));
      const added = set.add(id);
      expect(added).toBe(!reference.has(id));
      reference.add(id);
    }
    expect(set.size).toBe(reference.size);
    expect(set.ids).toEqual([...reference]);
    expect(set.hashes()).toEqual(Int32Array.from([...reference], idHash));
  });

  it('keeps two ids apart that have the same hash', () => {
    const [a, b] = collidingPair();
    expect(a).not.toBe(b);
    expect(idHash(a)).toBe(idHash(b));
    const set = new IdSet();
    expect(set.add(a)).toBe(true);
    expect(set.has(b)).toBe(false);
    expect(set.add(b)).toBe(true);
    expect(set.add(a)).toBe(false);
    expect(set.add(b)).toBe(false);
    expect(set.ids).toEqual([a, b]);
  });

  it('truncate forgets the ids after the first n, which can then be added again', () => {
    const set = new IdSet();
    for (let i = 0; i < 10_000; i++) set.add(`id${i}`);
    set.truncate(2_500);
    expect(set.size).toBe(2_500);
    expect(set.has('id2499')).toBe(true);
    expect(set.has('id2500')).toBe(false);
    expect(set.has('id9999')).toBe(false);
    expect(set.add('id9999')).toBe(true);
    expect(set.add('id0')).toBe(false);
    expect(set.ids.at(-1)).toBe('id9999');
    expect(set.hashes().at(-1)).toBe(idHash('id9999'));
  });

  it('takes hashes given with the ids (a part read on another thread)', () => {
    const part = new IdSet();
    for (let i = 0; i < 5_000; i++) part.add(`p${i}`);
    const set = new IdSet();
    set.add('p17');
    set.reserve(5_001);
    const hashes = part.hashes();
    const outcomes = part.ids.map((id, k) => set.add(id, hashes[k]));
    expect(outcomes.filter((o) => !o)).toHaveLength(1);
    expect(outcomes[17]).toBe(false);
    expect(set.size).toBe(5_000);
    expect(set.has('p4999')).toBe(true);
  });
});
