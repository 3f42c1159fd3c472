/**
 * A Qualtrics export as tab-separated UTF-16LE with a BOM (the TSV Qualtrics recommends for
 * non-Latin text; export-formats.md §3 marks the encoding unverified, so this fixture follows the
 * documented rule): decoded, split on tabs, and recognised as Qualtrics with 3 header rows.
 */
import { describe, expect, it } from 'vitest';
import { normalizeTable } from '../../src/ingest/formats/index.js';
import { parseCsv } from '../../src/ingest/read/csv.js';

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

describe('Qualtrics TSV in UTF-16LE (assumption: encoding unverified)', () => {
  it('is decoded, split on tabs and recognised with its 3 header rows', async () => {
    const rows = [
      ['StartDate', 'Finished', 'ResponseId', 'Q1', 'Q2_TEXT'],
      ['Start Date', 'Finished', 'Response ID', 'Hoe tevreden bent u?', 'Toelichting'],
      [
        '{"ImportId":"startDate"}',
        '{"ImportId":"finished"}',
        '{"ImportId":"_recordId"}',
        '{"ImportId":"QID1"}',
        '{"ImportId":"QID2_TEXT"}',
      ],
      ['2026-10-01 10:00:00', '1', 'R_1', '4', 'Zeer tevreden — 日本語 ook'],
    ];
    const text = rows
      .map((r) => r.map((c) => (c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join('\t'))
      .join('\r\n');
    const table = await parseCsv(utf16le(text), 'export.tsv');
    expect([table.encoding, table.delimiter]).toEqual(['utf-16le', '\t']);
    const normalized = normalizeTable(table);
    expect([normalized.tool, normalized.headers]).toEqual([
      'qualtrics',
      ['StartDate', 'Finished', 'ResponseId', 'Q1', 'Q2_TEXT'],
    ]);
    expect(normalized.records.map((r) => r.cells[4])).toEqual(['Zeer tevreden — 日本語 ook']);
    expect(normalized.meta.respondentId).toBe('ResponseId');
  });
});
