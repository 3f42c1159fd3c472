/**
 * Region reports in worker threads give the same output, byte for byte, as one thread: every
 * file, in the same order, with the same bytes (and so the same manifest). On three regions of
 * the demo, so that two workers each make more than one region and finish out of order.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import type { Indicators } from '../../src/analyse/types.js';
import { ingest } from '../../src/ingest/index.js';
import { defaultRunOptions, readSetup, toInputs } from '../../src/pipeline.js';
import { writeReport } from '../../src/report/index.js';
import { memoryWriter } from '../../src/report/writer.js';

async function demoIndicators(): Promise<Indicators> {
  const paths = defaultRunOptions();
  const { codebook, regions } = await readSetup(paths);
  const survey = await ingest(toInputs(paths.inputs), { codebook, regions });
  const indicators = analyse(survey, { minCell: 10 });
  return { ...indicators, regions: indicators.regions.slice(0, 3) };
}

async function outputOf(indicators: Indicators, jobs: number) {
  const writer = memoryWriter();
  const paths = await writeReport(
    indicators,
    {
      lang: 'nl',
      generatedAt: new Date('2026-11-30T00:00:00Z'),
      version: '0.0.0-test',
      libraries: {},
      options: {},
      jobs,
    },
    writer,
  );
  return { paths, files: writer.files };
}

describe('regioscan run --jobs N', () => {
  it('writes the same files in the same order with the same bytes as one thread', async () => {
    const indicators = await demoIndicators();
    expect(indicators.regions.length).toBe(3);
    const one = await outputOf(indicators, 1);
    const two = await outputOf(indicators, 2);
    expect(two.paths).toEqual(one.paths);
    expect(one.paths.filter((p) => p.endsWith('/regioscan.xlsx'))).toHaveLength(3);
    // The run-wide files too, which workers make with two jobs: the overview and respondents.csv.
    expect(one.paths).toEqual(expect.arrayContaining(['index.html', 'respondents.csv']));
    expect(one.paths.filter((p) => /^charts\/.+\.png$/.test(p)).length).toBeGreaterThan(0);
    for (const path of one.paths)
      expect(Buffer.from(two.files.get(path)!).equals(Buffer.from(one.files.get(path)!)), path).toBe(true);
  }, 240_000);

  it('reports a worker’s failure as the run’s error, and writes nothing', async () => {
    const indicators = await demoIndicators();
    // A region whose results cannot be drawn: its Likert results are not a list.
    const broken = {
      ...indicators,
      regions: [indicators.regions[0]!, { ...indicators.regions[1]!, likert: null as never }],
    };
    const writer = memoryWriter();
    await expect(
      writeReport(
        broken,
        { lang: 'nl', generatedAt: new Date(0), version: '0', libraries: {}, options: {}, jobs: 2 },
        writer,
      ),
    ).rejects.toThrow();
    expect(writer.files.size).toBe(0);
  }, 240_000);
});
