/**
 * A large CSV read by two threads: the main thread reads the first half into the survey as usual
 * while a worker (read-worker.ts) reads the second half into a state of its own; the main thread
 * then takes the worker's rows in after its own (`TableReader.absorb`). The result is the serial
 * read's, exactly: where the two halves cannot be joined without a difference (the worker found a
 * note or an issue, an id of the second half was included in the first, the date order was not
 * yet decided, the halves do not meet at the same row and line), the caller undoes the first half
 * and reads the file again on one thread, which says what is wrong in the serial read's words.
 *
 *   main:   [── first half: parse, place, account ──]  absorb ──▶ survey
 *   worker:  find the cut ─▶ [── second half into its own state ──]
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { Codebook } from '../model/codebook.js';
import type { RegionTable } from '../model/regions.js';
import { startWorker } from '../threads.js';
import type { Limits } from './limits.js';
import type { CsvFacts, FileRange } from './read/stream.js';
import type { RawRecord } from './read/table.js';
import type { FromReader, ToReader } from './read-worker.js';
import type { TableReader } from './state.js';

/** Files from this size on are read in two halves when a second thread may be used. */
export const SPLIT_BYTES = 8 << 20;

/** Where the cut is looked for, as a share of the file (the first record boundary from there). */
export const CUT_AT = 0.53;

/** What the main thread needs of the second half once its own half is read. */
export interface SecondHalf {
  /** The range for the main thread's source: the whole file up to the cut, once it is known. */
  range: FileRange;
  /** The file's first records (the table's headers and first rows), for the worker to know the table. */
  head(records: readonly RawRecord[]): void;
  /**
   * Join the halves after the main thread's: null when the worker's rows were taken in, or the
   * main thread read the whole file as there was no cut (either way `facts` is then the whole
   * file's); else why the file must be read again on one thread.
   */
  join(facts: CsvFacts, reader: TableReader, records: number, limits: Limits): Promise<string | null>;
  /** How it went: read in two halves, or why not (after `join`). */
  readonly outcome: SplitOutcome;
  /** Stop the worker (always, once done). */
  close(): Promise<void>;
}

/** How a file offered to two threads was read (`IngestOptions.onSplit`). */
export interface SplitOutcome {
  halves: boolean;
  /** Why it was not read in halves, or why the halves could not be joined. */
  why?: string;
}

/** Start reading the second half of the file at `path` (of `size` bytes) on a worker. */
export function readSecondHalf(
  path: string,
  file: string,
  size: number,
  codebook: Codebook,
  regions: RegionTable,
  limits: Limits,
  onBytes: (bytes: number) => void,
): SecondHalf {
  const worker: Worker = startWorker(import.meta.url, 'read-worker');
  const send = (message: ToReader) => worker.postMessage(message);
  // The worker starts later (0.3 s to load its modules) and finds the cut first (it scans the
  // first half's bytes for quotes and line ends, 0.2 s at 1M rows, a thirtieth of parsing it):
  // a cut a little past the middle has both halves done at about the same time (at 1M rows,
  // within 0.1 s of each other at 53%; the worker was done 0.4 s before the main thread at 56%).
  const from = Math.floor(size * CUT_AT);
  let cut: { offset: number | null; row: number; line: number } | null = null;
  let cutKnown: (offset: number | null) => void = () => {};
  const at = new Promise<number | null>((resolve) => {
    cutKnown = resolve;
  });
  let settle: (message: FromReader) => void = () => {};
  const settled = new Promise<FromReader>((resolve) => {
    settle = resolve;
  });
  worker.on('message', (message: FromReader) => {
    if (message.kind === 'boundary') {
      cut = message;
      cutKnown(message.offset);
      if (message.offset === null) settle({ kind: 'doubt', why: 'no cut' });
    } else if (message.kind === 'progress') onBytes(message.bytes);
    else settle(message);
  });
  const failed = (why: string) => {
    cutKnown(null);
    settle({ kind: 'doubt', why });
  };
  worker.on('error', (error) => failed(error.message));
  worker.on('exit', (code) => failed(`the reading worker stopped (${code})`));
  send({ kind: 'start', path, file, from, codebook, regions, limits });
  const outcome: SplitOutcome = { halves: false, why: 'not joined yet' };
  const fail = (why: string) => {
    outcome.why = why;
    return why;
  };
  return {
    outcome,
    range: { cut: { after: from, at } },
    head: (records) => send({ kind: 'head', records: [...records] }),
    async join(facts, reader, records, { rows }) {
      if (cut === null || cut.offset === null) {
        // No cut: the main thread has read the whole file, all but its hash.
        facts.sha256 = await sha256Of(path);
        fail('no record boundary to cut at (or not UTF-8 with LF line ends)');
        return null;
      }
      const fromWorker = await settled;
      if (fromWorker.kind !== 'part') return fail(fromWorker.kind === 'doubt' ? fromWorker.why : 'no part');
      const { part } = fromWorker;
      const met = facts.end.atRecordStart && facts.end.row === cut.row && facts.end.line === cut.line;
      if (!met || facts.notes.some((n) => n.code === 'record_count'))
        return fail('the halves do not meet at the same record');
      if (records + part.records > rows) return fail('the row limit');
      if (!reader.absorb(part))
        return fail('an id of the second half is in the first, or the date order is open');
      facts.sha256 = fromWorker.sha256;
      facts.bytes = size;
      facts.blankRecords += fromWorker.blankRecords;
      outcome.halves = true;
      delete outcome.why;
      return null;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** The SHA-256 of a file, read again (a file the main thread read whole without hashing). */
async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
