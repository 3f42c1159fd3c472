/**
 * Keep resvg's memory from one chart to the next. resvg's native module allocates with mimalloc,
 * which gives freed memory back to the operating system after 10 ms; charts come every few tens
 * of milliseconds, so each one faulted its pixel buffers in again, page by page. On the benchmark
 * machine that was half of each PNG's encoding time and a quarter of a report's (10k rows, one
 * thread: 62 s, 17 s of it in the kernel; 44 s with the memory kept). With a delay of a second the
 * next chart finds the memory still there, and a process that has stopped drawing still gives it
 * back.
 *
 * mimalloc reads its options from the process's environment when the module is loaded, so this
 * module is imported before resvg (to-png.ts), and on the main thread before report workers start
 * (parallel.ts): a worker's `process.env` is its own copy, and setting it there does not reach the
 * environment mimalloc reads, so resvg loaded first in a worker would purge at once (a national
 * run took 10 s more in the kernel). A value the user set is left alone.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '1000';
