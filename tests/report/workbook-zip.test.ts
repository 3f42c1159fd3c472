import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toPngSize } from '../../src/report/workbook/charts.js';
import { toWorkbook } from '../../src/report/workbook/index.js';
import { toDeflatedZip, toDosDateTime } from '../../src/report/workbook/zip.js';
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

describe('toDeflatedZip', () => {
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

  it('deflates what compresses, stores what does not, and JSZip reads back every entry with its CRC', async () => {
    const text = '<row><c r="A1" t="s"><v>0</v></c></row>'.repeat(2_000);
    // Bytes from a linear congruential generator: deflate cannot make them smaller.
    const noise = new Uint8Array(20_000);
    for (let i = 0, x = 12345; i < noise.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      noise[i] = x >>> 24;
    }
    const source = new JSZip();
    source.file('xl/worksheets/sheet1.xml', text);
    source.file('xl/media/image1.png', noise);
    source.file('empty.txt', '');
    const stored = await source.generateAsync({ type: 'uint8array', compression: 'STORE' });

    const zip = toDeflatedZip(stored, new Date('2026-03-01T12:00:00Z'));
    expect(zip.length).toBeLessThan(stored.length - text.length / 2);
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    const files = Object.values(read.files).filter((f) => !f.dir);
    expect(files.map((f) => f.name).sort()).toEqual([
      'empty.txt',
      'xl/media/image1.png',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(await read.file('xl/worksheets/sheet1.xml')?.async('string')).toBe(text);
    expect(await read.file('xl/media/image1.png')?.async('uint8array')).toEqual(noise);
    expect(await read.file('empty.txt')?.async('string')).toBe('');
    // Compression method of each central directory entry (offset 10), by name.
    const methods = new Map<string, number>();
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let p = 0; p + 46 <= zip.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + view.getUint16(p + 28, true)));
      methods.set(name, view.getUint16(p + 10, true));
    }
    expect(methods.get('xl/worksheets/sheet1.xml')).toBe(8);
    expect(methods.get('xl/media/image1.png')).toBe(0);
  });

  it('throws on bytes that are not a ZIP archive', () => {
    expect(() => toDeflatedZip(new Uint8Array(100), new Date())).toThrow('malformed ZIP');
  });

  it('throws on an archive whose entries are already compressed', async () => {
    const source = new JSZip();
    source.file('a.xml', 'x'.repeat(1_000));
    const deflated = await source.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(() => toDeflatedZip(deflated, new Date())).toThrow('not stored');
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
