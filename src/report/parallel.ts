/**
 * Region reports in worker threads. Each region needs only its own slice of the indicators and the
 * shared context (DESIGN.md), so a worker gets the run's indicators once, rebuilds the context
 * from the same report options, and then makes one region at a time: charts (SVG, PNG), HTML,
 * workbook and CSV, the same code as a single-threaded run. The files come back to the main
 * thread, which yields them region by region in the order of the regions file, so the output is
 * byte for byte what one thread writes.
 *
 *   main ── region i, its table and ledger rows ──▶ worker: regionDocuments ──▶ files of region i
 *        ◀────────────────────────────────────────────────────────────────────┘
 *
 * At most `jobs` regions are in flight and at most `jobs` finished ones wait to be yielded, so
 * memory grows with the number of workers, not of regions.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Estimate, Indicators } from '../analyse/types.js';
import type { LedgerSlice } from '../model/ledger.js';
import type { ReportOptions } from './context.js';
import type { OutputFile } from './writer.js';

/** What a worker is given once: the run's indicators without the per-row parts, and the options. */
export interface WorkerSetup {
  indicators: Omit<Indicators, 'ledger' | 'table'>;
  options: ReportOptions;
}

/** One region to make: its estimates, and its rows of the ledger as columns (transferred, not copied). */
export interface RegionTask {
  index: number;
  table: Estimate[];
  ledger: LedgerSlice;
}

/** A region made, or why not. */
export type RegionDone =
  | { index: number; files: { path: string; bytes: Uint8Array }[] }
  | { index: number; error: { message: string; stack?: string } };

/** The default number of worker threads: the cores the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A worker on the script beside this module: compiled JavaScript in dist/, or under a test
 * runner the TypeScript source, loaded through tsx's loader registered in the worker first.
 */
function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
  const source = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** The files of every region, made by `jobs` workers, yielded in region order. */
export async function* regionsInParallel(
  indicators: Indicators,
  options: ReportOptions,
  tables: ReadonlyMap<string, Estimate[]>,
  jobs: number,
  onRegion?: (index: number) => void,
): AsyncGenerator<OutputFile> {
  const regions = indicators.regions;
  const count = Math.min(jobs, regions.length);
  const { ledger: _ledger, table: _table, ...shared } = indicators;
  const setup: WorkerSetup = { indicators: shared, options };
  const workers = Array.from({ length: count }, () => startWorker(setup));

  const done = new Map<number, RegionDone>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let next = 0; // the next region to hand out
  let yielded = 0; // regions yielded so far
  const idle: Worker[] = [];
  const dispatch = () => {
    // Hand out regions while no more than `count` finished ones would wait to be yielded.
    while (idle.length > 0 && next < regions.length && next < yielded + 2 * count) {
      const worker = idle.pop()!;
      const region = regions[next]!;
      const ledger = indicators.ledger.sliceOf(region.name);
      const task: RegionTask = { index: next, table: tables.get(region.name) ?? [], ledger };
      worker.postMessage(task, [
        ledger.file.buffer,
        ledger.region.buffer,
        ledger.row.buffer,
        ledger.line.buffer,
        ledger.status.buffer,
      ]);
      next++;
    }
  };
  for (const worker of workers) {
    worker.on('message', (message: RegionDone) => {
      done.set(message.index, message);
      idle.push(worker);
      dispatch();
      signal();
    });
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a report worker stopped with exit code ${code}`);
      signal();
    });
    idle.push(worker);
  }

  try {
    dispatch();
    while (yielded < regions.length) {
      const result = done.get(yielded);
      if (!result) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      done.delete(yielded);
      if ('error' in result) {
        const error = new Error(result.error.message);
        if (result.error.stack) error.stack = result.error.stack;
        throw error;
      }
      yielded++;
      dispatch();
      for (const file of result.files) yield file;
      onRegion?.(result.index);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
