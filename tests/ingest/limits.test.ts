/**
 * Limits and damaged workbooks (issue 10.1): every hazard ends in an `InputError` that names the
 * file, the limit and how to raise it, never in a crash or a blow-up. The workbooks are written by
 * the test: with exceljs, or part by part (xlsx-parts.ts), so that a part can lie about its size,
 * be cut short or refer to what is not there.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCodebookData } from '../../src/ingest/codebook.js';
import { InputError } from '../../src/ingest/errors.js';
import {
  DEFAULT_LIMITS,
  type Limits,
  limitMessage,
  parseLimitOptions,
  RecordLimits,
} from '../../src/ingest/limits.js';
import { parseXlsx } from '../../src/ingest/read/xlsx.js';
import { parseXlsForm } from '../../src/ingest/xlsform.js';
import { SHEET, STRINGS, workbookParts, zip } from './xlsx-parts.js';

const limits = (over: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...over });

/** The issues of the `InputError` that `run` throws (or fails the test). */
async function issuesOf(run: () => unknown): Promise<InputError['issues']> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}

async function exceljsWorkbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  ws.getCell('A1').value = 'regio';
  ws.getCell('B1').value = 'v1';
  ws.getCell('A2').value = 'Noord';
  ws.getCell('B2').value = 3;
  fill(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('parseLimitOptions(values)', () => {
  it('is the defaults without values, and reads counts, grouped digits and sizes in KB/MB/GB', () => {
    expect(parseLimitOptions([])).toEqual(DEFAULT_LIMITS);
    const l = parseLimitOptions([
      'rows=10_000_000',
      'columns=6,000',
      'xlsx-inflated=300MB',
      'file-size=1.5GB',
    ]);
    expect(l.rows).toBe(10_000_000);
    expect(l.columns).toBe(6000);
    expect(l.xlsxInflated).toBe(300 * 1024 * 1024);
    expect(l.fileSize).toBe(1.5 * 1024 ** 3);
    expect(l.options).toBe(1000);
  });

  it('refuses an unknown name, a unit on a count, and zero', () => {
    expect(() => parseLimitOptions(['lines=5'])).toThrow(
      /expected NAME=NUMBER with NAME one of file-size, rows/,
    );
    expect(() => parseLimitOptions(['rows=5MB'])).toThrow(/rows is a count, without a unit/);
    expect(() => parseLimitOptions(['rows=0'])).toThrow(/at least 1/);
  });
});

describe('RecordLimits.check(cells, row, line)', () => {
  it('names the row and column of the first cell beyond a limit', async () => {
    const l = limits({ cellLength: 5, columns: 3, rows: 2 });
    const check = new RecordLimits('e.csv', l);
    const [long] = await issuesOf(() => check.check(['ok', 'toolong'], 1, 1));
    expect(long).toMatchObject({ code: 'limit_cell_length', file: 'e.csv', row: 1, column: 'B' });
    expect(long!.message).toBe(limitMessage.cellLength(7, l));
    expect(long!.message).toContain('--limit cell-length=NUMBER');
    const [wide] = await issuesOf(() => new RecordLimits('e.csv', l).check(['a', 'b', 'c', 'd'], 4, 6));
    expect(wide).toMatchObject({ code: 'limit_columns', row: 4, line: 6 });
    const rows = new RecordLimits('e.csv', l);
    rows.check(['a'], 1, 1);
    rows.check(['a'], 2, 2);
    const [many] = await issuesOf(() => rows.check(['a'], 3, 3));
    expect(many).toMatchObject({ code: 'limit_rows', row: 3, message: limitMessage.rows(l) });
  });
});

describe('parseXlsx(bytes, file, limits): the cells a sheet holds, never its extent', () => {
  it('reads a workbook written part by part (the fixtures below are sound apart from their flaw)', async () => {
    const table = await parseXlsx(zip(workbookParts(SHEET, STRINGS)), 'w.xlsx');
    expect(table.records.map((r) => r.cells)).toEqual([
      ['regio', 'v1'],
      ['Noord', '3'],
      ['Zuid', '4'],
    ]);
  });

  it('one cell at A1048576: three records, two columns wide, the last on sheet row 1,048,576', async () => {
    const bytes = await exceljsWorkbook((ws) => {
      ws.getCell('A1048576').value = 'Zuid';
    });
    const before = process.memoryUsage().heapUsed;
    const table = await parseXlsx(bytes, 'a.xlsx');
    expect(table.records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['regio', 'v1']],
      [2, ['Noord', '3']],
      [1048576, ['Zuid', '']],
    ]);
    // Visiting the extent took 1.9 GB; what is read here is a few kilobytes.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('one cell at XFD1048576: a columns error naming the cell, or with the limit raised, the cell read', async () => {
    const bytes = await exceljsWorkbook((ws) => {
      ws.getCell('XFD1048576').value = 'x';
    });
    const [issue] = await issuesOf(() => parseXlsx(bytes, 'xfd.xlsx'));
    expect(issue).toMatchObject({ code: 'limit_columns', file: 'xfd.xlsx', row: 1048576, column: 'XFD' });
    expect(issue!.message).toBe(limitMessage.sheetColumns('XFD1048576', 16384, DEFAULT_LIMITS));
    const table = await parseXlsx(bytes, 'xfd.xlsx', limits({ columns: 16384 }));
    expect(table.records).toHaveLength(3);
    expect(table.records[2]!.row).toBe(1048576);
    expect(table.records[2]!.cells).toHaveLength(16384);
    expect(table.records[2]!.cells[16383]).toBe('x');
    expect(table.records[0]!.cells.slice(0, 3)).toEqual(['regio', 'v1', '']);
  });

  it('refuses a sheet whose rows × last column exceed sheet-cells', async () => {
    const bytes = await exceljsWorkbook((ws) => {
      ws.getCell('Z3').value = 'far';
    });
    const [issue] = await issuesOf(() => parseXlsx(bytes, 's.xlsx', limits({ sheetCells: 50 })));
    expect(issue!.code).toBe('limit_sheet_cells');
    expect(issue!.message).toContain('78 cells'); // 3 rows to column Z (26)
  });

  it('refuses merged cells over the whole sheet before exceljs expands them cell by cell', async () => {
    const bytes = zip(
      workbookParts(SHEET, STRINGS, '<mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells>'),
    );
    const [issue] = await issuesOf(() => parseXlsx(bytes, 'm.xlsx'));
    expect(issue!.code).toBe('limit_sheet_cells');
    expect(issue!.message).toContain(`${(16382 * 1048576).toLocaleString('en-US')} cells`);
  });

  it('a cell beyond XFD1048576 or a column definition past 16,384 is damage', async () => {
    const far = zip(workbookParts(`${SHEET}<row r="4"><c r="XFE4"><v>1</v></c></row>`, STRINGS));
    const [cell] = await issuesOf(() => parseXlsx(far, 'f.xlsx'));
    expect(cell).toMatchObject({ code: 'xlsx_damaged', file: 'f.xlsx' });
    expect(cell!.message).toContain('XFE4');
    const parts = workbookParts(SHEET, STRINGS);
    parts[5]!.data = String(parts[5]!.data).replace(
      '<sheetData>',
      '<cols><col min="1" max="2000000000" width="9"/></cols><sheetData>',
    );
    const [cols] = await issuesOf(() => parseXlsx(zip(parts), 'c.xlsx'));
    expect(cols!.code).toBe('xlsx_damaged');
  });
});

