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
 * The workers are started once the export is read (`ReportWorkers.start`): loading Vega, exceljs
 * and resvg takes each a second, on a core that the analysis leaves idle. They start no earlier:
 * each holds about 70 MB once loaded (a Node process that has loaded worker.ts: 107 MB, 39 MB
 * without), which reading a national export no longer has beside it. The national overview is
 * drawn by one of them beside the regions, not after the last; the run's respondents.csv is
 * streamed to disk by the main thread meanwhile (report/index.ts).
 *
 * At most `2 × workers` regions are handed out and not yet yielded, so memory grows with the
 * number of workers, not of regions.
 */
// Before any worker starts: resvg's allocator reads the process's environment (allocator.ts).
import './render/allocator.js';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Estimate, Indicators } from '../analyse/types.js';
import { trimAllocator } from '../collect.js';
import type { LedgerSlice } from '../model/ledger.js';
import { startWorker } from '../threads.js';
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

/** What the main thread asks of a worker. */
export type WorkerRequest =
  | { kind: 'setup'; setup: WorkerSetup }
  | { kind: 'region'; task: RegionTask }
  | { kind: 'overview' };

/** A worker's answer to a region or overview request, or why there is none. */
export type WorkerReply =
  | { files: { path: string; bytes: Uint8Array }[] }
  | { error: { message: string; stack?: string } };

/** The default number of worker threads: the cores the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The buffers of a ledger slice, to transfer with it. */
function buffersOf(slice: LedgerSlice): ArrayBuffer[] {
  return [slice.file.buffer, slice.region.buffer, slice.row.buffer, slice.line.buffer, slice.status.buffer];
}

interface Job {
  request: WorkerRequest;
  transfer: ArrayBuffer[];
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

/**
 * Report worker threads, one request at a time each. A worker that fails or stops fails what it
 * was doing and everything still waiting; `close` stops them all.
 */
export class ReportWorkers {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private failure: Error | null = null;
  private closed = false;

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply) => {
        // What the worker's region freed in its C heap: trimmed from here, as only the main thread
        // may load koffi (collect.ts), and a trim reaches every thread's heap.
        trimAllocator();
        const job = this.busy.get(worker);
        this.busy.delete(worker);
        this.idle.push(worker);
        job?.resolve(reply);
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a report worker stopped with exit code ${code}`));
      });
      this.idle.push(worker);
    }
  }

  /** Start `count` workers; they load the report's libraries while the caller goes on. */
  static start(count: number): ReportWorkers {
    return new ReportWorkers(
      Array.from({ length: Math.max(1, count) }, () => startWorker(import.meta.url, 'worker')),
    );
  }

  get size(): number {
    return this.workers.length;
  }

  /** Give every worker the run's context (before any region). */
  setup(indicators: Indicators, options: ReportOptions): void {
    const { ledger: _ledger, table: _table, ...shared } = indicators;
    const request: WorkerRequest = { kind: 'setup', setup: { indicators: shared, options } };
    // Posted to each worker directly: a worker takes its messages in order, so the context is
    // there before the first region.
    for (const worker of this.workers) worker.postMessage(request);
  }

  /** The national overview's files (charts and index.html), made by a worker after `setup`. */
  overview(): Promise<OutputFile[]> {
    const files = this.submit({ kind: 'overview' }, []);
    files.catch(() => {});
    return files;
  }

  /** The files of every region, yielded in region order. */
  async *regions(
    indicators: Indicators,
    tables: ReadonlyMap<string, Estimate[]>,
    onRegion?: (index: number) => void,
  ): AsyncGenerator<OutputFile> {
    const regions = indicators.regions;
    const pending = new Map<number, Promise<{ path: string; bytes: Uint8Array }[]>>();
    let next = 0;
    const handOut = (yielded: number) => {
      for (; next < regions.length && next < yielded + 2 * this.workers.length; next++) {
        const region = regions[next]!;
        const ledger = indicators.ledger.sliceOf(region.name);
        const task: RegionTask = { index: next, table: tables.get(region.name) ?? [], ledger };
        const files = this.submit({ kind: 'region', task }, buffersOf(ledger));
        files.catch(() => {});
        pending.set(next, files);
      }
    };
    for (let i = 0; i < regions.length; i++) {
      handOut(i);
      const files = await pending.get(i)!;
      pending.delete(i);
      for (const file of files) yield file;
      onRegion?.(i);
    }
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private submit(
    request: WorkerRequest,
    transfer: ArrayBuffer[],
  ): Promise<{ path: string; bytes: Uint8Array }[]> {
    return new Promise<WorkerReply>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.queue.push({ request, transfer, resolve, reject });
      this.dispatch();
    }).then((reply) => {
      if ('files' in reply) return reply.files;
      const error = new Error(reply.error.message);
      if (reply.error.stack) error.stack = reply.error.stack;
      throw error;
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0 && !this.failure) {
      const worker = this.idle.shift()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.request, job.transfer);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of this.busy.values()) job.reject(this.failure);
    this.busy.clear();
    for (const job of this.queue.splice(0)) job.reject(this.failure);
  }
}
