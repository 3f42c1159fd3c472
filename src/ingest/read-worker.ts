/**
 * The thread that reads the second half of a large CSV (read-in-two.ts): it finds where that half
 * starts, tells the main thread, waits for the file's first records (to know the table the way the
 * main thread does), reads from the cut to the end into a state of its own, and hands back that
 * state's rows as a `TablePart`, with the whole file's SHA-256. Anything the serial read would
 * have reported in that half (a note, an issue, a limit) is not reported here: the main thread is
 * told and reads the file itself, so the words and places are exactly the serial read's.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { Codebook } from '../model/codebook.js';
import type { RegionTable } from '../model/regions.js';
import { IssueList } from './errors.js';
import { normalizeHead } from './formats/index.js';
import { type Limits, openValueLimit, RecordLimits } from './limits.js';
import { findBoundary } from './read/split.js';
import { fileSource, streamCsv } from './read/stream.js';
import type { RawRecord } from './read/table.js';
import { SurveyState, type TablePart } from './state.js';

export type ToReader =
  | {
      kind: 'start';
      path: string;
      file: string;
      from: number;
      codebook: Codebook;
      regions: RegionTable;
      limits: Limits;
    }
  | { kind: 'head'; records: RawRecord[] };

export type FromReader =
  | { kind: 'boundary'; offset: number | null; row: number; line: number }
  | { kind: 'progress'; bytes: number }
  | { kind: 'part'; part: TablePart; sha256: string; blankRecords: number }
  | { kind: 'doubt'; why: string };

const port = parentPort!;
const post = (message: FromReader, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
let giveHead: (records: RawRecord[]) => void = () => {};
const head = new Promise<RawRecord[]>((resolve) => {
  giveHead = resolve;
});

port.on('message', (message: ToReader) => {
  if (message.kind === 'head') giveHead(message.records);
  else
    read(message).catch((error: unknown) =>
      post({ kind: 'doubt', why: error instanceof Error ? error.message : String(error) }),
    );
});

async function read(start: Extract<ToReader, { kind: 'start' }>): Promise<void> {
  const hash = createHash('sha256');
  const cut = await findBoundary(start.path, start.from, hash);
  post({ kind: 'boundary', offset: cut?.offset ?? null, row: cut?.row ?? 0, line: cut?.line ?? 0 });
  if (!cut) return;
  const records = await head;
  const state = new SurveyState(start.codebook, start.regions);
  const list = new IssueList(start.file);
  const table = normalizeHead(start.file, records);
  // The header's warnings are the main thread's to give; the records in `records` are its to add.
  const reader = state.beginTable(table, list, { part: true });
  if (list.errorCount > 0) return post({ kind: 'doubt', why: 'the columns do not map' });
  const said = list.items.length;
  const guard = new RecordLimits(start.file, start.limits);
  let reported = 0;
  const facts = await streamCsv(
    fileSource(start.path, 1 << 20, { start: cut.offset }),
    (record) => {
      guard.check(record.cells, record.row, record.line);
      reader.add(record);
    },
    (bytes) => {
      if (bytes - reported < 1 << 22) return;
      post({ kind: 'progress', bytes: bytes - reported });
      reported = bytes;
    },
    openValueLimit(start.file, start.limits),
    {
      hash,
      continuation: {
        delimiter: cut.delimiter,
        newline: cut.newline,
        header: records[0]!.cells,
        row: cut.row,
        line: cut.line,
      },
    },
  );
  if (facts.notes.length > 0) return post({ kind: 'doubt', why: facts.notes[0]!.message });
  if (list.items.length > said) return post({ kind: 'doubt', why: list.items[said]!.message });
  post({ kind: 'progress', bytes: facts.bytes - reported });
  const part = state.part(reader, guard.count);
  post({ kind: 'part', part, sha256: hash.digest('hex'), blankRecords: facts.blankRecords }, buffersOf(part));
}

/** Every buffer under a part, once each, to transfer instead of copying. */
function buffersOf(part: TablePart): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: { buffer: ArrayBufferLike }) => buffers.add(a.buffer as ArrayBuffer);
  const { ledger } = part;
  for (const a of [ledger.file, ledger.region, ledger.row, ledger.line, ledger.status]) add(a);
  for (const a of [part.municipality, part.subregion, part.region, part.weights, part.idHashes]) add(a);
  for (const [, column] of part.columns) {
    if (column.kind === 'code') add(column.codes);
    else if (column.kind === 'number') add(column.values);
    else if (column.kind === 'multi') column.ticks.forEach(add);
    else if (column.kind === 'rank') column.positions.forEach(add);
    else for (const a of column.values.buffers()) add(a);
  }
  return [...buffers];
}
