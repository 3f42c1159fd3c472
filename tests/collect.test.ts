import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { collectAll, collectYoung, trimAllocator } from '../src/collect.js';
import { contentOf } from '../src/report/writer.js';

describe('collectAll and collectYoung', () => {
  it('collectAll frees 2 million objects that nothing holds any more (about 150 MB of heap)', () => {
    collectAll();
    const before = process.memoryUsage().heapUsed;
    let garbage: { i: number; s: string }[] | null = [];
    for (let i = 0; i < 2_000_000; i++) garbage.push({ i, s: `x${i}` });
    expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(100 * 2 ** 20);
    garbage = null;
    collectAll();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 2 ** 20);
  });

  it("collectYoung frees objects just made that nothing holds (a chart's wrappers, just drawn)", () => {
    collectYoung();
    const before = process.memoryUsage().heapUsed;
    let garbage: { i: number }[] | null = [];
    for (let i = 0; i < 100_000; i++) garbage.push({ i });
    const made = process.memoryUsage().heapUsed - before;
    expect(made).toBeGreaterThan(2 * 2 ** 20);
    garbage = null;
    collectYoung();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(made / 4);
  });
});

describe('trimAllocator', () => {
  const glibc =
    process.platform === 'linux' &&
    Boolean(
      (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header
        ?.glibcVersionRuntime,
    );

  it.runIf(glibc)('gives back freed C-heap pages that glibc keeps under memory still in use', () => {
    const mb = () => process.memoryUsage().rss / 2 ** 20;
    // 150 MB in buffers below glibc's mapping threshold, so in its heap, touched; every 25th kept,
    // the last among them, so that nothing freed lies at the heap's top for free() to return.
    let buffers: (Uint8Array | null)[] | null = Array.from({ length: 1500 }, () =>
      new Uint8Array(100_000).fill(1),
    );
    const kept = buffers.filter((_, i) => i % 25 === 24);
    buffers = null;
    collectAll();
    const before = mb();
    trimAllocator();
    const after = mb();
    expect(kept).toHaveLength(60);
    expect(before - after).toBeGreaterThan(100);
  });

  it.runIf(glibc)(
    'loads koffi on the main thread only: called in a worker thread it loads nothing',
    async () => {
      // koffi loaded by a worker beside the main thread aborted runs ("FATAL ERROR:
      // Error::ThrowAsJavaScriptException napi_throw"); the main thread's call trims every heap.
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('koffi'));
      trimAllocator();
      expect(loaded()).toBe(true);
      const collect = new URL('../src/collect.ts', import.meta.url).href;
      const worker = new Worker(
        `const { parentPort } = require('node:worker_threads');
       import('tsx/esm/api')
         .then((tsx) => { tsx.register(); return import(${JSON.stringify(collect)}); })
         .then((m) => {
           m.trimAllocator();
           parentPort.postMessage(Object.keys(require.cache).some((k) => k.includes('koffi')));
         });`,
        { eval: true },
      );
      const inWorker = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      expect(inWorker).toBe(false);
    },
  );

  it('does nothing, and does not throw, where there is nothing to trim or no glibc', () => {
    expect(() => {
      trimAllocator();
      trimAllocator();
    }).not.toThrow();
  });
});

describe('contentOf', () => {
  it('encodes a streamed file piece by piece to the bytes of its whole text', () => {
    const pieces = ['file,row\n', 'a.csv,2\n', 'ë’😀,3\n', '', 'z,4\n'];
    const bytes = contentOf({ path: 'x.csv', text: () => pieces.values() });
    expect(Buffer.from(bytes).toString('utf8')).toBe(pieces.join(''));
    expect(bytes.byteLength).toBe(Buffer.byteLength(pieces.join('')));
  });
});
