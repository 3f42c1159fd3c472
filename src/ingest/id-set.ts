/**
 * The respondent ids included so far, in order, and a set of them for the duplicate check.
 *
 * A JavaScript `Set<string>` of a national export's million ids cost about 1.4 µs per row
 * (`has`, then `add`): the table, its entry and the string compared are three places in a large
 * heap. Here the ids are an array in inclusion order and the set is one typed array of
 * (hash, index) pairs, open addressing with linear probing: one place per lookup, and the id
 * itself is compared only when its 32-bit hash matches. A part read on another thread sends the
 * hashes of its ids along (`hashes`), so taking them in hashes nothing again.
 */

/** FNV-1a over the UTF-16 code units, as a signed 32-bit integer. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

const INITIAL_SLOTS = 1 << 12;

export class IdSet {
  /** In the order they were added. */
  readonly ids: string[] = [];
  /** The hash of each of `ids`. */
  private hashList = new Int32Array(INITIAL_SLOTS);
  /** Per slot: [hash, index in `ids` + 1]; 0 as the index is an empty slot. At most half full. */
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;

  get size(): number {
    return this.ids.length;
  }

  has(id: string, hash = idHash(id)): boolean {
    return this.find(id, hash) < 0;
  }

  /** Add `id` unless it is in already; false when it was. */
  add(id: string, hash = idHash(id)): boolean {
    const slot = this.find(id, hash);
    if (slot < 0) return false;
    const n = this.ids.length;
    this.ids.push(id);
    if (n === this.hashList.length) {
      const longer = new Int32Array(Math.max(2 * n, INITIAL_SLOTS));
      longer.set(this.hashList);
      this.hashList = longer;
    }
    this.hashList[n] = hash;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = n + 1;
    if (2 * (n + 1) > this.mask + 1) this.rehash(2 * (this.mask + 1));
    return true;
  }

  /** Make room for `n` ids in all, so that adding that many rehashes nothing. */
  reserve(n: number): void {
    if (n > this.hashList.length) {
      const longer = new Int32Array(n);
      longer.set(this.hashList);
      this.hashList = longer;
    }
    let size = this.mask + 1;
    while (2 * n > size) size *= 2;
    if (size > this.mask + 1) this.rehash(size);
  }

  /** The hashes of the ids, in their order (a copy). */
  hashes(): Int32Array {
    return this.hashList.slice(0, this.ids.length);
  }

  /** Keep only the first `n` ids. */
  truncate(n: number): void {
    if (n >= this.ids.length) return;
    this.ids.length = n;
    this.rehash(this.mask + 1);
  }

  /** The slot of `id` as a negative number when it is in, else the free slot where it would go. */
  private find(id: string, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let s = hash & mask;
    for (;;) {
      const at = slots[2 * s + 1]!;
      if (at === 0) return s;
      if (slots[2 * s] === hash && this.ids[at - 1] === id) return -1;
      s = (s + 1) & mask;
    }
  }

  private rehash(size: number): void {
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    const hashes = this.hashList;
    for (let i = 0; i < this.ids.length; i++) {
      const hash = hashes[i]!;
      let s = hash & mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = hash;
      slots[2 * s + 1] = i + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
