/** The regioscan version and the versions of the libraries that shape its numbers and charts. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };

export const VERSION: string =
  readJson(fileURLToPath(new URL('../package.json', import.meta.url))).version ?? '0.0.0';

/** The libraries recorded in the manifest and printed with the version. */
export const LIBRARIES = [
  'papaparse',
  'exceljs',
  'simple-statistics',
  'vega',
  'vega-lite',
  '@resvg/resvg-js',
  'zod',
] as const;

const require = createRequire(import.meta.url);

/**
 * The installed version of a package, found from its resolved entry point upwards (packages with
 * an `exports` map do not expose `package.json` to `require`); null when it is not installed.
 */
export function versionOf(pkg: string): string | null {
  let dir: string;
  try {
    dir = dirname(require.resolve(pkg));
  } catch {
    return null;
  }
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = readJson(file);
      if (json.name === pkg) return json.version ?? null;
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Every library of `LIBRARIES` with its version, in that order. */
export function libraryVersions(): Record<string, string | null> {
  return Object.fromEntries(LIBRARIES.map((p) => [p, versionOf(p)]));
}
