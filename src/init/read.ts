/**
 * An export read for `init` the way ingest reads it (src/ingest/input.ts): an XLSX whole, a CSV
 * streamed record by record from its file. The first records decide the tool, the layout and the
 * headings; every data record then goes to the caller's `onRecord` and is not kept, so an export
 * of any size is profiled in bounded memory.
 */
import { readFile } from 'node:fs/promises';
import { fileError, InputError } from '../ingest/errors.js';
import { normalizeTable } from '../ingest/formats/index.js';
import type { NormalizedTable } from '../ingest/formats/types.js';
import { closeSource, fileSize, isZip, readMagic } from '../ingest/input.js';
import {
  checkFileSize,
  DEFAULT_LIMITS,
  type Limits,
  openValueLimit,
  RecordLimits,
} from '../ingest/limits.js';
import { message } from '../ingest/messages.js';
import { bytesSource, fileSource, streamCsv } from '../ingest/read/stream.js';
import type { RawRecord, RawTable } from '../ingest/read/table.js';
import { parseXlsx } from '../ingest/read/xlsx.js';

export interface InitInput {
  /** Name shown to users (the path as given). */
  file: string;
  /** Path to stream the export from, when `bytes` is not given (default: `file`). */
  path?: string;
  /** The export's bytes, when they are in memory (tests, small files). */
  bytes?: Uint8Array;
  /** Limits on file size, rows, columns, cell length and XLSX inflation (default: `DEFAULT_LIMITS`). */
  limits?: Limits;
}

/** Records read before the tool is recognised: enough for every format's header signature (as ingest). */
const HEAD_RECORDS = 5;

/**
 * Read an export: `start` gets the normalised table of its first records (headings, aliases, tool
 * metadata; `records` holds only the data records among them) and returns the function that every
 * data record, those first ones included, is then given in file order. Returns the data records read.
 */
export async function readExport(
  input: InitInput,
  start: (table: NormalizedTable) => (record: RawRecord) => void,
): Promise<number> {
  const path = input.path ?? input.file;
  const size = input.bytes?.byteLength ?? (await fileSize(path));
  if (size === 0) throw initError(input.file, 'empty_file', message.emptyFile());
  const limits = input.limits ?? DEFAULT_LIMITS;
  checkFileSize(input.file, size, limits);
  const magic = input.bytes?.subarray(0, 4) ?? (await readMagic(path));
  let rows = 0;
  const begin = (table: RawTable) => {
    const normalized = normalizeTable(table);
    const onRecord = start(normalized);
    for (const record of normalized.records) onRecord(record);
    rows += normalized.records.length;
    return onRecord;
  };
  try {
    if (isZip(magic)) {
      // XLSX is read whole, as ingest reads it.
      const table = await parseXlsx(input.bytes ?? new Uint8Array(await readFile(path)), input.file, limits);
      if (table.records.length === 0) throw initError(input.file, 'empty_file', message.emptyFile());
      begin(table);
      return rows;
    }
    const head: RawRecord[] = [];
    let onRecord: ((record: RawRecord) => void) | undefined;
    const table = (): RawTable => ({
      file: input.file,
      records: head,
      encoding: '',
      delimiter: null,
      blankRecords: 0,
      notes: [],
    });
    const source = input.bytes ? bytesSource(input.bytes) : fileSource(path);
    const guard = new RecordLimits(input.file, limits);
    const facts = await streamCsv(
      source,
      (record) => {
        guard.check(record.cells, record.row, record.line);
        // A record the reader could not split (a stray quote, another delimiter) is not profiled:
        // its cells are not answers, and the problem itself stops init below.
        if (record.rejected) return;
        if (onRecord !== undefined) {
          onRecord(record);
          rows++;
        } else {
          head.push(record);
          if (head.length === HEAD_RECORDS) onRecord = begin(table());
        }
      },
      undefined,
      openValueLimit(input.file, limits),
    ).finally(() => closeSource(source));
    // What stops ingest stops init: a codebook proposed from a misread export would describe
    // columns that are not there (validate and run name the same problems).
    const errors = facts.notes.filter((note) => note.severity === 'error');
    if (errors.length > 0)
      throw new InputError(
        errors.map(({ code, message: text, row, line, column }) => ({
          severity: 'error' as const,
          code,
          file: input.file,
          row: row ?? null,
          line: line ?? null,
          column: column ?? null,
          value: null,
          message: text,
        })),
      );
    if (onRecord === undefined) {
      if (head.length === 0) throw initError(input.file, 'empty_file', message.emptyFile());
      begin(table());
    }
    return rows;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw initError(input.file, 'unreadable', message.fileUnreadable((error as Error).message));
  }
}

/** One error about the export as a whole, as ingest reports it. */
export function initError(file: string, code: string, text: string): InputError {
  return fileError(file, code, text);
}
