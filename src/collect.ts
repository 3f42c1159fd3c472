/**
 * Memory given back where regioscan knows better than the runtime's heuristics that it has just
 * become free: V8's garbage collector, and glibc's `malloc_trim` (`trimAllocator`).
 * The collector, for two places:
 *
 * - a chart just drawn: resvg's parsed SVG and pixels live in native memory that V8 does not
 *   count, freed only when V8 collects their small wrappers (report/render/to-png.ts);
 * - the export's columns once the analysis is done: the report stage allocates too little for V8
 *   to look at them again, and a national run would carry them through every region (pipeline.ts).
 *
 * The collector is taken from a new context made with `--expose-gc` set, the way test runners
 * measure heaps. The flag stays set: report threads start and load this module at the same time,
 * and one of them unsetting it would leave another's new context without a collector. Its only
 * other effect is a `gc` global in contexts made later.
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/**
 * V8's `gc`: without options it collects the whole heap, with `{ type: 'minor' }` the young
 * generation (`{ type: 'major' }` collects nothing in Node 20's V8).
 */
type Collect = (options?: { type: 'minor' }) => void;

let collect: Collect | undefined;

function collector(): Collect {
  if (collect) return collect;
  const exposed = (globalThis as { gc?: Collect }).gc;
  if (typeof exposed === 'function') collect = exposed;
  else {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collect;
  }
  return collect;
}

/**
 * Let a heap grow to twice what was live after its last full collection before the next, instead
 * of V8's own factor, which for the report threads (much garbage, collected fast) came to about
 * three and a half: a worker with 60 MB live grew to 210 MB and kept the pages. Set as the report
 * stage starts (pipeline.ts); it holds for every thread of the process from then on. 10k rows, 3
 * paired runs: peak 643 against 874 MiB, wall ratio 0.99. Set from the report workers' start
 * instead, so during the analysis too, it cost 8% at 1M (848 against 1,051 MiB); from here, 5
 * pairs at 1M in two sittings: 917 against 1,032 and 858 against 1,028 MiB (medians), wall ×1.08
 * and ×1.09, so at 1M it is a trade, not a free gain, kept because the run's memory is the target
 * it misses (README, Performance); with it the run was 2.89× pandas' time in the sitting where
 * pandas was fastest (limit 3×), so if time gets tighter, 150% is the one to take: it gave 926
 * against 1,023 MiB at wall ×0.95 (3 pairs), half the gain for no time. A tighter bound costs
 * time: 50% with a smaller young generation for the workers (8 MB) gave 536 MiB at 10k but 22%
 * more wall time.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=100');
}

/** Collect the young generation (about a millisecond): objects made since the last collection. */
export function collectYoung(): void {
  collector()({ type: 'minor' });
}

/** Collect the whole heap (at a national run's end of analysis, about 80 ms). */
export function collectAll(): void {
  collector()();
}

/** glibc's `malloc_trim`, or null where there is none to call (not Linux with glibc, no koffi). */
let trim: ((pad: number) => number) | null | undefined;

function trimmer(): ((pad: number) => number) | null {
  if (trim !== undefined) return trim;
  trim = null;
  // glibc's soname; on musl, macOS or Windows there is no such library, or no such function in it.
  if (process.platform !== 'linux') return trim;
  // Never on another thread: koffi loaded by a worker beside the main thread aborted runs now and
  // then ("FATAL ERROR: Error::ThrowAsJavaScriptException napi_throw", one run in three of the
  // parallel test; koffi's issue 190), and the main thread's call trims every thread's heap.
  if (!isMainThread) return trim;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    trim = koffi.load('libc.so.6').func('int malloc_trim(size_t pad)') as (pad: number) => number;
  } catch {
    // Left null: nothing to call here.
  }
  return trim;
}

/**
 * Give the C allocator's free pages back to the operating system (glibc's `malloc_trim`, through
 * koffi; nothing elsewhere). glibc returns freed memory only from the top of each heap, so what a
 * national export's reading freed under memory still in use stays with the process: 20 s into a
 * run of the 1M export, 215 of its 855 MB were such pages (trimmed from outside with a debugger).
 * Every thread's heap is trimmed, whichever thread asks; a call on another thread does nothing
 * (below). Called once the export is read, once the analysis is done, and after each region.
 */
export function trimAllocator(): void {
  trimmer()?.(0);
}
