/**
 * Keep resvg's memory between charts. resvg's native module allocates with mimalloc, which hands
 * every freed pixel buffer back to the operating system at once; the next chart, of about the same
 * size, then faults its buffer in again page by page. On the benchmark machine that was half of
 * each PNG's encoding time and a quarter of a report's (10k rows, one thread: 62 s, of which 17 s
 * in the kernel; 44 s with the memory kept). What is kept is one chart's buffers per thread.
 *
 * mimalloc reads its options from the environment when the module is loaded, so this module is
 * imported before resvg (to-png.ts). A value the user set is left alone.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '-1';
