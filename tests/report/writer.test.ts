/**
 * The writer: files are written and hashed as they arrive, the bytes waiting between the report
 * and the disk stay under the high-water mark whatever the number of regions, the manifest can be
 * made from what was written, and output moves into place only on commit.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import type { Indicators } from '../../src/analyse/types.js';
import { ingest } from '../../src/ingest/index.js';
import { defaultRunOptions, readSetup, toInputs } from '../../src/pipeline.js';
import { writeReport } from '../../src/report/index.js';
import { folderWriter, type OutputFile } from '../../src/report/writer.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'regioscan-writer-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KB = 1024;

/** `regions` regions of five 200 KB files each, made only when asked for. */
function* files(regions: number): Generator<OutputFile> {
  for (let r = 0; r < regions; r++)
    for (let f = 0; f < 5; f++)
      yield { path: `r${r}/f${f}.bin`, bytes: new Uint8Array(200 * KB).fill(r + f) };
}

describe('folderWriter(out, highWaterMark)', () => {
  it.each([3, 30])(
    'keeps at most the high-water mark plus one file waiting, for %i regions',
    async (regions) => {
      const out = join(dir, `bounded-${regions}`);
      const writer = folderWriter(out, 512 * KB);
      for (const f of files(regions)) await writer.write(f);
      const written = await writer.flush();
      await writer.commit();
      expect(written).toHaveLength(regions * 5);
      expect(writer.peakBufferedBytes).toBeGreaterThan(0);
      expect(writer.peakBufferedBytes).toBeLessThanOrEqual(512 * KB + 200 * KB);
      const expected = createHash('sha256')
        .update(new Uint8Array(200 * KB).fill(1))
        .digest('hex');
      expect(written.find((w) => w.path === 'r0/f1.bin')).toEqual({
        path: 'r0/f1.bin',
        bytes: 200 * KB,
        sha256: expected,
      });
      expect((await readdir(out)).sort()).toHaveLength(regions);
    },
  );

  it('hashes a streamed text file as it writes it', async () => {
    const out = join(dir, 'streamed');
    const writer = folderWriter(out);
    const pieces = ['a,b\n', '1,2\n', '3,4\n'];
    await writer.write({ path: 'table.csv', text: () => pieces });
    const [w] = await writer.flush();
    await writer.commit();
    expect(w).toEqual({
      path: 'table.csv',
      bytes: 12,
      sha256: createHash('sha256').update(pieces.join('')).digest('hex'),
    });
    expect(await readFile(join(out, 'table.csv'), 'utf8')).toBe(pieces.join(''));
  });

  it('abort leaves the previous output as it was and no staging folder', async () => {
    const out = join(dir, 'abort');
    await mkdir(join(out, 'r0'), { recursive: true });
    await writeFile(join(out, 'r0', 'old.txt'), 'previous');
    const manifest = { tool: 'regioscan', outputs: [{ path: 'r0/old.txt', bytes: 8, sha256: '' }] };
    await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest));
    const writer = folderWriter(out);
    for (const f of files(2)) await writer.write(f);
    await writer.flush();
    expect((await readdir(dir)).filter((e) => e.startsWith('.abort.staging-'))).toHaveLength(1);
    await writer.abort();
    expect(await readFile(join(out, 'r0', 'old.txt'), 'utf8')).toBe('previous');
    expect((await readdir(dir)).filter((e) => e.startsWith('.abort.') || e === 'abort.lock')).toEqual([]);
    expect((await readdir(out)).filter((e) => e.startsWith('.staging'))).toEqual([]);
  });

  it('refuses to commit when two files have the same path', async () => {
    const writer = folderWriter(join(dir, 'twice'));
    await writer.write({ path: 'a/x.txt', bytes: new Uint8Array([1]) });
    await writer.write({ path: 'a/x.txt', bytes: new Uint8Array([2]) });
    await expect(writer.commit()).rejects.toThrow(/written twice: a\/x.txt/);
    await writer.abort();
  });
});

describe('writeReport: the report stage streams region by region', () => {
  let indicators: Indicators;
  beforeAll(async () => {
    const setup = await readSetup(defaultRunOptions());
    indicators = analyse(await ingest(toInputs(defaultRunOptions().inputs), setup));
  });

  const options = {
    lang: 'nl' as const,
    generatedAt: new Date('2026-12-01T00:00:00Z'),
    version: '0.0.0',
    libraries: {},
    options: {},
  };

  it('peaks at the same buffered bytes for 1 region and for 4, while writing four times as much', async () => {
    const measure = async (regions: number) => {
      const out = join(dir, `report-${regions}`);
      const writer = folderWriter(out, 256 * KB);
      const subset = { ...indicators, regions: indicators.regions.slice(-regions) };
      await writeReport(subset, options, writer);
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
        outputs: { path: string; bytes: number }[];
      };
      const largest = Math.max(...manifest.outputs.map((o) => o.bytes));
      // The regions' own files (not the overview's, such as charts/map-country.png).
      const own = (path: string) => subset.regions.some((r) => path.startsWith(`${r.slug}/`));
      const total = manifest.outputs.filter((o) => own(o.path)).reduce((s, o) => s + o.bytes, 0);
      return { peak: writer.peakBufferedBytes, largest, total, out, manifest };
    };
    const one = await measure(1);
    const four = await measure(4);
    expect(four.total).toBeGreaterThan(3.5 * one.total);
    for (const m of [one, four]) expect(m.peak).toBeLessThanOrEqual(256 * KB + m.largest);
    expect(four.peak).toBeLessThanOrEqual(one.peak + four.largest);
    // The manifest lists what was written, with the hash of the bytes on disk.
    const html = four.manifest.outputs.find((o) => o.path === 'groningen/regioscan.html') as unknown as {
      sha256: string;
    };
    const bytes = await readFile(join(four.out, 'groningen', 'regioscan.html'));
    expect(html.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(existsSync(join(four.out, 'manifest.json'))).toBe(true);
  });
});
