/**
 * Where a large CSV can be cut in two for two threads to read (input.ts): the first record
 * boundary at or after a byte offset, found by reading the file from its start the way the CSV
 * reader does (same decoding, same quote grammar: `RecordCounter`), so a line end inside a quoted
 * value is never taken for one. Also says which row and line the second part starts after, and
 * hashes the bytes before the cut so the whole file's SHA-256 can be finished by whoever reads the
 * rest.
 *
 * Only a file the reader would decode as UTF-8 with LF or CRLF line ends is cut: a cut needs a line
 * end byte that no multi-byte character contains.
 */
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { detectDelimiter, detectNewline, type Newline } from './delimiter.js';
import { RecordCounter } from './records.js';
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

/** The first record boundary at or after byte `from` of the file at `path`, or null (see above). */
export async function findBoundary(path: string, from: number, hash: Hash): Promise<Boundary | null> {
  const handle = await open(path, 'r');
  try {
    const chunk = new Uint8Array(SNIFF_BYTES);
    let position = 0;
    const read = async () => {
      const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, position);
      position += bytesRead;
      return chunk.subarray(0, bytesRead);
    };
    const head = (await read()).slice();
    if (head.byteLength < SNIFF_BYTES || from < SNIFF_BYTES) return null;
    const choice = chooseDecoder(head);
    if (choice.label !== 'utf-8') return null;
    const pieces = new PieceDecoder(choice);
    const first = pieces.decode(head.subarray(choice.skip), false, position);
    const delimiter = detectDelimiter(first);
    const newline = detectNewline(first);
    if (newline !== '\n') return null;
    const counter = new RecordCounter(delimiter, newline);
    let breaks = 0;
    const feed = (text: string) => {
      counter.push(text);
      breaks += countBreaks(text);
    };
    feed(first);
    hash.update(head);
    for (;;) {
      const start = position;
      const bytes = await read();
      if (bytes.byteLength === 0 || start > from + SEARCH_BYTES) return null;
      // A piece before `from` is read whole; the one with `from` in it up to there, and then from
      // line end to line end until one ends a record.
      if (start + bytes.byteLength <= from) {
        feed(pieces.decode(bytes, false, position));
        hash.update(bytes);
        continue;
      }
      let at = Math.max(0, from - start);
      if (at > 0) feed(pieces.decode(bytes.subarray(0, at), false, position));
      for (;;) {
        const lf = bytes.indexOf(LF, at);
        const end = lf < 0 ? bytes.byteLength : lf + 1;
        feed(pieces.decode(bytes.subarray(at, end), false, position));
        if (lf >= 0 && counter.atRecordStart()) {
          hash.update(bytes.subarray(0, end));
          return { offset: start + end, row: counter.recordEnds, line: 1 + breaks, delimiter, newline };
        }
        if (lf < 0) break;
        at = end;
      }
      hash.update(bytes);
    }
  } finally {
    await handle.close();
  }
}

/** Line breaks as the reader counts lines (LF, and a CR on its own; CRLF is LF by now). */
function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) n++;
  return n;
}
