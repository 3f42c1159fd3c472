/**
 * The accounting sheet: a region of up to `LEDGER_ROWS_SHOWN` rows lists every row; a larger one
 * (a national run's) lists its excluded rows only, in input order, at most `LEDGER_ROWS_SHOWN` of
 * them, and says how many rows there are and that respondents.csv has them all.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Accounting } from '../../src/analyse/types.js';
import type { LedgerRow } from '../../src/model/survey.js';
import { toContext } from '../../src/report/workbook/context.js';
import { addLedgerSheet, LEDGER_ROWS_SHOWN } from '../../src/report/workbook/ledger.js';
import { toFixtureContext } from './workbook-fixture.js';

/** `n` rows of one file; every `every`-th is a duplicate (excluded). */
function rowsOf(n: number, every: number): LedgerRow[] {
  return Array.from({ length: n }, (_, i) => ({
    file: 'export.csv',
    row: i + 2,
    line: i + 2,
    respondentId: `R${i}`,
    region: 'Twente',
    status: i % every === every - 1 ? 'excluded' : 'included',
    reason: i % every === every - 1 ? 'duplicate' : '',
  }));
}

function sheetFor(rows: LedgerRow[], lang: 'nl' | 'en' = 'en') {
  const excluded = rows.filter((r) => r.status === 'excluded').length;
  const run: Accounting = {
    rows: rows.length,
    included: rows.length - excluded,
    excluded: excluded > 0 ? [{ reason: 'duplicate', count: excluded }] : [],
  };
  const wb = new ExcelJS.Workbook();
  addLedgerSheet(wb, 'Accounting', toContext(toFixtureContext(lang)), {
    rows,
    total: rows.length,
    byFile: [{ file: 'export.csv', accounting: run }],
    run,
  });
  const ws = wb.getWorksheet('Accounting')!;
  const listed: { row: unknown; id: unknown; status: unknown }[] = [];
  for (let r = 2; ws.getCell(r, 2).value !== null; r++)
    listed.push({ row: ws.getCell(r, 2).value, id: ws.getCell(r, 3).value, status: ws.getCell(r, 4).value });
  // The note is the first text under the listing, in its first column.
  let note: unknown = null;
  for (let r = listed.length + 2; r < listed.length + 6 && note === null; r++) note = ws.getCell(r, 1).value;
  return { listed, note, total: ws.getCell(3, 8).value };
}

describe('the accounting sheet', () => {
  it('says so when a region too large to list has no excluded row', () => {
    const { listed, note } = sheetFor(rowsOf(LEDGER_ROWS_SHOWN + 1, LEDGER_ROWS_SHOWN + 5), 'nl');
    expect(listed).toEqual([]);
    expect(note).toBe('Geen van de 10.001 rijen is uitgesloten; respondents.csv bevat ze allemaal.');
  });

  it('lists every row of a region of up to LEDGER_ROWS_SHOWN rows, included and excluded, without a note', () => {
    const rows = rowsOf(LEDGER_ROWS_SHOWN, 50);
    const { listed, note, total } = sheetFor(rows);
    expect(listed).toHaveLength(LEDGER_ROWS_SHOWN);
    expect(listed.map((l) => l.row)).toEqual(rows.map((r) => r.row));
    expect(listed.filter((l) => l.status === 'excluded')).toHaveLength(LEDGER_ROWS_SHOWN / 50);
    expect(note).toBeNull();
    expect(total).toBe(LEDGER_ROWS_SHOWN);
  });

  it('lists only the excluded rows of a larger region, in input order, and says where the rest is', () => {
    const rows = rowsOf(3 * LEDGER_ROWS_SHOWN + 7, 40);
    const excluded = rows.filter((r) => r.status === 'excluded');
    const { listed, note, total } = sheetFor(rows);
    expect(listed.map((l) => l.id)).toEqual(excluded.map((r) => r.respondentId));
    expect(listed.every((l) => l.status === 'excluded')).toBe(true);
    expect(note).toBe(
      `Of the 30,007 rows, the ${excluded.length} excluded ones are listed here; respondents.csv has them all.`,
    );
    // The counts beside it still cover every row.
    expect(total).toBe(rows.length);
  });

  it('lists the first LEDGER_ROWS_SHOWN excluded rows when there are more, and says how many there are', () => {
    const rows = rowsOf(2 * LEDGER_ROWS_SHOWN + 2, 2);
    const excluded = rows.filter((r) => r.status === 'excluded');
    const { listed, note } = sheetFor(rows, 'nl');
    expect(listed).toHaveLength(LEDGER_ROWS_SHOWN);
    expect(listed.map((l) => l.id)).toEqual(excluded.slice(0, LEDGER_ROWS_SHOWN).map((r) => r.respondentId));
    expect(excluded).toHaveLength(10_001);
    expect(note).toBe(
      'De eerste 10.000 van de 10.001 uitgesloten rijen (van 20.002 rijen in totaal); respondents.csv bevat ze allemaal.',
    );
  });
});
