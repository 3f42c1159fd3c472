/**
 * The report follows what the codebook says a question is for, never its block id: the demo
 * questionnaire with its blocks renamed (A–J → words, as researchers name them) gives the same
 * charts and the same slides, byte for byte. Only the workbook differs: its block sheets are
 * named after the blocks, as researchers look them up.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { ingest } from '../../src/ingest/index.js';
import { Codebook } from '../../src/model/codebook.js';
import { defaultRunOptions, readSetup, toInputs } from '../../src/pipeline.js';
import { toReportContext } from '../../src/report/context.js';
import { regionDocuments } from '../../src/report/index.js';
import { contentOf } from '../../src/report/writer.js';

const NAMES: Record<string, string> = {
  A: 'achtergrond',
  B: 'vormen',
  C: '3',
  D: 'voorwaarden',
  E: 'invloed',
  F: 'ervaring',
  G: 'hub',
  H: 'kansen',
  I: 'functies',
  J: 'slot',
};

async function documents(rename: boolean, region: string) {
  const setup = await readSetup(defaultRunOptions());
  const codebook = rename
    ? Codebook.parse({
        ...setup.codebook,
        blocks: setup.codebook.blocks.map((b) => ({ ...b, id: NAMES[b.id]! })),
        questions: setup.codebook.questions.map((q) => ({ ...q, block: NAMES[q.block]! })),
      })
    : setup.codebook;
  const survey = await ingest(toInputs(defaultRunOptions().inputs), { codebook, regions: setup.regions });
  const indicators = analyse(survey);
  const ctx = toReportContext(indicators, {
    lang: 'nl',
    generatedAt: new Date('2026-12-01T00:00:00Z'),
    version: '0.0.0',
    libraries: {},
    options: {},
  });
  const result = indicators.regions.find((r) => r.name === region)!;
  const table = indicators.table.filter((e) => e.region === region);
  const files = new Map<string, string>();
  for await (const file of regionDocuments(ctx, indicators, result, table))
    if (!file.path.endsWith('.xlsx') && !file.path.endsWith('.png'))
      files.set(file.path, new TextDecoder().decode(contentOf(file)));
  return { files, codebook };
}

describe('the demo with its blocks renamed', () => {
  it('gives the same charts and slides (Groningen)', async () => {
    const before = await documents(false, 'Groningen');
    const after = await documents(true, 'Groningen');
    expect(after.codebook.blocks.map((b) => b.id)).toContain('voorwaarden');
    expect([...after.files.keys()]).toEqual([...before.files.keys()]);
    expect([...before.files.keys()].filter((p) => p.endsWith('.vl.json')).length).toBeGreaterThan(15);
    for (const [path, text] of before.files) expect(after.files.get(path), path).toBe(text);
  });
});
