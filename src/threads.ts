/**
 * Worker threads on a script beside the calling module: the compiled JavaScript in dist/, or,
 * under the test runner, the TypeScript source, loaded through tsx's loader registered in the
 * worker first.
 */
import { Worker } from 'node:worker_threads';

/** A worker on `name` (without extension) beside the module at `base` (its `import.meta.url`). */
export function startWorker(base: string, name: string): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base));
  const source = new URL(`./${name}.ts`, base).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}
