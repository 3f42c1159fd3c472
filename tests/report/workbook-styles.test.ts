/**
 * SheetWriter shares one style object per look of a data cell (so exceljs writes 50,000 cells
 * with a handful of style look-ups): cells that look alike share a style id in the written
 * workbook, and a cell styled further (a bold label of `pairs`) never restyles the others.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toNumberFormats } from '../../src/report/workbook/cell.js';
import { SheetWriter } from '../../src/report/workbook/sheet.js';

async function written(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  const w = new SheetWriter(ws, toNumberFormats('nl'));
  w.table(
    [{ header: 'naam' }, { header: 'aandeel', format: 'share' }],
    [
      ['Aadorp', 0.25],
      ['Baarn', 0.5],
      ['Delft', 0.75],
    ],
  );
  w.pairs([
    ['Bron', 'export.csv'],
    ['Rijen', 'drie'],
  ]);
  w.finish();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back.getWorksheet('s')!;
}

describe('SheetWriter styles', () => {
  it('cells that look alike share a style; a bold label leaves the table cells as they were', async () => {
    const ws = await written();
    // the three names, and the three shares, each one look
    expect(new Set(['A2', 'A3', 'A4'].map((r) => JSON.stringify(ws.getCell(r).style))).size).toBe(1);
    expect(new Set(['B2', 'B3', 'B4'].map((r) => ws.getCell(r).numFmt)).size).toBe(1);
    expect(ws.getCell('B2').numFmt).toContain('%');
    expect(ws.getCell('B3').alignment?.horizontal).toBe('right');
    // the labels of `pairs` are bold, the table's names (the same look before) are not
    expect(ws.getCell('A5').font?.bold).toBe(true);
    expect(ws.getCell('A6').font?.bold).toBe(true);
    for (const r of ['A2', 'A3', 'A4']) expect(ws.getCell(r).font?.bold ?? false).toBe(false);
    // the values of `pairs` are left-aligned, the shares stay right-aligned
    expect(ws.getCell('B5').alignment?.horizontal).toBe('left');
    for (const r of ['B2', 'B3', 'B4']) expect(ws.getCell(r).alignment?.horizontal).toBe('right');
  });
});
