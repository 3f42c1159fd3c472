/**
 * Streaming CSV: bytes arrive in chunks (from a file or a buffer), are decoded, parsed by papaparse
 * and handed on one record at a time, so an export of any size is read in bounded memory. The
 * encoding is chosen from the first bytes (BOM, UTF-16) and the first megabyte (strict UTF-8, else
 * Windows-1252); the delimiter and line ending from the first record. Nothing is dropped without a
 * word: the parser's quote errors, records that do not split into the header's fields, and a record
 * count that differs from an independent count of the file's records are notes with their place.
 */
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { message } from '../messages.js';
import { RecordCheck } from './check.js';
import { detectDelimiter, detectNewline, type Newline } from './delimiter.js';
import { RecordCounter } from './records.js';
import { countLineBreaks, isBlankRecord, type RawRecord, type ReadNote } from './table.js';

/** Where the bytes come from: an async sequence of chunks (a file stream, or one buffer). */
export type ByteSource = AsyncIterable<Uint8Array>;

export interface CsvFacts {
  encoding: string;
  delimiter: string;
  sha256: string;
  bytes: number;
  blankRecords: number;
  /** What reading found, in file order: encoding notes (warnings) and parse problems (errors). */
  notes: ReadNote[];
  /** The row and line of the last record, and whether the text ended outside any quoted value. */
  end: { row: number; line: number; atRecordStart: boolean };
}

/** How many bytes decide the encoding when there is no BOM. */
export const SNIFF_BYTES = 1 << 20;

/**
 * Read CSV records from `source`, calling `onRecord` for each non-blank one in file order.
 * `onBytes` reports progress (bytes read so far); `openValue` stops the read at a quoted value
 * longer than it allows, before the parser has gathered it.
 */
export async function streamCsv(
  source: ByteSource,
  onRecord: (record: RawRecord) => void,
  onBytes?: (bytes: number) => void,
  openValue?: OpenValueLimit,
  part?: CsvPart,
): Promise<CsvFacts> {
  const hash = part ? part.hash : createHash('sha256');
  const notes: CsvFacts['notes'] = [];
  const iterator = source[Symbol.asyncIterator]();
  let bytes = 0;
  const count = (chunk: Uint8Array) => {
    hash?.update(chunk);
    bytes += chunk.byteLength;
    onBytes?.(bytes);
  };
  const pending: Uint8Array[] = [];
  let sniffed = 0;
  let done = false;
  // Gather the first megabyte (or the whole file) to choose the encoding.
  while (sniffed < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    // A copy: a source may reuse its buffer for the next piece.
    pending.push(next.value.slice());
    sniffed += next.value.byteLength;
    count(next.value);
  }
  const head = concat(pending);
  const pieces = new PieceDecoder(part?.continuation ? utf8Choice() : chooseDecoder(head));
  const decode = (chunk: Uint8Array, last: boolean) => pieces.decode(chunk, last, bytes);
  const decoder = pieces.choice;

  const first = decode(decoder.skip > 0 ? head.subarray(decoder.skip) : head, done);
  const delimiter = part?.continuation?.delimiter ?? detectDelimiter(first);
  const newline = part?.continuation?.newline ?? detectNewline(first);
  async function* texts(): AsyncGenerator<string> {
    if (first !== '') yield first;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      count(next.value);
      const text = decode(next.value, false);
      if (text !== '') yield text;
    }
    const tail = decode(new Uint8Array(0), true);
    if (tail !== '') yield tail;
  }

  const counter = new RecordCounter(delimiter, newline);
  const check = new RecordCheck(delimiter, notes, part?.continuation?.header);
  let line = part?.continuation?.line ?? 1;
  let row = part?.continuation?.row ?? 0;
  let blankRecords = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = Readable.from(counted(texts(), counter, openValue), {
      objectMode: false,
      encoding: 'utf8',
    });
    stream.on('error', reject);
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      newline,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step: (result) => {
        const cells = result.data;
        let breaks = 0;
        let multiline: number[] | null = null;
        for (let i = 0; i < cells.length; i++) {
          const n = countLineBreaks(cells[i]!);
          if (n === 0) continue;
          breaks += n;
          multiline ??= [];
          multiline.push(i);
        }
        row++;
        if (isBlankRecord(cells)) blankRecords++;
        else onRecord(check.record({ cells, row, line }, result.errors, multiline));
        line += 1 + breaks;
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  check.finish();
  const atBoundary = counter.atRecordStart();
  const records = counter.finish();
  const startRow = part?.continuation?.row ?? 0;
  if (records !== row - startRow)
    notes.push({
      severity: 'error',
      code: 'record_count',
      message: message.recordCountMismatch(row - startRow, records),
    });
  if (decoder.label === 'windows-1252')
    notes.push({ code: 'encoding_fallback', message: message.decodedAsWindows1252() });
  if (pieces.failedAt >= 0)
    notes.push({ code: 'encoding_invalid', message: message.invalidUtf8(pieces.failedAt) });
  if (pieces.nul > 0) notes.push({ code: 'nul_bytes', message: message.nulBytes(pieces.nul) });
  if (pieces.nbsp > 0) notes.push({ code: 'nbsp', message: message.nonBreakingSpaces(pieces.nbsp) });
  return {
    encoding: decoder.name,
    delimiter,
    sha256: part ? '' : hash!.digest('hex'),
    bytes,
    blankRecords,
    notes,
    end: { row, line, atRecordStart: atBoundary },
  };
}

/**
 * A read of part of a file (input.ts reads a large CSV in two parts, on two threads): `hash`
 * goes on with the caller's hash of the bytes before (null: none is kept), and `continuation` is
 * the reading that the records before left, for a part that starts at a record boundary inside the
 * file: UTF-8, the delimiter and line end found at the start, the header record, and the row and
 * line the part starts after.
 */
