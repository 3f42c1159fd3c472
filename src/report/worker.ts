/**
 * A report worker thread (see parallel.ts): it loads the report's libraries as it starts, takes
 * the shared context once (`setup`), then one request per message, in order: a region's files or
 * the national overview's, posted back with their bytes transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
// Loaded as the worker starts (index.ts loads them on first use): the libraries are ready when
// the first region comes.
import './render/index.js';
import './workbook/index.js';
import type { Indicators } from '../analyse/types.js';
import { Ledger } from '../model/ledger.js';
import type { ReportContext } from './context.js';
import { toReportContext } from './context.js';
import { overviewDocuments, regionDocuments } from './index.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';
import { contentOf, type OutputFile } from './writer.js';

type OutputFileBytes = { path: string; bytes: Uint8Array };

/** The run's indicators without their per-row parts (an empty ledger, no table), and the context. */
let run: Indicators | null = null;
let ctx: ReportContext | null = null;
let setupError: Error | null = null;

/** The bytes in an ArrayBuffer of their own, so that it can be transferred (a Buffer may share a pool). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/** Each file's bytes, each in a buffer of its own. */
async function bytesOf(files: AsyncIterable<OutputFile> | Iterable<OutputFile>): Promise<OutputFileBytes[]> {
  const out: OutputFileBytes[] = [];
  for await (const file of files) out.push({ path: file.path, bytes: ownBuffer(contentOf(file)) });
  return out;
}

async function answer(request: Exclude<WorkerRequest, { kind: 'setup' }>): Promise<OutputFileBytes[]> {
  if (setupError) throw setupError;
  if (!run || !ctx) throw new Error('a report worker was given a region before the run’s context');
  if (request.kind === 'overview') return bytesOf(overviewDocuments(run, ctx));
  const { task } = request;
  const indicators = { ...run, ledger: Ledger.fromSlice(task.ledger), table: task.table };
  return bytesOf(regionDocuments(ctx, indicators, run.regions[task.index]!, task.table));
}

// One request at a time, in the order they came.
let queue = Promise.resolve();
parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'setup') {
    queue = queue.then(() => {
      const { indicators, options } = request.setup;
      try {
        run = { ...indicators, ledger: new Ledger(), table: [] } as Indicators;
        ctx = toReportContext(run, options);
      } catch (error) {
        // Told with the first region: this message has no answer.
        setupError = error instanceof Error ? error : new Error(String(error));
      }
    });
    return;
  }
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      const files = await answer(request);
      reply = { files };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
    }
    // What the region's charts and workbook freed in this thread's C heap is given back by the
    // main thread, which trims every thread's heap when the reply comes (parallel.ts).
    parentPort?.postMessage(
      reply,
      'files' in reply ? reply.files.map((f) => f.bytes.buffer as ArrayBuffer) : [],
    );
  });
});