describe('parseXlsx: ZIP checks before anything is inflated', () => {
  it('a part that inflates beyond xlsx-ratio times its size is refused as a zip bomb', async () => {
    const parts = [
      ...workbookParts(SHEET, STRINGS),
      { name: 'xl/media/bomb.bin', data: new Uint8Array(4 << 20) },
    ];
    const [issue] = await issuesOf(() => parseXlsx(zip(parts), 'bomb.xlsx'));
    expect(issue!.code).toBe('limit_xlsx_ratio');
    expect(issue!.message).toContain('xl/media/bomb.bin');
    expect(issue!.message).toContain('--limit xlsx-ratio=NUMBER');
  });

  it('a part that declares a small size and inflates to more stops at its declared size', async () => {
    const parts = [
      ...workbookParts(SHEET, STRINGS),
      { name: 'xl/media/liar.bin', data: new Uint8Array(4 << 20), declare: 100 },
    ];
    const [issue] = await issuesOf(() => parseXlsx(zip(parts), 'liar.xlsx'));
    expect(issue!.code).toBe('xlsx_damaged');
    expect(issue!.message).toContain(
      'the XLSX file is damaged: its part xl/media/liar.bin inflates to more than the 100 bytes it declares',
    );
  });

  it('all parts together beyond xlsx-inflated, or more parts than xlsx-parts, are refused', async () => {
    const bytes = zip(workbookParts(SHEET, STRINGS));
    const small = limits({ xlsxInflated: 1000 });
    const [inflated] = await issuesOf(() => parseXlsx(bytes, 'w.xlsx', small));
    expect(inflated!.code).toBe('limit_xlsx_inflated');
    expect(inflated!.message).toContain(
      '(limit xlsx-inflated: 1,000 bytes; raise it with --limit xlsx-inflated=NUMBER)',
    );
    const [parts] = await issuesOf(() => parseXlsx(bytes, 'w.xlsx', limits({ xlsxParts: 3 })));
    expect(parts!.message).toBe(limitMessage.xlsxParts(6, limits({ xlsxParts: 3 })));
  });

  it('a truncated file, a file that is not a ZIP and a bad shared-string index are damage, named', async () => {
    const bytes = zip(workbookParts(SHEET, STRINGS));
    const [cut] = await issuesOf(() => parseXlsx(bytes.subarray(0, bytes.length >> 1), 'cut.xlsx'));
    expect(cut).toMatchObject({ code: 'xlsx_damaged', file: 'cut.xlsx' });
    expect(cut!.message).toContain('cut short');
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200).fill(7)]);
    const [notZip] = await issuesOf(() => parseXlsx(junk, 'junk.xlsx'));
    expect(notZip!.code).toBe('xlsx_damaged');
    const bad = zip(
      workbookParts(SHEET.replace('<c r="A3" t="s"><v>3</v>', '<c r="A3" t="s"><v>999</v>'), STRINGS),
    );
    const [index] = await issuesOf(() => parseXlsx(bad, 'ss.xlsx'));
    expect(index!.code).toBe('xlsx_damaged');
    expect(index!.message).toContain(
      'cell A3 of xl/worksheets/sheet1.xml refers to shared string 999, but the workbook has 4',
    );
  });
});

