/**
 * XLSX bytes to records with exceljs: the first worksheet with data, every cell as text
 * (numbers as written, dates as ISO `YYYY-MM-DD HH:MM:SS` read in UTC, formulas by their result).
 * The ZIP is checked first (zip.ts: sizes, zip bombs, references beyond a sheet); then only the
 * cells the sheet holds are visited, never its declared extent, and the table is as wide as its
 * last used column, within the limits.
 */
import type ExcelJS from 'exceljs';
import { fileError, type InputError } from '../errors.js';
import {
  columnLetters,
  DEFAULT_LIMITS,
  type Limits,
  limitError,
  limitMessage,
  RecordLimits,
} from '../limits.js';
import { isBlankRecord, type RawTable } from './table.js';
import { checkXlsxZip, inflatePart, readZipDirectory, ZipDamage } from './zip.js';

/** Parse XLSX bytes into a `RawTable`; the sheet row number is the record's line. */
export async function parseXlsx(
  bytes: Uint8Array,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<RawTable> {
  const workbook = await loadWorkbook(bytes, file, limits);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  const table: RawTable = {
    file,
    records: [],
    encoding: 'xlsx',
    delimiter: null,
    blankRecords: 0,
    notes: [],
  };
  if (!sheet) return table;
  for (const { cells, row } of readSheetRows(sheet, file, limits)) {
    if (isBlankRecord(cells)) table.blankRecords++;
    else table.records.push({ cells, row, line: row });
  }
  return table;
}

/**
 * An XLSX opened with exceljs after its ZIP is checked: a limit exceeded or a damaged file is an
 * `InputError` naming the file ("the XLSX file is damaged: …"), never exceljs's own failure.
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<ExcelJS.Workbook> {
  try {
    checkXlsxZip(bytes, file, limits);
  } catch (error) {
    if (error instanceof ZipDamage) throw damaged(file, error.message);
    throw error;
  }
  // Loaded here, not with the module: a CSV run does not need it (0.3 s of every start-up).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types want a Node Buffer; the bytes are not copied.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch (error) {
    throw damaged(file, diagnose(bytes) ?? `exceljs cannot read it (${(error as Error).message})`);
  }
  return workbook;
}

/** The rows of a sheet that hold something, each as wide as the sheet's last used column. */
export function readSheetRows(
  sheet: ExcelJS.Worksheet,
  file: string,
  limits: Limits,
): { cells: string[]; row: number }[] {
  // Only the rows and cells that exist: a stray cell at XFD1048576 must not make the sheet's
  // whole extent be visited.
  let width = 0;
  let widest = 0;
  let rows = 0;
  sheet.eachRow((row, number) => {
    rows++;
    row.eachCell((_, column) => {
      if (column > width) {
        width = column;
        widest = number;
      }
    });
  });
  if (width > limits.columns)
    throw limitError(
      file,
      'columns',
      limitMessage.sheetColumns(`${columnLetters(width - 1)}${widest}`, width, limits),
      { row: widest, line: widest, column: columnLetters(width - 1) },
    );
  if (rows * width > limits.sheetCells)
    throw limitError(
      file,
      'sheetCells',
      limitMessage.sheetCells(
        `the sheet "${sheet.name}" (${rows} rows to column ${columnLetters(width - 1)})`,
        rows * width,
        limits,
      ),
    );
  const check = new RecordLimits(file, limits);
  const out: { cells: string[]; row: number }[] = [];
  sheet.eachRow((row, number) => {
    const cells = new Array<string>(width).fill('');
    row.eachCell((cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    check.check(cells, number, number);
    out.push({ cells, row: number });
  });
  return out;
}

function damaged(file: string, reason: string): InputError {
  return fileError(
    file,
    'xlsx_damaged',
    `the XLSX file is damaged: ${reason}; open it in Excel and save it again, or export it again`,
  );
}

/**
 * What is wrong with a workbook exceljs could not read, where it can be told: a cell that refers
 * to a shared string the workbook does not have. Undefined when nothing is found.
 */
function diagnose(bytes: Uint8Array): string | undefined {
  try {
    const parts = readZipDirectory(bytes);
    const text = (name: string) => {
      const part = parts.find((p) => p.name === name);
      return part ? Buffer.from(inflatePart(bytes, part)).toString('utf8') : undefined;
    };
    const strings = text('xl/sharedStrings.xml');
    let count = 0;
    if (strings !== undefined) for (const _ of strings.matchAll(/<si[\s>]/g)) count++;
    for (const part of parts) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) continue;
      const xml = text(part.name) ?? '';
      for (const m of xml.matchAll(/<c\b([^>]*)>\s*<v>([^<]*)<\/v>/g)) {
        if (!/\st="s"/.test(m[1]!)) continue;
        const index = Number(m[2]);
        if (!(Number.isInteger(index) && index >= 0 && index < count)) {
          const ref = /\sr="([^"]*)"/.exec(m[1]!)?.[1];
          return `${ref ? `cell ${ref}` : 'a cell'} of ${part.name} refers to shared string ${m[2]}, but the workbook has ${count}`;
        }
      }
    }
  } catch (error) {
    if (error instanceof ZipDamage) return error.message;
  }
  return undefined;
}

/** The text of an exceljs cell value of any kind. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || (typeof result === 'object' && !(result instanceof Date))
        ? ''
        : cellText(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
    }
    if ('error' in value) return '';
  }
  return String(value);
}

function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
