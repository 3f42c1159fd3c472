/**
 * Paths as the command line and the reports name them, and the bundled demo's: kept apart from the
 * pipeline so that the command line can name them without loading the pipeline's libraries.
 */
import { isAbsolute, relative } from 'node:path';
import { demoPaths } from './demo.js';
import type { RunOptions } from './pipeline.js';

/** Default paths: the bundled demo. */
export function defaultRunOptions(): Pick<RunOptions, 'inputs' | 'codebook' | 'regions' | 'population'> {
  const demo = demoPaths();
  return {
    inputs: [demo.export],
    codebook: demo.codebook,
    regions: demo.regions,
    population: demo.population,
  };
}

/** A path as users should see it in reports: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}