describe('parseXlsForm(bytes, file, limits)', () => {
  it('a truncated form is named as damaged, not an unexpected error', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('survey').addRow(['type', 'name', 'label']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const [issue] = await issuesOf(() => parseXlsForm(bytes.subarray(0, bytes.length - 40), 'form.xlsx'));
    expect(issue).toMatchObject({ code: 'xlsx_damaged', file: 'form.xlsx' });
  });

  it('reads a choices list of 5,000 names in one pass, and validation then refuses it beyond options', async () => {
    const wb = new ExcelJS.Workbook();
    const survey = wb.addWorksheet('survey');
    survey.addRow(['type', 'name', 'label']);
    survey.addRow(['select_one regio', 'regio', 'Regio']);
    survey.addRow(['select_one veel', 'keus', 'Keuze']);
    const choices = wb.addWorksheet('choices');
    choices.addRow(['list_name', 'name', 'label']);
    choices.addRow(['regio', 'noord', 'Noord']);
    for (let i = 0; i < 5000; i++) choices.addRow(['veel', `k${i}`, `keuze ${i}`]);
    const form = await parseXlsForm(new Uint8Array(await wb.xlsx.writeBuffer()), 'form.xlsx');
    expect(form.scales.find((s) => s.id === 'veel')!.options).toHaveLength(5000);
    const [issue] = await issuesOf(() => parseCodebookData(form, 'form.xlsx'));
    expect(issue).toMatchObject({ code: 'limit_options', column: 'scales.1' });
    expect(issue!.message).toBe(limitMessage.options('veel', 5000, DEFAULT_LIMITS));
  });
});

describe('parseCodebookData(data, file, limits)', () => {
  const codebook = (options: number) => ({
    survey: { id: 's', title: { nl: 'Scan\u0007', en: 'Scan' } },
    region: { question: 'regio', level: 'region' },
    blocks: [{ id: 'A', title: { nl: 'Blok\u001b[31m A', en: 'Block A' } }],
    scales: [
      { id: 'regio', options: [{ code: 1, label: { nl: 'Noord\u0000', en: 'North' } }] },
      {
        id: 'groot',
        options: Array.from({ length: options }, (_, i) => ({
          code: i + 1,
          label: { nl: `o${i}`, en: `o${i}` },
        })),
      },
    ],
    questions: [
      {
        id: 'regio',
        block: 'A',
        type: 'single',
        column: 'regio',
        scale: 'regio',
        text: { nl: 'Regio\u0008', en: 'Region' },
      },
      {
        id: 'v',
        block: 'A',
        type: 'single',
        column: 'v',
        scale: 'groot',
        text: { nl: 'Vraag', en: 'Question' },
      },
    ],
  });

  it('refuses a scale of 200,000 options with the limit and what to do', async () => {
    const [issue, ...rest] = await issuesOf(() => parseCodebookData(codebook(200_000), 'cb.json'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'limit_options', file: 'cb.json', column: 'scales.1' });
    expect(issue!.message).toBe(limitMessage.options('groot', 200_000, DEFAULT_LIMITS));
    expect(
      parseCodebookData(codebook(200_000), 'cb.json', limits({ options: 200_000 })).scales[1]!.options,
    ).toHaveLength(200_000);
  });

  it('takes control characters out of the texts readers see; the option keeps its raw label as an alias', () => {
    const book = parseCodebookData(codebook(3), 'cb.json');
    expect(book.survey.title.nl).toBe('Scan');
    expect(book.blocks[0]!.title.nl).toBe('Blok[31m A');
    expect(book.questions[0]!.text.nl).toBe('Regio');
    expect(book.scales[0]!.options[0]!.label.nl).toBe('Noord');
    expect(book.scales[0]!.options[0]!.aliases).toContain('Noord\u0000');
  });
});
