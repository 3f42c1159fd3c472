/** The fixtures are what their README says: public files byte for byte, synthetic ones as make-fixtures.ts writes them. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syntheticCsvFixtures } from '../fixtures/formats/make-fixtures.js';
import { fixtureBytes } from './fixtures.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('fixture provenance', () => {
  // Hashes of shared/fixtures/public/<file>, computed with sha256sum when copied.
  it.each([
    ['qualtrics_sample.csv', '3f55357fe3768d0f539dc8a47f39707f77344824ce40c675e941f2531ae2aaea'],
    ['qualtrics_sample_legacy.csv', '5c6d903404be0e04d2a12d3a0d960c1fded9d14317cacde402bca2b40719623b'],
    ['googleforms_sheets_2014_head.csv', 'f09418751eed1c663ee904ce71814ecdb33a56ffa15181aa40ec08384653ac8b'],
  ])('%s is the public copy, byte for byte', (file, hash) => {
    expect(sha256(fixtureBytes(file))).toBe(hash);
  });

  for (const [file, bytes] of syntheticCsvFixtures())
    it(`${file} is what make-fixtures.ts writes`, () => {
      expect(sha256(fixtureBytes(file))).toBe(sha256(bytes));
    });

  it('LimeSurvey fixtures start with a UTF-8 BOM and end with CRLF CRLF (CsvWriter close())', () => {
    for (const file of ['limesurvey_code.csv', 'limesurvey_full.csv', 'limesurvey_codetext.csv']) {
      const b = fixtureBytes(file);
      expect([...b.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x22]);
      expect([...b.subarray(-4)]).toEqual([13, 10, 13, 10]);
    }
  });
});
