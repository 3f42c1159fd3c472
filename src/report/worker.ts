/**
 * A report worker thread (see parallel.ts): the shared context once, then one region per message,
 * its files posted back with their bytes transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Indicators } from '../analyse/types.js';
import { Ledger } from '../model/ledger.js';
import { toReportContext } from './context.js';
import { regionDocuments } from './index.js';
import type { RegionDone, RegionTask, WorkerSetup } from './parallel.js';
import { contentOf } from './writer.js';

const setup = workerData as WorkerSetup;
const base = setup.indicators;
const ctx = toReportContext({ ...base, ledger: new Ledger(), table: [] } as Indicators, setup.options);

/** The bytes in an ArrayBuffer of their own, so that it can be transferred (a Buffer may share a pool). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

parentPort?.on('message', async (task: RegionTask) => {
  const region = base.regions[task.index]!;
  try {
    const indicators = { ...base, ledger: Ledger.fromSlice(task.ledger), table: task.table } as Indicators;
    const files: { path: string; bytes: Uint8Array }[] = [];
    for await (const file of regionDocuments(ctx, indicators, region, task.table))
      files.push({ path: file.path, bytes: ownBuffer(contentOf(file)) });
    const message: RegionDone = { index: task.index, files };
    parentPort?.postMessage(
      message,
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const message: RegionDone = {
      index: task.index,
      error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) },
    };
    parentPort?.postMessage(message);
  }
});
