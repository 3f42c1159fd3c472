/**
 * One input file into the survey: an XLSX read whole, a CSV streamed record by record; the first
 * records decide the tool and layout, the rest go straight to the table reader.
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import type { Codebook } from '../model/codebook.js';
import type { RegionTable } from '../model/regions.js';
import type { InputInfo } from '../model/survey.js';
import type { IssueList } from './errors.js';
import { normalizeHead, normalizeTable } from './formats/index.js';
import type { NormalizedTable } from './formats/types.js';
import { checkFileSize, DEFAULT_LIMITS, type Limits, openValueLimit, RecordLimits } from './limits.js';
import { message } from './messages.js';
import { bytesSource, fileSource, streamCsv } from './read/stream.js';
import type { RawRecord } from './read/table.js';
import { parseXlsx } from './read/xlsx.js';
import { readSecondHalf, type SecondHalf, SPLIT_BYTES, type SplitOutcome } from './read-in-two.js';
import type { SurveyState, TableReader } from './state.js';

export interface IngestInput {
  /** Name shown to users and written to respondents.csv (the path as given). */
  file: string;
  /** The file's bytes, when they are in memory (tests, small files). */
  bytes?: Uint8Array;
  /** Path to stream the file from (exports of any size), when `bytes` is not given. */
  path?: string;
}

export interface IngestOptions {
  codebook: Codebook;
  regions: RegionTable;
  /** Called while a file is read: bytes done and the file's size. */
  onProgress?: (file: string, done: number, total: number) => void;
  /** Limits on file size, rows, columns, cell length and XLSX inflation (default: `DEFAULT_LIMITS`). */
  limits?: Limits;
  /**
   * Threads that may read (default 1): with two or more, a CSV of `splitBytes` or more (default
   * `SPLIT_BYTES`) is read in two halves at once (read-in-two.ts), to the same survey.
   */
  jobs?: number;
  splitBytes?: number;
  /** Told how each file offered to two threads was read (for tests and diagnostics). */
  onSplit?: (file: string, outcome: SplitOutcome) => void;
}

/** Records read before the tool is recognised: enough for every format's header signature. */
const HEAD_RECORDS = 5;

/** Read one file into the survey: XLSX whole, CSV streamed record by record. */
export async function readInput(
  input: IngestInput,
  state: SurveyState,
  list: IssueList,
  onProgress: IngestOptions['onProgress'],
  limits: Limits = DEFAULT_LIMITS,
  threads: Pick<IngestOptions, 'jobs' | 'splitBytes' | 'onSplit'> = {},
): Promise<InputInfo | null> {
  const size = input.bytes?.byteLength ?? (await fileSize(input.path ?? input.file));
  checkFileSize(input.file, size, limits);
  if (size === 0) {
    list.error('empty_file', message.emptyFile());
    return null;
  }
  const magic = input.bytes?.subarray(0, 4) ?? (await readMagic(input.path ?? input.file));
  if (isZip(magic)) {
    const bytes = input.bytes ?? new Uint8Array(await readFile(input.path ?? input.file));
    const table = await parseXlsx(bytes, input.file, limits);
    onProgress?.(input.file, size, size);
    if (table.records.length === 0) {
      list.error('empty_file', message.emptyFile());
      return null;
    }
    const normalized = normalizeTable(table);
    const reader = state.beginTable(normalized, list);
    for (const record of normalized.records) reader.add(record);
    const rows = reader.finish();
    return {
      file: input.file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: size,
      encoding: 'xlsx',
      delimiter: null,
      tool: normalized.tool,
      layout: normalized.layout,
      rows: rows.read,
      included: rows.included,
      fieldwork: rows.fieldwork,
    };
  }

  if (input.bytes || (threads.jobs ?? 1) < 2 || size < (threads.splitBytes ?? SPLIT_BYTES))
    return (await readCsv(input, state, list, onProgress, limits, size)) ?? null;
  // Two threads; where the halves do not join exactly, the first is undone and the file read on one.
  const undo = state.checkpoint();
  const said = list.items.length;
  let second = 0;
  let first = 0;
  const progress = onProgress ? () => onProgress(input.file, first + second, size) : undefined;
  const half = readSecondHalf(
    input.path ?? input.file,
    input.file,
    size,
    state.codebook,
    state.regions,
    limits,
    (bytes) => {
      second += bytes;
      progress?.();
    },
  );
  try {
    const info = await readCsv(
      input,
      state,
      list,
      progress &&
        ((_file, done) => {
          first = done;
          progress();
        }),
      limits,
      size,
      half,
    );
    if (info !== undefined) {
      threads.onSplit?.(input.file, half.outcome);
      return info;
    }
  } finally {
    await half.close();
  }
  threads.onSplit?.(input.file, half.outcome);
  undo();
  list.items.length = said;
  return (await readCsv(input, state, list, onProgress, limits, size)) ?? null;
}

