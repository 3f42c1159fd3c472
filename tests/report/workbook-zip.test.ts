import { describe, expect, it } from 'vitest';
import { toPngSize } from '../../src/report/workbook/charts.js';
import { toWorkbook } from '../../src/report/workbook/index.js';
import { toDosDateTime, toFixedZipTimes } from '../../src/report/workbook/zip.js';
import { toFixtureInput, toFixturePng } from './workbook-fixture.js';

describe('toDosDateTime', () => {
  // MS-DOS format (PKWARE APPNOTE 4.4.6): time = h<<11 | m<<5 | s/2, date = (y−1980)<<9 | mo<<5 | d.
  it('toDosDateTime(2026-03-01T12:00:00Z) is time 24576, date 23649', () => {
    // 12·2048 = 24576; (46·512) + (3·32) + 1 = 23552 + 96 + 1 = 23649
    expect(toDosDateTime(new Date('2026-03-01T12:00:00Z'))).toEqual({ time: 24576, day: 23649 });
  });

  it('toDosDateTime(2001-09-09T01:46:41Z) is time 3540, date 11049', () => {
    // 1·2048 + 46·32 + floor(41/2) = 2048 + 1472 + 20 = 3540; 21·512 + 9·32 + 9 = 10752 + 288 + 9 = 11049
    expect(toDosDateTime(new Date('2001-09-09T01:46:41Z'))).toEqual({ time: 3540, day: 11049 });
  });

  it('toDosDateTime(1970-01-01) is clamped to 1980-01-01 00:00 (time 0, date 33)', () => {
    // (0<<9) | (1<<5) | 1 = 33
    expect(toDosDateTime(new Date(0))).toEqual({ time: 0, day: 33 });
  });
});

describe('toFixedZipTimes', () => {
  it('sets the same time in every local header and central directory entry', async () => {
    const input = toFixtureInput('en');
    const zip = await toWorkbook(input);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const stamps = new Set<string>();
    // Scan for the signatures, independently of the directory walk in zip.ts.
    for (let p = 0; p + 16 <= zip.length; p++) {
      const signature = view.getUint32(p, true);
      if (signature === 0x04034b50)
        stamps.add(`${view.getUint16(p + 10, true)}/${view.getUint16(p + 12, true)}`);
      if (signature === 0x02014b50)
        stamps.add(`${view.getUint16(p + 12, true)}/${view.getUint16(p + 14, true)}`);
    }
    expect([...stamps]).toEqual(['24576/23649']);
  });

  it('throws on bytes that are not a ZIP archive', () => {
    expect(() => toFixedZipTimes(new Uint8Array(100), new Date())).toThrow('malformed ZIP');
  });
});

describe('toPngSize', () => {
  it('toPngSize(600×300 fixture chart) is { width: 600, height: 300 }', () => {
    expect(toPngSize(toFixturePng())).toEqual({ width: 450, height: 225 });
  });

  it('toPngSize of a JPEG header throws', () => {
    expect(() => toPngSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)]))).toThrow(
      'not a PNG',
    );
  });
});
