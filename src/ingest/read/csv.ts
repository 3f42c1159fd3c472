/**
 * A whole CSV file in memory as a `RawTable` (for `regioscan init` and small files): the same
 * streaming reader as ingest, so decoding, delimiter and line numbers are chosen one way only.
 */
import { bytesSource, streamCsv } from './stream.js';
import type { RawRecord, RawTable } from './table.js';

/** Parse CSV (or TSV) bytes into a `RawTable`. */
export async function parseCsv(bytes: Uint8Array, file: string): Promise<RawTable> {
  const records: RawRecord[] = [];
  const facts = await streamCsv(bytesSource(bytes), (record) => records.push(record));
  return {
    file,
    records,
    encoding: facts.encoding,
    delimiter: facts.delimiter,
    blankRecords: facts.blankRecords,
    notes: facts.notes,
  };
}