/**
 * A CSV streamed record by record: the first records decide the tool and layout, the rest go
 * straight to the table reader. With `half`, only up to the cut, and then the second half is
 * joined (undefined when it cannot be: the caller reads the file again).
 */
async function readCsv(
  input: IngestInput,
  state: SurveyState,
  list: IssueList,
  onProgress: IngestOptions['onProgress'],
  limits: Limits,
  size: number,
  half?: SecondHalf,
): Promise<InputInfo | null | undefined> {
  const head: RawRecord[] = [];
  let reader: TableReader | undefined;
  let normalized: NormalizedTable | undefined;
  const start = () => {
    normalized = normalizeHead(input.file, head);
    reader = state.beginTable(normalized, list);
    half?.head(head);
    for (const record of normalized.records) reader.add(record);
  };
  const source = input.bytes
    ? bytesSource(input.bytes)
    : fileSource(input.path ?? input.file, undefined, half?.range);
  const guard = new RecordLimits(input.file, limits);
  const facts = await streamCsv(
    source,
    (record) => {
      guard.check(record.cells, record.row, record.line);
      if (reader === undefined) {
        head.push(record);
        if (head.length === HEAD_RECORDS) start();
      } else reader.add(record);
    },
    onProgress ? (done) => onProgress(input.file, done, size) : undefined,
    openValueLimit(input.file, limits),
    half ? { hash: null } : undefined,
  ).finally(() => closeSource(source));
  // After the reader starts: a file-level error before it would make it reject every row.
  const addNotes = () => {
    for (const { severity, code, message: text, ...at } of facts.notes)
      if (severity === 'error') list.error(code, text, at);
      else list.warn(code, text, at);
  };
  if (reader === undefined) {
    if (head.length === 0) {
      addNotes();
      list.error('empty_file', message.emptyFile());
      return null;
    }
    start();
  }
  addNotes();
  if (half && (await half.join(facts, reader!, guard.count, limits)) !== null) return undefined;
  const rows = reader!.finish();
  return {
    file: input.file,
    sha256: facts.sha256,
    bytes: facts.bytes,
    encoding: facts.encoding,
    delimiter: facts.delimiter,
    tool: normalized!.tool,
    layout: normalized!.layout,
    rows: rows.read,
    included: rows.included,
    fieldwork: rows.fieldwork,
  };
}

/** The first four bytes of a file, to tell an XLSX (a ZIP) from a text export. */
/**
 * The size of the file at `path`. A folder is refused here with `EISDIR` and its path: reading
 * one fails later with an error that names no path.
 */
export async function fileSize(path: string): Promise<number> {
  const info = await stat(path);
  if (info.isDirectory())
    throw Object.assign(new Error(`EISDIR: is a folder, expected a file: ${path}`), {
      code: 'EISDIR',
      path,
    });
  return info.size;
}

export async function readMagic(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4);
    await handle.read(buffer, 0, 4, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** A ZIP signature: XLSX whatever the file is called. */
export function isZip(magic: Uint8Array): boolean {
  return magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 0x03 && magic[3] === 0x04;
}

/** Close a file source that a failed read left open (an async generator runs its `finally`). */
export async function closeSource(source: AsyncIterable<Uint8Array>): Promise<void> {
  await (source as AsyncGenerator<Uint8Array>).return?.(undefined);
}
