/**
 * `initCodebook` streamed from a file proposes the codebook it proposed when it read the whole
 * export into memory. `golden/<export>.json` holds that earlier result (codebook, notes, tool and
 * layout) for every export fixture, written by the in-memory implementation of commit af36025
 * before init streamed; a change there is a change of behaviour, to be made on purpose.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initCodebook } from '../../src/init/index.js';

const fixtures = ['../fixtures/formats/', '../fixtures/init/'].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);
const golden = fileURLToPath(new URL('golden/', import.meta.url));
const exports = readdirSync(golden)
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** The folder holding fixture `name`. */
function folderOf(name: string): string {
  const dir = fixtures.find((d) => readdirSync(d).includes(name));
  if (!dir) throw new Error(`no fixture ${name}`);
  return dir;
}

describe('initCodebook({ file, path }) streams the export and proposes what the in-memory reader did', () => {
  it('has a golden result for every export fixture', () => {
    const all = fixtures.flatMap((d) =>
      readdirSync(d).filter((f) => /\.(csv|xlsx)$/.test(f) && f !== 'xlsform.xlsx'),
    );
    expect(exports).toEqual(all.sort());
  });

  for (const name of exports)
    it(`${name}: the same codebook and notes from its path as from its bytes`, async () => {
      const expected = JSON.parse(await readFile(join(golden, `${name}.json`), 'utf8'));
      const path = join(folderOf(name), name);
      const streamed = await initCodebook({ file: name, path });
      expect(streamed).toEqual(expected);
      const inMemory = await initCodebook({ file: name, bytes: new Uint8Array(await readFile(path)) });
      expect(inMemory).toEqual(expected);
    });
});
