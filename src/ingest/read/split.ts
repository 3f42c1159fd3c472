/**
 * Where a large CSV can be cut in two for two threads to read (input.ts): the first record
 * boundary at or after a byte offset, found by reading the file from its start with the reader's
 * quote grammar (`RecordCounter`), so a line end inside a quoted value is never taken for one.
 * Also says which row and line the second part starts after, and hashes the bytes before the cut
 * so the whole file's SHA-256 can be finished by whoever reads the rest.
 *
 * Only a file the reader would decode as UTF-8 with LF or CRLF line ends is cut. In UTF-8 the
 * characters the grammar turns on (quote, delimiter, LF, CR, ASCII white space) are single bytes
 * that no other character contains, so the part before the cut is scanned as bytes, without
 * decoding it (a tenth of the time: decoding was most of the worker's 0.8 s at 1M rows). Where
 * the decoded text could read differently from its bytes, no cut is made and one thread reads the
 * file: a NUL byte (the reader removes them), or a byte after a closing quote that may start a
 * Unicode space (the grammar lets white space follow a closing quote).
 */
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { detectDelimiter, detectNewline, type Newline } from './delimiter.js';
import { chooseDecoder, PieceDecoder, SNIFF_BYTES } from './stream.js';

/** A cut: the second part starts at byte `offset`, after record `row`, on physical line `line`. */
export interface Boundary {
  offset: number;
  row: number;
  line: number;
  delimiter: string;
  newline: Newline;
}

/** How far past the asked offset a record boundary is looked for before giving up. */
const SEARCH_BYTES = 16 << 20;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** The first record boundary at or after byte `from` of the file at `path`, or null (see above). */
export async function findBoundary(path: string, from: number, hash: Hash): Promise<Boundary | null> {
  const handle = await open(path, 'r');
  try {
    // A Buffer: its indexOf of one byte is memchr, and the scan is mostly that.
    const chunk = Buffer.allocUnsafe(SNIFF_BYTES);
    let position = 0;
    const read = async () => {
      const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, position);
      position += bytesRead;
      return chunk.subarray(0, bytesRead);
    };
    const head = Buffer.from(await read());
    if (head.byteLength < SNIFF_BYTES || from < SNIFF_BYTES) return null;
    const choice = chooseDecoder(head);
    if (choice.label !== 'utf-8') return null;
    const first = new PieceDecoder(choice).decode(head.subarray(choice.skip), false, position);
    const delimiter = detectDelimiter(first);
    const newline = detectNewline(first);
    if (newline !== '\n' || delimiter.length !== 1 || delimiter.charCodeAt(0) >= 128) return null;
    const scan = new ByteRecords(delimiter.charCodeAt(0));
    let found = scan.scan(head, choice.skip, from);
    if (found === FAILED) return null;
    let start = 0;
    let bytes: Uint8Array = head;
    while (found < 0) {
      hash.update(bytes);
      start = position;
      bytes = await read();
      if (bytes.byteLength === 0 || start > from + SEARCH_BYTES) return null;
      found = scan.scan(bytes, 0, from - start);
      if (found === FAILED) return null;
    }
    hash.update(bytes.subarray(0, found));
    return { offset: start + found, row: scan.records, line: 1 + scan.breaks, delimiter, newline };
  } finally {
    await handle.close();
  }
}

/** `ByteRecords.scan` stopped: the bytes may read differently once decoded. */
export const FAILED = -2;

/**
 * `RecordCounter` on UTF-8 bytes, piece by piece: record ends (LF outside quoted values) and line
 * breaks (LF, and CR not followed by LF, as the reader counts lines once CRLF is LF).
 */
export class ByteRecords {
  records = 0;
  breaks = 0;
  private quoted = false;
  /** In a quoted value, after a quote: 1 just after it (a second quote is a quote in the text), 2 after white space. */
  private afterQuote = 0;
  /** The byte before the next piece; -1 at the start of the file. */
  private previous = -1;
  /** The last piece ended with CR: a line break unless the next starts with LF. */
  private heldCr = false;
  private nextLf = -2;
  private nextCr = -2;

