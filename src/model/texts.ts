/**
 * Open answers, stored as UTF-8 in 1 MB blocks with an index: a million answers of a hundred
 * characters take ~110 MB instead of ~250 MB as separate strings, and the store grows block by
 * block, never by copying everything into a buffer twice the size. Ingest may record that an
 * answer was given without keeping its text (`keep` false): reports quote only a few answers per
 * region, so a national run keeps a sample, not every text. The ledger keeps its respondent ids
 * here too (model/ledger.ts): a million ids of 8 characters take 20 MB here, 45 MB as strings.
 */
export class Texts {
  private static readonly BLOCK = 1 << 20;
  private static readonly encoder = new TextEncoder();
  private static readonly decoder = new TextDecoder();
  private readonly blocks: Uint8Array[] = [];
  private used = Texts.BLOCK;
  /** Per answer: block number (-1: no answer, -2: answered, text not kept), start and end within the block. */
  private block = new Int32Array(1024);
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  length = 0;

  static from(values: readonly (string | null)[]): Texts {
    const texts = new Texts();
    for (const v of values) texts.push(v);
    return texts;
  }

  push(value: string | null, keep = true): void {
    if (this.length === this.block.length) this.grow();
    const i = this.length++;
    if (value === null || !keep) {
      this.block[i] = value === null ? -1 : -2;
      return;
    }
    const need = value.length * 3;
    if (this.used + need > (this.blocks.at(-1)?.length ?? 0)) {
      this.blocks.push(new Uint8Array(Math.max(Texts.BLOCK, need)));
      this.used = 0;
    }
    const target = this.blocks.at(-1)!;
    const written = Texts.encoder.encodeInto(value, target.subarray(this.used)).written;
    this.block[i] = this.blocks.length - 1;
    this.start[i] = this.used;
    this.end[i] = this.used + written;
    this.used += written;
  }

  /**
   * A `Texts` that came through `postMessage` (its fields, without the class), made one again.
   */
  static revive(value: Texts): Texts {
    return Object.setPrototypeOf(value, Texts.prototype) as Texts;
  }

  /**
   * Add answer i of `other` as `push` would have added it: no answer, or answered with its text
   * kept when `keep` says so (a text `other` did not keep is kept by neither). `keep` is asked of
   * every answer given, kept or not, as `push`'s caller asks it.
   */
  pushFrom(other: Texts, i: number, keep: () => boolean): void {
    if (!other.answered(i)) this.push(null);
    else {
      const wanted = keep();
      const text = other.get(i);
      this.push(text ?? '', wanted && text !== null);
    }
  }

  /** The arrays that hold the answers (to transfer to another thread). */
  buffers(): (Uint8Array | Int32Array)[] {
    return [...this.blocks, this.block, this.start, this.end];
  }

  /** Forget the answers from `length` on (a read that is done again another way). */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  /** Whether respondent i answered (whether or not the text was kept). */
  answered(i: number): boolean {
    return i >= 0 && i < this.length && this.block[i] !== -1;
  }

  /** The text of answer i, or null when there is none or it was not kept. */
  get(i: number): string | null {
    if (i < 0 || i >= this.length || this.block[i]! < 0) return null;
    return Texts.decoder.decode(this.blocks[this.block[i]!]!.subarray(this.start[i]!, this.end[i]!));
  }

  toArray(): (string | null)[] {
    const out: (string | null)[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.get(i));
    return out;
  }

  /** Release the spare capacity once every answer is in. */
  trim(): Texts {
    const last = this.blocks.length - 1;
    if (last >= 0) this.blocks[last] = this.blocks[last]!.slice(0, this.used);
    this.block = this.block.slice(0, this.length);
    this.start = this.start.slice(0, this.length);
    this.end = this.end.slice(0, this.length);
    return this;
  }

  private grow(): void {
    const n = this.block.length * 2;
    for (const key of ['block', 'start', 'end'] as const) {
      const next = new Int32Array(n);
      next.set(this[key]);
      this[key] = next;
    }
  }
}