export interface CsvPart {
  hash: Hash | null;
  continuation?: {
    delimiter: string;
    newline: Newline;
    header: readonly string[];
    row: number;
    line: number;
  };
}

/**
 * Decodes the pieces of a file into text as the parser reads it: invalid UTF-8 past the sniffed
 * bytes replaced and remembered, NUL bytes dropped and non-breaking spaces made spaces (counted),
 * and every CRLF made LF (a CR at the end of a piece waits for the next).
 */
export class PieceDecoder {
  nul = 0;
  nbsp = 0;
  /** The byte offset of the first piece that was not valid UTF-8, or -1. */
  failedAt = -1;
  private heldCr = false;
  constructor(readonly choice: DecoderChoice) {}

  /** `offset`: bytes read so far, this piece included. */
  decode(chunk: Uint8Array, last: boolean, offset: number): string {
    let text: string;
    try {
      text = this.choice.current.decode(chunk, { stream: !last });
    } catch {
      // Invalid UTF-8 after the first megabyte: carry on, replacing what cannot be read.
      if (this.failedAt < 0) this.failedAt = offset - chunk.byteLength;
      this.choice.current = new TextDecoder(this.choice.label);
      text = this.choice.current.decode(chunk, { stream: !last });
    }
    if (text.includes('\0')) {
      text = text.replace(/\0/g, () => {
        this.nul++;
        return '';
      });
    }
    if (text.includes('\u00a0')) {
      text = text.replace(/\u00a0/g, () => {
        this.nbsp++;
        return ' ';
      });
    }
    // CRLF and LF may be mixed in one file (an export edited by hand, a Sheets download with LF
    // inside quotes): every CRLF becomes LF.
    let piece = this.heldCr ? `\r${text}` : text;
    this.heldCr = !last && piece.endsWith('\r');
    if (this.heldCr) piece = piece.slice(0, -1);
    return piece.includes('\r\n') ? piece.replace(/\r\n/g, '\n') : piece;
  }
}

/** Strict UTF-8 without a BOM: a part of a file that starts after the first megabyte. */
export function utf8Choice(): DecoderChoice {
  return { name: 'utf-8', label: 'utf-8', skip: 0, current: new TextDecoder('utf-8', { fatal: true }) };
}

/** Decodes a stream of byte pieces; `last` flushes what a cut character left behind. */
interface Decoder {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}

export interface DecoderChoice {
  name: string;
  label: string;
  skip: number;
  current: Decoder;
}

/**
 * Windows-1252 through iconv-lite: Node's own TextDecoder('windows-1252') decodes Latin-1
 * instead (nodejs/node#56542), turning € and curly quotes into control characters.
 */
export function windows1252(): Decoder {
  const decoder = iconv.getDecoder('win1252');
  return {
    decode: (bytes, { stream }) =>
      decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) +
      (stream ? '' : (decoder.end() ?? '')),
  };
}

export function chooseDecoder(head: Uint8Array): DecoderChoice {
  const make = (name: string, label: string, skip: number, fatal = false): DecoderChoice => ({
    name,
    label,
    skip,
    current: label === 'windows-1252' ? windows1252() : new TextDecoder(label, { fatal }),
  });
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return make('utf-8-bom', 'utf-8', 3, true);
  if (head[0] === 0xff && head[1] === 0xfe) return make('utf-16le', 'utf-16le', 2);
  if (head[0] === 0xfe && head[1] === 0xff) return make('utf-16be', 'utf-16be', 2);
  try {
    // A multi-byte character cut at the end of the sniffed bytes is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return make('utf-8', 'utf-8', 0, true);
  } catch {
    return make('windows-1252', 'windows-1252', 0);
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Part of a file: from byte `start`, and up to a cut that is known only later (input.ts): before
 * reading past byte `cut.after`, wait for `cut.at`, the offset to stop at (null: read to the end).
 */
export interface FileRange {
  start?: number;
  cut?: { after: number; at: Promise<number | null> };
}

/** A byte source over a file (or part of one), read in 1 MB pieces into one reused buffer. */
export async function* fileSource(path: string, chunkBytes = 1 << 20, range: FileRange = {}): ByteSource {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(chunkBytes);
    let position = range.start ?? 0;
    let end = Number.POSITIVE_INFINITY;
    let cut = range.cut;
    for (;;) {
      if (cut && position + chunkBytes > cut.after) {
        end = (await cut.at) ?? end;
        cut = undefined;
      }
      const want = Math.min(chunkBytes, end - position);
      if (want <= 0) break;
      const { bytesRead } = await handle.read(buffer, 0, want, position);
      position += bytesRead;
      if (bytesRead === 0) break;
      // The consumer decodes each piece before asking for the next, so the buffer can be reused.
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Feeds each piece of text to the independent record count on its way to the parser, and stops
 * the read when a quoted value stays open past `limit.length` characters: a stray quote in a
 * large file would otherwise have the parser hold the rest of the file as one value.
 */
async function* counted(
  texts: AsyncIterable<string>,
  counter: RecordCounter,
  limit?: OpenValueLimit,
): AsyncGenerator<string> {
  for await (const text of texts) {
    counter.push(text);
    if (limit && counter.openLength > limit.length) throw limit.error(counter.openRecord, counter.openLength);
    yield text;
  }
}

/** A byte source over one buffer. */
export async function* bytesSource(bytes: Uint8Array): ByteSource {
  yield bytes;
}

/** The longest a quoted value may stay open, and the error when one does (its record, its length so far). */
export interface OpenValueLimit {
  length: number;
  error: (record: number, length: number) => Error;
}