  constructor(private readonly delimiter: number) {}

  /**
   * Scan `bytes` from `at`: the index just past the first record end at or after `stopAt` (counts
   * up to there), else -1 with the whole piece counted; `FAILED` where the bytes may read
   * differently once decoded.
   */
  scan(bytes: Uint8Array, at: number, stopAt: number): number {
    const length = bytes.length;
    if (bytes.indexOf(0, at) >= 0) return FAILED;
    if (this.heldCr && at < length && bytes[at] !== LF) this.breaks++;
    this.heldCr = false;
    this.nextLf = -2;
    this.nextCr = -2;
    let pos = at;
    while (pos < length) {
      if (this.afterQuote !== 0) {
        const c = bytes[pos]!;
        if (c === QUOTE) {
          // Right after a quote: a quote in the text; after white space: the next candidate.
          this.afterQuote = this.afterQuote === 1 ? 0 : 1;
          pos++;
        } else if (c === this.delimiter || c === LF) {
          this.quoted = false;
          this.afterQuote = 0;
        } else if (c === 32 || c === 9 || c === 11 || c === 12 || c === CR) {
          this.afterQuote = 2;
          if (c === CR) this.countCr(bytes, pos);
          pos++;
        } else if (c === 0xc2 || c === 0xe1 || c === 0xe2 || c === 0xe3 || c === 0xef) {
          // The first byte of a character that may be Unicode white space (U+00A0, U+2000…).
          return FAILED;
        } else {
          this.afterQuote = 0;
          pos++;
        }
        continue;
      }
      const q = bytes.indexOf(QUOTE, pos);
      const end = q < 0 ? length : q;
      if (this.quoted) {
        this.countBreaks(bytes, pos, end);
        if (q < 0) break;
        this.afterQuote = 1;
        pos = q + 1;
        continue;
      }
      // Outside quotes: every LF up to the next quote ends a record.
      for (let lf = bytes.indexOf(LF, pos); lf >= 0 && lf < end; lf = bytes.indexOf(LF, lf + 1)) {
        this.records++;
        if (lf >= stopAt) {
          this.countBreaks(bytes, pos, lf + 1);
          this.previous = LF;
          return lf + 1;
        }
      }
      this.countBreaks(bytes, pos, end);
      if (q < 0) break;
      const before = q > at ? bytes[q - 1]! : this.previous;
      if (before === -1 || before === this.delimiter || before === LF) this.quoted = true;
      pos = q + 1;
    }
    if (length > at) this.previous = bytes[length - 1]!;
    this.heldCr = length > at && bytes[length - 1] === CR;
    return -1;
  }

  /**
   * Line breaks in bytes[from, to): each LF, and each CR that no LF follows. The next LF and CR
   * of the piece are kept between calls (-2: not looked for yet; -1: none left), so a piece
   * without CR is searched for one once, not once per quoted value.
   */
  private countBreaks(bytes: Uint8Array, from: number, to: number): void {
    let lf = this.nextLf;
    if (lf !== -1 && lf < from) lf = bytes.indexOf(LF, from);
    for (; lf >= 0 && lf < to; lf = bytes.indexOf(LF, lf + 1)) this.breaks++;
    this.nextLf = lf;
    let cr = this.nextCr;
    if (cr !== -1 && cr < from) cr = bytes.indexOf(CR, from);
    for (; cr >= 0 && cr < to; cr = bytes.indexOf(CR, cr + 1)) this.countCr(bytes, cr);
    this.nextCr = cr;
  }

  /** The CR at `i`: a break of its own unless an LF follows (at the end of the piece: decided by the next). */
  private countCr(bytes: Uint8Array, i: number): void {
    if (i + 1 < bytes.length) {
      if (bytes[i + 1] !== LF) this.breaks++;
    }
  }
}
