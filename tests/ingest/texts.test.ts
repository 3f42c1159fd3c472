import { describe, expect, it } from 'vitest';
import { OPEN_TEXTS_PER_REGION, readSurvey } from '../../src/ingest/index.js';
import { Texts } from '../../src/model/survey.js';
import { bytes, miniCodebook as codebook, HEADER, miniRegions as regions } from './mini.js';

describe('Texts', () => {
  it('Texts.from(["één", null, "x"]) gives the answers back, UTF-8 included', () => {
    const texts = Texts.from(['één', null, 'x']);
    expect(texts.toArray()).toEqual(['één', null, 'x']);
    expect([0, 1, 2].map((i) => texts.answered(i))).toEqual([true, false, true]);
  });

  it('an answer pushed without its text counts as answered but has no text', () => {
    const texts = new Texts();
    texts.push('bewaard');
    texts.push('niet bewaard', false);
    expect([texts.get(0), texts.get(1)]).toEqual(['bewaard', null]);
    expect(texts.answered(1)).toBe(true);
  });

  it('spans blocks: 3000 answers of 1000 characters read back whole', () => {
    const texts = new Texts();
    for (let i = 0; i < 3000; i++) texts.push(`${i}`.padEnd(1000, 'é'));
    texts.trim();
    expect(texts.get(2999)).toBe('2999'.padEnd(1000, 'é'));
    expect(texts.get(0)?.length).toBe(1000);
  });
});

describe('ingest keeps a sample of open-answer texts per region', () => {
  it(`keeps the first ${OPEN_TEXTS_PER_REGION} texts of a question in a region; later answers count, without text`, async () => {
    const rows = [HEADER];
    for (let i = 0; i < OPEN_TEXTS_PER_REGION + 5; i++)
      rows.push(`r${i},2026-10-01,1,Leiden,,,,4,4,antwoord ${i}`);
    rows.push('k1,2026-10-01,1,Katwijk,,,,4,4,kust');
    const { survey } = await readSurvey([{ file: 'x.csv', bytes: bytes(rows.join('\n')) }], {
      codebook,
      regions,
    });
    const open = survey.columns.get('opm');
    if (open?.kind !== 'text') throw new Error('no text column');
    expect(open.values.get(OPEN_TEXTS_PER_REGION - 1)).toBe(`antwoord ${OPEN_TEXTS_PER_REGION - 1}`);
    expect(open.values.get(OPEN_TEXTS_PER_REGION)).toBeNull();
    expect(open.values.answered(OPEN_TEXTS_PER_REGION)).toBe(true);
    // The sample is per region, not per municipality: Katwijk is in the same region as Leiden.
    expect(open.values.answered(survey.size - 1)).toBe(true);
    expect(open.values.get(survey.size - 1)).toBeNull();
  });
});
