/**
 * Print setup and chart images of the workbook. Every sheet prints on A4, one page wide; each
 * chart sits beside the table it draws, and the charts sheet holds them all for printing.
 * Expected positions are worked out by hand from the fixture: rows of 15 pt are 20 px, a section
 * row 18 pt is 24 px, a wrapped header or row of two lines 32 pt is 42.7 px (96 dpi); charts are
 * shown at 3/8 of their PNG size (rendered at 2×), at most 860 px wide beside a table and 700 px
 * on the charts sheet.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG_SCALE } from '../../src/report/render/to-png.js';
import { toNumberFormats } from '../../src/report/workbook/cell.js';
import { addChartImages, addChartsSheet } from '../../src/report/workbook/charts.js';
import { toWorkbook } from '../../src/report/workbook/index.js';
import { readWorkbook, sheetOf, toFixtureInput, toFixturePng } from './workbook-fixture.js';

let nl: ExcelJS.Workbook;
beforeAll(async () => {
  nl = await readWorkbook(await toWorkbook(toFixtureInput('nl')));
});

/** Where an image is anchored (0-based column and row) and how large it is shown, in pixels. */
function placement(ws: ExcelJS.Worksheet) {
  return ws.getImages().map(({ range }) => {
    // A one-cell anchor reads back with its size (`ext`), which the declared type leaves out.
    const { ext } = range as typeof range & { ext: { width: number; height: number } };
    return { col: range.tl.nativeCol, row: range.tl.nativeRow, width: ext.width, height: ext.height };
  });
}

describe('print setup', () => {
  it('prints every sheet on A4 (paper size 9), one page wide and as many high as needed', () => {
    for (const ws of nl.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      });
      expect(ws.headerFooter.oddFooter, ws.name).toBe('&L&8&A&R&8&P / &N');
    }
  });

  it('prints the 16 columns of D landscape and the 5 columns of Respons and the charts portrait', () => {
    expect(sheetOf(nl, 'D Randvoorwaarden').pageSetup.orientation).toBe('landscape');
    expect(sheetOf(nl, 'Indicatoren').pageSetup.orientation).toBe('landscape');
    expect(sheetOf(nl, 'Respons').pageSetup.orientation).toBe('portrait');
    expect(sheetOf(nl, 'Grafieken').pageSetup.orientation).toBe('portrait');
  });

  it('repeats the header row of a one-table sheet on every page, else the title row', () => {
    expect(sheetOf(nl, 'Indicatoren').pageSetup.printTitlesRow).toBe('1:1');
    expect(sheetOf(nl, 'Verantwoording').pageSetup.printTitlesRow).toBe('1:1');
    // A has one table, its header in row 5 under the title, legend and section heading.
    expect(sheetOf(nl, 'A Achtergrond').getCell('A5').value).toBe('Id');
    expect(sheetOf(nl, 'A Achtergrond').pageSetup.printTitlesRow).toBe('5:5');
    expect(sheetOf(nl, 'D Randvoorwaarden').pageSetup.printTitlesRow).toBe('1:1');
  });

  it('prints the tables of a sheet with charts beside them, not the charts (D: A1:P25)', () => {
    const ws = sheetOf(nl, 'D Randvoorwaarden');
    expect(ws.columnCount).toBe(16);
    expect(ws.pageSetup.printArea).toBe('A1:P25');
    expect(sheetOf(nl, 'Respons').pageSetup.printArea).toBe('A1:E22');
  });
});

