/**
 * A report worker thread (see parallel.ts): it loads the report's libraries as it starts, takes
 * the shared context once (`setup`), then one request per message, in order: a region's files,
 * the national overview's, or the run's respondents.csv, posted back with their bytes transferred, not copied.
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
import { respondentsCsv } from './csv.js';
import { overviewDocuments, regionDocuments } from './index.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './parallel.js';
import { contentOf } from './writer.js';

type OutputFileBytes = { path: string; bytes: Uint8Array };

let setup: WorkerSetup | null = null;
let ctx: ReportContext | null = null;
let setupError: Error | null = null;

/** The bytes in an ArrayBuffer of their own, so that it can be transferred (a Buffer may share a pool). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

async function answer(request: Exclude<WorkerRequest, { kind: 'setup' }>): Promise<OutputFileBytes[]> {
  if (request.kind === 'respondents') {
    const file = { path: 'respondents.csv', text: () => respondentsCsv(Ledger.fromSlice(request.ledger)) };
    return [{ path: file.path, bytes: ownBuffer(contentOf(file)) }];
  }
  if (setupError) throw setupError;
  if (!setup || !ctx) throw new Error('a report worker was given a region before the run’s context');
  const base = setup.indicators;
  const files: OutputFileBytes[] = [];
  if (request.kind === 'overview') {
    const indicators = { ...base, ledger: new Ledger(), table: [] } as Indicators;
    for await (const file of overviewDocuments(indicators, ctx))
      files.push({ path: file.path, bytes: ownBuffer(contentOf(file)) });
    return files;
  }
  const { task } = request;
  const region = base.regions[task.index]!;
  const indicators = { ...base, ledger: Ledger.fromSlice(task.ledger), table: task.table } as Indicators;
  for await (const file of regionDocuments(ctx, indicators, region, task.table))
    files.push({ path: file.path, bytes: ownBuffer(contentOf(file)) });
  return files;
}

// One request at a time, in the order they came.
let queue = Promise.resolve();
parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'setup') {
    queue = queue.then(() => {
      setup = request.setup;
      try {
        const base = setup.indicators;
        ctx = toReportContext({ ...base, ledger: new Ledger(), table: [] } as Indicators, setup.options);
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
    parentPort?.postMessage(
      reply,
      'files' in reply ? reply.files.map((f) => f.bytes.buffer as ArrayBuffer) : [],
    );
  });
});