describe('charts beside their tables', () => {
  it('puts the role chart right of the response tables (5 columns and one empty), level with "Respons naar rol"', () => {
    const ws = sheetOf(nl, 'Respons');
    expect(ws.getCell('A4').value).toBe('Respons naar rol');
    expect(placement(ws)).toEqual([{ col: 6, row: 3, width: 225, height: 113 }]);
  });

  it('puts the ladder chart on C1, right of its 12-column tables, level with the ladder section', () => {
    const ws = sheetOf(nl, 'C1 Participatieladder nu');
    expect(ws.getCell('A4').value).toBe('Participatieladder per beleidsfase');
    expect(placement(ws)).toEqual([{ col: 13, row: 3, width: 225, height: 113 }]);
  });

  it('puts the statements chart (2400×1000, shown 860 wide) beside the statements of D and the index chart below it', () => {
    const ws = sheetOf(nl, 'D Randvoorwaarden');
    expect(ws.getCell('A4').value).toBe('Stellingen');
    expect(ws.getCell('A10').value).toBe('Indexen (0–100)');
    // The index chart would start level with its section in row 10, but the statements chart
    // reaches row 15 (24 + 42.7 + 42.7 + 20 + 42.7 + 20 + 24 + 42.7 + 20 + 20 + 24 + 42.7 ≥ 358
    // px), so it starts one row further, in row 17.
    expect(placement(ws)).toEqual([
      { col: 17, row: 3, width: 860, height: 358 },
      { col: 17, row: 16, width: 225, height: 113 },
    ]);
  });

  it('shows no chart beside a table that none draws, and the perspective chart only on the charts sheet', () => {
    expect(sheetOf(nl, 'A Achtergrond').getImages()).toEqual([]);
    expect(sheetOf(nl, 'H Kansen en uitdagingen').getImages()).toEqual([]);
    const beside = nl.worksheets.filter((ws) => ws.name !== 'Grafieken').flatMap((ws) => ws.getImages());
    expect(beside).toHaveLength(4);
  });

  it('stores each PNG once: the statements chart on D and on the charts sheet is one image', () => {
    const d = sheetOf(nl, 'D Randvoorwaarden').getImages()[0]!;
    const charts = sheetOf(nl, 'Grafieken').getImages()[2]!;
    expect(d.imageId).toBe(charts.imageId);
    const stored = Buffer.from(nl.getImage(Number(d.imageId)).buffer as unknown as Uint8Array);
    expect(stored.equals(Buffer.from(toFixturePng(1200, 500)))).toBe(true);
    expect(nl.model.media).toHaveLength(5);
  });
});

describe('the charts sheet', () => {
  it('lists all five charts in the order of the report, each title above its image, at most 700 px wide', () => {
    const ws = sheetOf(nl, 'Grafieken');
    expect(ws.getCell('A1').value).toBe('Grafieken – Holland Rijnland');
    // Title in row 3, image from row 4 over 6 rows of 20 px (113 px), an empty row, the next title.
    expect(['A3', 'A11', 'A19', 'A36', 'A44'].map((a) => ws.getCell(a).value)).toEqual([
      'Respondenten per rol',
      'Participatieladder nu en gewenst',
      'Randvoorwaarden: mate van instemming',
      'Randvoorwaarden',
      'Inwoners en professionals vergeleken',
    ]);
    expect(placement(ws)).toEqual([
      { col: 0, row: 3, width: 225, height: 113 },
      { col: 0, row: 11, width: 225, height: 113 },
      { col: 0, row: 19, width: 700, height: 291 },
      { col: 0, row: 36, width: 225, height: 113 },
      { col: 0, row: 44, width: 225, height: 113 },
    ]);
    expect(ws.pageSetup.printArea).toBe('A1:A50');
  });
});

describe('addChartImages: a chart drawn at a smaller scale than PNG_SCALE', () => {
  it('is shown at the same size as when drawn at PNG_SCALE: 3/4 of its SVG size', () => {
    // The same 400×300 chart, once at 1.5 (600×450 PNG pixels) and once at 1 (400×300).
    const wb = new ExcelJS.Workbook();
    const [full, smaller] = addChartImages(wb, [
      { id: 'a', title: 'A', png: toFixturePng(400, 300), scale: PNG_SCALE },
      { id: 'b', title: 'B', png: toFixturePng(400 / PNG_SCALE, 300 / PNG_SCALE), scale: 1 },
    ]);
    expect(full!.image).toMatchObject({ width: 300, height: 225 });
    expect(smaller!.image).toMatchObject({ width: 300, height: 225 });
  });
});

describe('addChartsSheet(wb, …, four charts of 2400×1600)', () => {
  it('breaks the page before each chart that would not fit: after rows 28, 54 and 80', () => {
    // Each chart is shown 700×467 px: its title row (24 px), 24 rows of 20 px, an empty row:
    // 524 px; a portrait page holds 0.95 × 1016.6 − 28 (the repeated title) = 937.8 px, so one
    // chart per page. Chart 1 has its title in row 3 and its image in rows 4–27, row 28 empty.
    const wb = new ExcelJS.Workbook();
    const png = toFixturePng(1200, 800);
    const charts = addChartImages(
      wb,
      [1, 2, 3, 4].map((i) => ({ id: `c${i}`, title: `Chart ${i}`, png, scale: PNG_SCALE })),
    );
    addChartsSheet(wb, 'Charts', 'Charts – X', charts, toNumberFormats('en'));
    const ws = wb.getWorksheet('Charts')!;
    expect(['A3', 'A29', 'A55', 'A81'].map((a) => ws.getCell(a).value)).toEqual([
      'Chart 1',
      'Chart 2',
      'Chart 3',
      'Chart 4',
    ]);
    expect(ws.model.rowBreaks.map((b) => b.id)).toEqual([28, 54, 80]);
    expect(wb.model.media).toHaveLength(4);
  });
});
